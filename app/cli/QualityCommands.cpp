// lingxi-cli quality: model accuracy from human reviews, the alert rule, corrected samples out.
#include "cli/Cli.h"

#include "common/Excerpt.h"

#include "common/OutputFile.h"

#include "cli/VerbParser.h"
#include "quality/AccuracyMonitor.h"
#include "quality/ReviewLog.h"
#include "quality/ReviewService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace lx::cli {

namespace {

const char* const kQualityHelp =
    "Usage: lingxi-cli quality accuracy --input REVIEWS.csv [--period day|week] [--threshold 0.85]\n"
    "                                   [--m 2] [--n 3] [--min-reviews 50] [--export-corrections FILE]\n"
    "\n"
    "  REVIEWS.csv has a header with date (YYYY-MM-DD), predicted and reviewed (the labels the\n"
    "  model gave and the reviewer confirmed or corrected), and optionally text. Prints accuracy\n"
    "  per period with its 95 % Wilson interval; the alert fires only when m of the last n\n"
    "  periods with at least --min-reviews reviews are below the threshold (exit 3).\n"
    "  --export-corrections writes the corrected samples as label,text for retraining.\n"
    "\n"
    "       lingxi-cli --workspace PATH --as OPERATOR quality review-settings [--set FILE.json]\n"
    "\n"
    "  The workspace's review queue: {\"sample_size\": 50, \"sensitive_keywords\": [...],\n"
    "  \"threshold\": 0.85, \"m\": 2, \"n\": 3, \"min_reviews\": 50}; shown, or replaced from FILE\n"
    "  (supervisors and admins).\n";

} // namespace

Cli::Outcome Cli::qualityArea(const QString& verb, const QStringList& args)
{
    const QString help = QString::fromUtf8(kQualityHelp);
    if (verb.isEmpty() || verb == QLatin1String("--help"))
        return usage(help);
    if (verb == QLatin1String("review-settings")) {
        VerbParser rv;
        if (auto early = prepareVerb(rv, args, {valueOption("set")}, kQualityHelp))
            return *early;
        auto session = login();
        if (!session)
            return fail(session.error());
        quality::ReviewService service(*m_auth);
        if (const QString path = rv.parser.value(QStringLiteral("set")); !path.isEmpty()) {
            auto object = readJsonObjectArgument(path);
            if (!object)
                return fail(object.error());
            auto parsed = quality::ReviewSettings::fromJson(object.value());
            if (!parsed)
                return fail(parsed.error());
            if (auto st = service.setSettings(session.value(), parsed.value()); !st)
                return fail(st.error());
        }
        auto current = service.settings();
        if (!current)
            return fail(current.error());
        Outcome o;
        o.json = current.value().toJson();
        o.text = QString::fromUtf8(QJsonDocument(o.json).toJson(QJsonDocument::Indented));
        return o;
    }
    if (verb != QLatin1String("accuracy"))
        return fail(QStringLiteral("unknown verb 'quality %1' (see lingxi-cli quality --help)").arg(excerpt(verb)), 2);
    VerbParser v;
    if (!v.parse(args, {valueOption("input"), valueOption("period"), valueOption("threshold"), valueOption("m"),
                        valueOption("n"), valueOption("min-reviews"), valueOption("export-corrections")}))
        return fail(v.error, 2);
    if (v.help)
        return usage(help);
    const QString input = v.parser.value(QStringLiteral("input"));
    if (input.isEmpty())
        return fail(QStringLiteral("quality accuracy needs --input REVIEWS.csv"), 2);
    quality::AlertRule rule;
    bool ok = true;
    if (v.parser.isSet(QStringLiteral("threshold")))
        rule.threshold = v.parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (ok && v.parser.isSet(QStringLiteral("m")))
        rule.m = v.parser.value(QStringLiteral("m")).toInt(&ok);
    if (ok && v.parser.isSet(QStringLiteral("n")))
        rule.n = v.parser.value(QStringLiteral("n")).toInt(&ok);
    if (ok && v.parser.isSet(QStringLiteral("min-reviews")))
        rule.minReviews = v.parser.value(QStringLiteral("min-reviews")).toLongLong(&ok);
    if (!ok || !(rule.threshold > 0 && rule.threshold < 1) || rule.m < 1 || rule.n < rule.m || rule.minReviews < 0)
        return fail(QStringLiteral("--threshold lies between 0 and 1; --m and --n are whole numbers with 1 <= m <= n"), 2);
    const QString period = v.parser.value(QStringLiteral("period")).isEmpty() ? QStringLiteral("day")
                                                                                : v.parser.value(QStringLiteral("period"));
    if (period != QLatin1String("day") && period != QLatin1String("week"))
        return fail(QStringLiteral("--period is day or week"), 2);

    auto f = InputFile::open(input);
    if (!f)
        return fail(f.error());
    const quality::ReviewLog log = quality::ReviewLog::readCsv(
        *f.value(), period == QLatin1String("day") ? quality::ReviewPeriodKind::Day : quality::ReviewPeriodKind::Week);
    if (!log.issues.isEmpty()) {
        Outcome o;
        o.exitCode = 1;
        QJsonArray errors;
        for (const auto& i : log.issues)
            errors.append(QJsonObject{{QStringLiteral("line"), i.line}, {QStringLiteral("reason"), i.reason}});
        o.json = QJsonObject{{QStringLiteral("errors"), errors}};
        o.error = QStringLiteral("%1 line %2: %3").arg(InputFile::displayName(input)).arg(log.issues.first().line).arg(log.issues.first().reason);
        return o;
    }
    const quality::AccuracyReport report = quality::AccuracyMonitor::evaluate(log.periods, rule);
    const QString exportPath = v.parser.value(QStringLiteral("export-corrections"));
    if (!exportPath.isEmpty()) {
        if (auto st = OutputFile::write(exportPath, log.correctionsCsv()); !st)
            return fail(st.error());
    }
    QJsonArray rows;
    QString text = QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("period"), -10).arg(QStringLiteral("reviews"), 8)
                       .arg(QStringLiteral("accuracy (95 % CI)"), -24).arg(QStringLiteral("below"));
    for (const quality::PeriodAccuracy& a : report.periods) {
        rows.append(QJsonObject{{QStringLiteral("period"), a.period.label},
                                {QStringLiteral("reviewed"), a.period.reviewed},
                                {QStringLiteral("correct"), a.period.correct},
                                {QStringLiteral("accuracy"), a.accuracy ? QJsonValue(*a.accuracy) : QJsonValue()},
                                {QStringLiteral("ci_low"), a.ci ? QJsonValue(a.ci->low) : QJsonValue()},
                                {QStringLiteral("ci_high"), a.ci ? QJsonValue(a.ci->high) : QJsonValue()},
                                {QStringLiteral("enough_reviews"), a.enoughReviews},
                                {QStringLiteral("below"), a.below}});
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(a.period.label, -10)
                    .arg(a.period.reviewed, 8)
                    .arg(a.accuracy ? QStringLiteral("%1 % (%2–%3)")
                                          .arg(*a.accuracy * 100, 0, 'f', 1)
                                          .arg(a.ci->low * 100, 0, 'f', 1)
                                          .arg(a.ci->high * 100, 0, 'f', 1)
                                    : QStringLiteral("–"),
                         -24)
                    .arg(a.below ? QStringLiteral("below") : (a.enoughReviews ? QString() : QStringLiteral("too few")));
    }
    Outcome o;
    o.json = QJsonObject{{QStringLiteral("periods"), rows},
                         {QStringLiteral("alert"), report.alert},
                         {QStringLiteral("below_in_window"), report.belowInWindow},
                         {QStringLiteral("reason"), report.reason},
                         {QStringLiteral("corrections"), int(log.corrections.size())}};
    o.text = text + (report.alert ? QStringLiteral("ALERT: ") : QString()) + report.reason + QLatin1Char('\n');
    if (report.alert) {
        o.exitCode = 3;
        o.error = QStringLiteral("model accuracy alert: ") + report.reason;
    }
    return o;
}

} // namespace lx::cli
