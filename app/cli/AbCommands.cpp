// lingxi-cli ab: A/B test statistics from counts, and the sample size an experiment needs.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "cli/VerbParser.h"
#include "experiments/AbAnalysis.h"
#include "experiments/ExperimentService.h"
#include "auth/AuthService.h"

#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace lx::cli {

namespace {

const char* const kAbHelp =
    "Usage: lingxi-cli ab <verb> [options] [--json]\n"
    "\n"
    "  analyze --input FILE.csv [--alpha 0.05] [--control NAME]\n"
    "          [--min-exposures N | --mde D] [--power 0.8]\n"
    "        FILE has a header and the columns variant,weight,exposures,conversions; the control\n"
    "        is the first row unless --control names another. Per variant: rate, 95 % Wilson\n"
    "        interval, lift, z and two-sided p against the control (pooled two-proportion z-test),\n"
    "        Holm-adjusted p and significance at alpha; across variants the chi-square test of\n"
    "        independence; the sample-ratio check of exposures against the weights (flagged at\n"
    "        p < 0.001, which withholds the verdict). No verdict either while a variant has fewer\n"
    "        exposures than --min-exposures (default: the sample size to detect --mde, absolute,\n"
    "        or 20 % of the control's rate, at alpha and --power). With a date column (one row\n"
    "        per variant and day) the output adds the cumulative figures day by day.\n"
    "  analyze --experiment ID [same options]   (--workspace PATH, optionally --as OPERATOR)\n"
    "        the same for an experiment of the workspace, counted from its imported events: users\n"
    "        exposed by an impression or view event tagged experiment=ID (or its name) with a\n"
    "        variant label; successes by the metric's event at or after the exposure (click;\n"
    "        conversion or purchase; like, comment, share or favorite). Users without consent to\n"
    "        marketing are left out (excluded_no_consent); day by day as with a date column.\n"    "  sample-size --baseline P1 --mde D [--alpha 0.05] [--power 0.8]\n"
    "        exposures needed per variant for a two-sided test (D absolute: p2 = P1 + D).\n";

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

Cli::Outcome Cli::abArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kAbHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    VerbParser v;
    QString error;

    if (verb == QLatin1String("sample-size")) {
        if (!v.parse(args, {valueOption("baseline"), valueOption("mde"), valueOption("alpha"), valueOption("power")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        if (!v.parser.isSet(QStringLiteral("baseline")) || !v.parser.isSet(QStringLiteral("mde")))
            return fail(QStringLiteral("ab sample-size needs --baseline P1 and --mde D"), 2);
        double baseline = 0, mde = 0, alpha = 0.05, power = 0.8;
        if (!readNumber(v.parser, "baseline", baseline, error) || !readNumber(v.parser, "mde", mde, error)
            || !readNumber(v.parser, "alpha", alpha, error) || !readNumber(v.parser, "power", power, error))
            return fail(error, 2);
        const auto n = experiments::Statistics::sampleSize(baseline, mde, alpha, power);
        if (!n && experiments::Statistics::requiredSampleSize(baseline, mde, alpha, power))
            return fail(QStringLiteral("an effect of %1 needs more than %2 exposures per variant: too small to detect")
                            .arg(mde)
                            .arg(experiments::Statistics::kMaxSampleSize));
        if (!n)
            return fail(QStringLiteral("the baseline and baseline + mde must lie strictly between 0 and 1, mde must not be "
                                       "0, alpha and power between 0 and 1"),
                        2);
        Outcome o;
        o.json = QJsonObject{{QStringLiteral("per_variant"), *n},
                             {QStringLiteral("baseline"), baseline},
                             {QStringLiteral("mde"), mde},
                             {QStringLiteral("alpha"), alpha},
                             {QStringLiteral("power"), power}};
        o.text = QStringLiteral("%1 exposures per variant (baseline %2, minimum detectable effect %3, alpha %4, power %5)\n")
                     .arg(*n)
                     .arg(baseline)
                     .arg(mde)
                     .arg(alpha)
                     .arg(power);
        return o;
    }

    if (verb == QLatin1String("analyze")) {
        if (!v.parse(args, {valueOption("input"), valueOption("experiment"), valueOption("alpha"), valueOption("control"),
                            valueOption("min-exposures"), valueOption("mde"), valueOption("power")}))
            return fail(v.error, 2);
        if (v.help)
            return usage(help);
        const bool fromEvents = v.parser.isSet(QStringLiteral("experiment"));
        const QString input = v.parser.value(QStringLiteral("input"));
        if (!fromEvents && input.isEmpty())
            return fail(QStringLiteral("ab analyze needs --input FILE.csv or --experiment ID"), 2);
        experiments::AbOptions options;
        if (!readNumber(v.parser, "alpha", options.alpha, error) || !readNumber(v.parser, "power", options.power, error))
            return fail(error, 2);
        double mde = 0;
        if (v.parser.isSet(QStringLiteral("mde"))) {
            if (!readNumber(v.parser, "mde", mde, error))
                return fail(error, 2);
            options.mde = mde;
        }
        if (v.parser.isSet(QStringLiteral("min-exposures"))) {
            bool ok = false;
            const qint64 n = v.parser.value(QStringLiteral("min-exposures")).toLongLong(&ok);
            if (!ok || n < 0)
                return fail(QStringLiteral("--min-exposures needs a whole number"), 2);
            options.minExposures = n;
        }
        if (!(options.alpha > 0 && options.alpha < 1))
            return fail(QStringLiteral("--alpha must lie between 0 and 1"), 2);
        options.control = v.parser.value(QStringLiteral("control"));
        experiments::AbInput in;
        QJsonObject fromWorkspace;
        if (fromEvents) {
            bool ok = false;
            const qint64 id = v.parser.value(QStringLiteral("experiment")).toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(QStringLiteral("--experiment needs the experiment's number (see experiments list)"), 2);
            if (auto st = openWorkspace(false); !st)
                return fail(st.error());
            experiments::ExperimentService service(*m_auth);
            if (!m_operator.isEmpty()) {
                auto session = login();
                if (!session)
                    return fail(session.error());
                if (auto st = m_auth->require(session.value(), auth::Permission::ViewExperiments, QStringLiteral("experiment.read")); !st)
                    return fail(st.error());
            }
            auto counts = service.countsFromEvents(id);
            if (!counts)
                return fail(counts.error());
            in = counts.value().input;
            fromWorkspace = QJsonObject{{QStringLiteral("experiment"), id},
                                        {QStringLiteral("metric"), counts.value().metric},
                                        {QStringLiteral("excluded_no_consent"), counts.value().excludedNoConsent},
                                        {QStringLiteral("unknown_variant"), counts.value().unknownVariant},
                                        {QStringLiteral("in_several_variants"), counts.value().inSeveralVariants}};
        } else {
            auto f = InputFile::open(input);
            if (!f)
                return fail(f.error());
            in = experiments::AbAnalysis::readCsv(*f.value());
        }

        if (!in.issues.isEmpty()) {
            Outcome o;
            o.exitCode = 1;
            QJsonArray errors;
            for (const auto& i : in.issues)
                errors.append(QJsonObject{{QStringLiteral("line"), i.line}, {QStringLiteral("reason"), i.reason}});
            o.json = QJsonObject{{QStringLiteral("errors"), errors}};
            o.error = QStringLiteral("%1 line %2: %3").arg(InputFile::displayName(input)).arg(in.issues.first().line).arg(in.issues.first().reason);
            return o;
        }
        auto analysed = experiments::AbAnalysis::analyze(in.variants, options);
        if (!analysed)
            return fail(analysed.error());
        const experiments::AbResult& r = analysed.value();
        QJsonArray variants;
        QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                           .arg(QStringLiteral("variant"), -10)
                           .arg(QStringLiteral("exposures"), 10)
                           .arg(QStringLiteral("conv."), 8)
                           .arg(QStringLiteral("rate (95 % CI)"), -26)
                           .arg(QStringLiteral("lift"), 9)
                           .arg(QStringLiteral("p"), 9)
                           .arg(QStringLiteral("p adj."), 9);
        for (const experiments::VariantResult& vr : r.variants) {
            const QJsonValue ciLow = vr.ci ? QJsonValue(vr.ci->low) : QJsonValue(QJsonValue::Null);
            const QJsonValue ciHigh = vr.ci ? QJsonValue(vr.ci->high) : QJsonValue(QJsonValue::Null);
            variants.append(QJsonObject{
                {QStringLiteral("name"), vr.counts.name},
                {QStringLiteral("weight"), vr.counts.weight},
                {QStringLiteral("control"), vr.control},
                {QStringLiteral("exposures"), vr.counts.exposures},
                {QStringLiteral("conversions"), vr.counts.conversions},
                {QStringLiteral("rate"), vr.rate},
                {QStringLiteral("ci_low"), ciLow},
                {QStringLiteral("ci_high"), ciHigh},
                {QStringLiteral("lift"), optionalNumber(vr.lift)},
                {QStringLiteral("lift_ci_low"), optionalNumber(vr.liftCi ? std::optional<double>(vr.liftCi->low) : std::nullopt)},
                {QStringLiteral("lift_ci_high"), optionalNumber(vr.liftCi ? std::optional<double>(vr.liftCi->high) : std::nullopt)},
                {QStringLiteral("z"), optionalNumber(vr.z)},
                {QStringLiteral("p_value"), optionalNumber(vr.pValue)},
                {QStringLiteral("p_adjusted"), optionalNumber(vr.pAdjusted)},
                {QStringLiteral("significant"), vr.significant ? QJsonValue(*vr.significant) : QJsonValue(QJsonValue::Null)}});
            text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                        .arg(vr.counts.name + (vr.control ? QStringLiteral("*") : QString()), -10)
                        .arg(vr.counts.exposures, 10)
                        .arg(vr.counts.conversions, 8)
                        .arg(vr.ci ? QStringLiteral("%1 % (%2–%3)")
                                         .arg(vr.rate * 100, 0, 'f', 2)
                                         .arg(vr.ci->low * 100, 0, 'f', 2)
                                         .arg(vr.ci->high * 100, 0, 'f', 2)
                                   : QStringLiteral("–"),
                             -26)
                        .arg(vr.lift ? QStringLiteral("%1 %").arg(*vr.lift * 100, 0, 'f', 1) : QStringLiteral("–"), 9)
                        .arg(vr.pValue ? QString::number(*vr.pValue, 'g', 3) : QStringLiteral("–"), 9)
                        .arg(vr.pAdjusted ? QString::number(*vr.pAdjusted, 'g', 3) : QStringLiteral("–"), 9);
        }
        Outcome o;
        o.json = QJsonObject{
            {QStringLiteral("variants"), variants},
            {QStringLiteral("chi2"), QJsonObject{{QStringLiteral("statistic"), r.chi2.statistic},
                                                 {QStringLiteral("df"), r.chi2.df},
                                                 {QStringLiteral("p_value"), r.chi2.pValue}}},
            {QStringLiteral("srm"), QJsonObject{{QStringLiteral("statistic"), r.srm.statistic},
                                                {QStringLiteral("df"), r.srm.df},
                                                {QStringLiteral("p_value"), r.srm.pValue},
                                                {QStringLiteral("flag"), r.srmFlag}}},
            {QStringLiteral("alpha"), r.alpha},
            {QStringLiteral("min_exposures"), r.minExposures},
            {QStringLiteral("verdict"), r.verdictText},
            {QStringLiteral("verdict_kind"), experiments::AbAnalysis::verdictKey(r.verdict)}};
        for (auto it = fromWorkspace.begin(); it != fromWorkspace.end(); ++it)
            o.json.insert(it.key(), it.value());
        int controlIndex = 0;
        for (int i = 0; i < r.variants.size(); ++i)
            controlIndex = r.variants.at(i).control ? i : controlIndex;
        const QList<experiments::TimePoint> timeline = experiments::AbAnalysis::timeline(in, controlIndex);
        if (!timeline.isEmpty()) {
            QJsonArray days;
            for (const experiments::TimePoint& t : timeline) {
                QJsonArray perVariant;
                for (int i = 0; i < t.rates.size(); ++i)
                    perVariant.append(QJsonObject{{QStringLiteral("name"), r.variants.at(i).counts.name},
                                                  {QStringLiteral("exposures"), t.exposures.at(i)},
                                                  {QStringLiteral("conversions"), t.conversions.at(i)},
                                                  {QStringLiteral("rate"), t.rates.at(i)},
                                                  {QStringLiteral("p_value"), optionalNumber(t.pValues.at(i))}});
                days.append(QJsonObject{{QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                                        {QStringLiteral("variants"), perVariant}});
            }
            o.json.insert(QStringLiteral("timeline"), days);
        }
        text += QStringLiteral("* control\nchi-square %1 (df %2), p = %3\nsample ratio check: chi-square %4, p = %5%6\n%7\n")
                    .arg(r.chi2.statistic, 0, 'f', 3)
                    .arg(r.chi2.df)
                    .arg(r.chi2.pValue, 0, 'g', 4)
                    .arg(r.srm.statistic, 0, 'f', 3)
                    .arg(r.srm.pValue, 0, 'g', 4)
                    .arg(r.srmFlag ? QStringLiteral("  MISMATCH") : QString())
                    .arg(r.verdictText);
        o.text = text;
        return o;
    }
    return fail(QStringLiteral("unknown verb 'ab %1' (see lingxi-cli ab --help)").arg(excerpt(verb)), 2);
}

} // namespace lx::cli
