#include "experiments/AbAnalysis.h"

#include "common/Excerpt.h"

#include "common/CsvReader.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace lx::experiments {

namespace {

bool parseCount(const QString& text, qint64& out)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (ok) {
        out = v;
        return true;
    }
    // "1200.0" from a spreadsheet is still a count.
    const double d = text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15) {
        out = qint64(d);
        return true;
    }
    return false;
}

QString percent(double v)
{
    return QStringLiteral("%1%2 %").arg(v >= 0 ? QStringLiteral("+") : QString()).arg(v * 100, 0, 'f', 1);
}

QString pText(double p)
{
    return p < 0.0001 ? QStringLiteral("%1").arg(p, 0, 'e', 1) : QString::number(p, 'f', 4);
}

} // namespace

QString AbAnalysis::checkCounts(const VariantCounts& v)
{
    if (v.name.isEmpty())
        return tr("the variant has no name");
    if (!std::isfinite(v.weight) || v.weight <= 0)
        return tr("the weight of '%1' must be a positive number, not '%2'").arg(excerpt(v.name)).arg(v.weight);
    if (v.exposures < 0 || v.conversions < 0)
        return tr("counts of '%1' cannot be negative").arg(excerpt(v.name));
    if (v.conversions > v.exposures)
        return tr("'%1' has more conversions (%2) than exposures (%3)").arg(excerpt(v.name)).arg(v.conversions).arg(v.exposures);
    return {};
}

QString AbAnalysis::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Winner: return QStringLiteral("winner");
    case Verdict::Loser: return QStringLiteral("loser");
    case Verdict::NoDifference: return QStringLiteral("no_difference");
    case Verdict::NotEnoughData: return QStringLiteral("not_enough_data");
    case Verdict::SampleRatioMismatch: return QStringLiteral("sample_ratio_mismatch");
    }
    return {};
}

AbInput AbAnalysis::readCsv(QIODevice& device)
{
    AbInput in;
    CsvReader reader(device);
    CsvRecord r;
    CsvHeader header;
    bool haveHeader = false;
    bool daily = false;
    QHash<QString, int> indexOf;          // variant name -> index
    QSet<QPair<QString, QDate>> seenDays; // one row per variant and day
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            in.issues.append({r.line, r.error});
            continue;
        }
        if (r.isBlank())
            continue;
        if (!haveHeader) {
            haveHeader = true;
            header = CsvHeader::fromRecord(r);
            for (const char* need : {"variant", "weight", "exposures", "conversions"}) {
                if (!header.has(need)) {
                    in.issues.append({r.line, tr("the header has no '%1' column; it needs variant,weight,exposures,conversions")
                                                  .arg(QString::fromLatin1(need))});
                    return in;
                }
            }
            daily = header.has("date");
            continue;
        }
        auto cell = [&](const char* name) { return header.cell(r, name); };
        VariantCounts v;
        v.line = r.line;
        v.name = cell("variant");
        bool weightOk = false;
        v.weight = cell("weight").toDouble(&weightOk);
        const QDate date = daily ? QDate::fromString(cell("date"), Qt::ISODate) : QDate();
        QString problem;
        if (v.name.isEmpty())
            problem = tr("the variant has no name");
        else if (daily && !date.isValid())
            problem = tr("'%1' is not a date (YYYY-MM-DD)").arg(excerpt(cell("date")));
        else if (!daily && indexOf.contains(v.name))
            problem = tr("the variant '%1' appears twice").arg(excerpt(v.name));
        else if (daily && seenDays.contains({v.name, date}))
            problem = tr("the variant '%1' has two rows for %2").arg(excerpt(v.name), date.toString(Qt::ISODate));
        else if (!weightOk)
            problem = tr("the weight of '%1' must be a positive number, not '%2'").arg(excerpt(v.name), excerpt(cell("weight")));
        else if (indexOf.contains(v.name) && in.variants.at(indexOf.value(v.name)).weight != v.weight)
            problem = tr("the weight of '%1' changes from %2 to %3").arg(excerpt(v.name)).arg(in.variants.at(indexOf.value(v.name)).weight).arg(v.weight);
        else if (!parseCount(cell("exposures"), v.exposures))
            problem = tr("exposures of '%1' must be a whole number, not '%2'").arg(excerpt(v.name), excerpt(cell("exposures")));
        else if (!parseCount(cell("conversions"), v.conversions))
            problem = tr("conversions of '%1' must be a whole number, not '%2'").arg(excerpt(v.name), excerpt(cell("conversions")));
        else
            problem = checkCounts(v);
        if (!problem.isEmpty()) {
            in.issues.append({r.line, problem});
            continue;
        }
        if (!indexOf.contains(v.name)) {
            indexOf.insert(v.name, int(in.variants.size()));
            VariantCounts total = v;
            total.exposures = 0;
            total.conversions = 0;
            in.variants.append(total);
        }
        const int index = indexOf.value(v.name);
        in.variants[index].exposures += v.exposures;
        in.variants[index].conversions += v.conversions;
        if (daily) {
            seenDays.insert({v.name, date});
            in.days.append(DailyCounts{date, index, v.exposures, v.conversions});
        }
    }
    if (!haveHeader)
        in.issues.append({1, tr("the file is empty; it needs a header variant,weight,exposures,conversions and a row per variant")});
    else if (in.issues.isEmpty() && in.variants.size() < 2)
        in.issues.append({in.variants.isEmpty() ? 2 : in.variants.first().line,
                          tr("an experiment needs at least two variants; the file has %1").arg(in.variants.size())});
    return in;
}

QList<TimePoint> AbAnalysis::timeline(const AbInput& input, int control)
{
    QList<TimePoint> out;
    const int k = int(input.variants.size());
    if (input.days.isEmpty() || control < 0 || control >= k)
        return out;
    QList<DailyCounts> days = input.days;
    std::stable_sort(days.begin(), days.end(), [](const DailyCounts& a, const DailyCounts& b) { return a.date < b.date; });
    QList<qint64> exposures(k, 0), conversions(k, 0);
    for (int i = 0; i < days.size(); ++i) {
        exposures[days.at(i).variant] += days.at(i).exposures;
        conversions[days.at(i).variant] += days.at(i).conversions;
        if (i + 1 < days.size() && days.at(i + 1).date == days.at(i).date)
            continue;
        TimePoint p;
        p.date = days.at(i).date;
        p.exposures = exposures;
        p.conversions = conversions;
        for (int v = 0; v < k; ++v) {
            p.rates.append(exposures.at(v) > 0 ? double(conversions.at(v)) / double(exposures.at(v)) : 0.0);
            if (v == control || exposures.at(v) == 0 || exposures.at(control) == 0)
                p.pValues.append(std::nullopt);
            else
                p.pValues.append(Statistics::twoProportion(conversions.at(control), exposures.at(control), conversions.at(v),
                                                           exposures.at(v))
                                     .pValue);
        }
        out.append(p);
    }
    return out;
}

Result<AbResult> AbAnalysis::analyze(const QList<VariantCounts>& variants, const AbOptions& options)
{
    if (variants.size() < 2)
        return Result<AbResult>::failure(tr("an experiment needs at least two variants"));
    if (!(options.alpha > 0 && options.alpha < 1))
        return Result<AbResult>::failure(tr("alpha must lie between 0 and 1"));
    int controlIndex = 0;
    if (!options.control.isEmpty()) {
        controlIndex = -1;
        for (int i = 0; i < variants.size(); ++i) {
            if (variants.at(i).name == options.control)
                controlIndex = i;
        }
        if (controlIndex < 0)
            return Result<AbResult>::failure(tr("there is no variant '%1' to use as the control").arg(excerpt(options.control)));
    }
    AbResult result;
    result.alpha = options.alpha;
    const VariantCounts& control = variants.at(controlIndex);
    const double controlRate = control.exposures > 0 ? double(control.conversions) / double(control.exposures) : 0;
    const double zCi = Statistics::normalQuantile(1 - options.alpha / 2);

    QList<double> pValues;
    QList<int> compared;
    for (int i = 0; i < variants.size(); ++i) {
        const VariantCounts& v = variants.at(i);
        VariantResult vr;
        vr.counts = v;
        vr.control = i == controlIndex;
        vr.rate = v.exposures > 0 ? double(v.conversions) / double(v.exposures) : 0;
        vr.ci = Statistics::wilson(v.conversions, v.exposures, 0.95);
        if (!vr.control) {
            const ZTest t = Statistics::twoProportion(control.conversions, control.exposures, v.conversions, v.exposures);
            vr.z = t.z;
            vr.pValue = t.pValue;
            if (controlRate > 0) {
                vr.lift = (vr.rate - controlRate) / controlRate;
                if (control.exposures > 0 && v.exposures > 0) {
                    const double se = std::sqrt(controlRate * (1 - controlRate) / double(control.exposures)
                                                + vr.rate * (1 - vr.rate) / double(v.exposures));
                    const double diff = vr.rate - controlRate;
                    vr.liftCi = Interval{(diff - zCi * se) / controlRate, (diff + zCi * se) / controlRate};
                }
            }
            pValues.append(t.pValue);
            compared.append(i);
        }
        result.variants.append(vr);
    }
    const QList<double> adjusted = Statistics::holm(pValues);
    for (int k = 0; k < compared.size(); ++k) {
        VariantResult& vr = result.variants[compared.at(k)];
        vr.pAdjusted = adjusted.at(k);
        vr.significant = adjusted.at(k) < options.alpha;
    }

    QList<qint64> successes, totals;
    QList<double> weights;
    for (const VariantCounts& v : variants) {
        successes.append(v.conversions);
        totals.append(v.exposures);
        weights.append(v.weight);
    }
    result.chi2 = Statistics::independence(successes, totals);
    result.srm = Statistics::goodnessOfFit(totals, weights);
    result.srmFlag = result.srm.pValue < 0.001;

    // One rule decides whether there is a verdict, and every figure follows it: no sample-ratio
    // mismatch, and every variant at the minimum sample (which needs a control rate to compute:
    // without a conversion in the control there is no minimum yet, so no verdict either).
    std::optional<qint64> needed = options.minExposures;
    if (!needed) {
        const double mde = options.mde ? *options.mde : controlRate * 0.2;
        needed = Statistics::sampleSize(controlRate, mde, options.alpha, options.power);
    }
    result.minExposures = needed.value_or(0);
    qint64 smallest = variants.first().exposures;
    for (const VariantCounts& v : variants)
        smallest = std::min(smallest, v.exposures);
    const auto withhold = [&result] {
        // No verdict: no variant is called significant either (the p-values stay for reading).
        for (VariantResult& vr : result.variants)
            vr.significant.reset();
    };

    if (result.srmFlag) {
        result.verdict = Verdict::SampleRatioMismatch;
        result.verdictText = tr("Sample ratio mismatch: the exposures do not match the weights (chi-square %1, p = %2). "
                                "Fix the assignment before reading any result; no verdict.")
                                 .arg(result.srm.statistic, 0, 'f', 2)
                                 .arg(pText(result.srm.pValue));
        withhold();
        return result;
    }
    if (smallest == 0 || !needed) {
        result.verdict = Verdict::NotEnoughData;
        result.verdictText = smallest == 0
                                 ? tr("No exposures yet for at least one variant; no verdict.")
                                 : tr("No conversion in the control %1 yet, so the sample a verdict needs cannot be "
                                      "computed; no verdict.")
                                       .arg(control.name);
        withhold();
        return result;
    }
    if (smallest < result.minExposures) {
        result.verdict = Verdict::NotEnoughData;
        result.verdictText = tr("Not enough data yet: each variant needs %1 exposures and the smallest has %2; no verdict.")
                                 .arg(result.minExposures)
                                 .arg(smallest);
        withhold();
        return result;
    }
    const VariantResult* best = nullptr;
    const VariantResult* worst = nullptr;
    double smallestP = 1;
    for (const VariantResult& vr : std::as_const(result.variants)) {
        if (vr.control)
            continue;
        smallestP = std::min(smallestP, vr.pAdjusted.value_or(1));
        if (!vr.significant.value_or(false))
            continue;
        if (vr.rate > controlRate && (!best || vr.rate > best->rate))
            best = &vr;
        if (vr.rate < controlRate && (!worst || vr.rate < worst->rate))
            worst = &vr;
    }
    auto describe = [&](const VariantResult& vr, const QString& pattern) {
        QString ci;
        if (vr.liftCi)
            ci = tr(" (95 % CI %1 to %2)").arg(percent(vr.liftCi->low), percent(vr.liftCi->high));
        return pattern.arg(vr.counts.name, control.name, vr.lift ? percent(*vr.lift) : QStringLiteral("n/a"), ci,
                           pText(vr.pAdjusted.value_or(1)));
    };
    if (best) {
        result.verdict = Verdict::Winner;
        result.verdictText = describe(*best, tr("%1 beats %2 by %3%4, adjusted p = %5."));
    } else if (worst) {
        result.verdict = Verdict::Loser;
        result.verdictText = describe(*worst, tr("%1 does worse than %2 by %3%4, adjusted p = %5."));
    } else {
        result.verdict = Verdict::NoDifference;
        result.verdictText = tr("No variant differs from %1 at alpha %2 (smallest adjusted p = %3).")
                                 .arg(control.name)
                                 .arg(options.alpha)
                                 .arg(pText(smallestP));
    }
    return result;
}

} // namespace lx::experiments
