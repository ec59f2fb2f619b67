#include "quality/ReviewService.h"

#include "common/OutputFile.h"

#include "auth/AuthService.h"
#include "common/CsvReader.h"
#include "quality/ReviewSampler.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>

namespace lx::quality {

namespace {

const QString kSettingsKey = QStringLiteral("quality.review");
constexpr qint64 kChinaOffset_ms = 8LL * 3600 * 1000;


} // namespace

ReviewSettings ReviewSettings::defaults()
{
    ReviewSettings s;
    s.sensitiveKeywords = {QStringLiteral("医院"), QStringLiteral("医生"), QStringLiteral("药"),   QStringLiteral("过敏"),
                           QStringLiteral("怀孕"), QStringLiteral("处方"), QStringLiteral("治疗"), QStringLiteral("贷款"),
                           QStringLiteral("信用卡"), QStringLiteral("分期"), QStringLiteral("理财"), QStringLiteral("投资"),
                           QStringLiteral("银行卡"), QStringLiteral("保险")};
    return s;
}

Result<ReviewSettings> ReviewSettings::fromJson(const QJsonObject& o)
{
    ReviewSettings s = defaults();
    if (o.contains(QStringLiteral("sample_size")))
        s.sampleSize = o.value(QStringLiteral("sample_size")).toInt(-1);
    if (o.contains(QStringLiteral("sensitive_keywords"))) {
        s.sensitiveKeywords.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("sensitive_keywords")).toArray())
            s.sensitiveKeywords.append(v.toString());
    }
    s.rule.threshold = o.value(QStringLiteral("threshold")).toDouble(s.rule.threshold);
    s.rule.m = o.value(QStringLiteral("m")).toInt(s.rule.m);
    s.rule.n = o.value(QStringLiteral("n")).toInt(s.rule.n);
    s.rule.minReviews = o.value(QStringLiteral("min_reviews")).toInteger(s.rule.minReviews);
    if (s.sampleSize < 0 || s.sampleSize > 100000 || !(s.rule.threshold > 0 && s.rule.threshold <= 1) || s.rule.m < 1
        || s.rule.n < s.rule.m || s.rule.minReviews < 1)
        return Result<ReviewSettings>::failure(ReviewService::tr(
            "review settings: sample_size 0 to 100000, threshold above 0 up to 1, 1 <= m <= n, min_reviews at least 1"));
    return s;
}

QJsonObject ReviewSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("sample_size"), sampleSize},
                       {QStringLiteral("sensitive_keywords"), QJsonArray::fromStringList(sensitiveKeywords)},
                       {QStringLiteral("threshold"), rule.threshold},
                       {QStringLiteral("m"), rule.m},
                       {QStringLiteral("n"), rule.n},
                       {QStringLiteral("min_reviews"), rule.minReviews}};
}

ReviewService::ReviewService(auth::AuthService& auth) : m_auth(auth)
{
}

Status ReviewService::requireReviewer(const auth::Session& actor, const QString& action) const
{
    // Agents and supervisors review; admins and supervisors read the figures.
    return m_auth.require(actor,
                          actor.can(auth::Permission::ViewModelQuality) ? auth::Permission::ViewModelQuality
                                                                       : auth::Permission::HandleConversations,
                          action);
}

Result<ReviewSettings> ReviewService::settings() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto text = store::SettingsTable::value(db, kSettingsKey);
    if (!text)
        return Result<ReviewSettings>(text.status());
    if (text.value().isEmpty())
        return ReviewSettings::defaults();
    return ReviewSettings::fromJson(QJsonDocument::fromJson(text.value().toUtf8()).object());
}

Status ReviewService::setSettings(const auth::Session& actor, const ReviewSettings& s)
{
    if (auto st = m_auth.require(actor, auth::Permission::ViewModelQuality, QStringLiteral("quality.settings")); !st)
        return st;
    if (auto check = ReviewSettings::fromJson(s.toJson()); !check)
        return check.status();
    const QJsonObject json = s.toJson();
    auto saved = m_auth.workspace().writer().runSync([json](QSqlDatabase& db) -> Result<QVariant> {
        return store::jobResult(
            store::SettingsTable::setValue(db, kSettingsKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
    });
    if (!saved)
        return saved.status();
    return m_auth.record(actor, QStringLiteral("quality.settings"), QStringLiteral("quality"), json);
}

Result<int> ReviewService::sampleDay(const auth::Session& actor, const QDate& day)
{
    using R = Result<int>;
    if (auto st = requireReviewer(actor, QStringLiteral("quality.sample")); !st)
        return R(st);
    auto cfg = settings();
    if (!cfg)
        return R(cfg.status());
    const qint64 from = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kChinaOffset_ms;
    const qint64 to = from + 24LL * 3600 * 1000;
    const QString dayKey = day.toString(Qt::ISODate);
    const ReviewSettings s = cfg.value();
    auto r = m_auth.workspace().writer().runSync([from, to, dayKey, s](QSqlDatabase& db) -> Result<QVariant> {
        auto candidates = store::ReviewTable::unsampled(db, from, to);
        if (!candidates)
            return Result<QVariant>(candidates.status());
        auto done = store::ReviewTable::perDay(db);
        // The day's sample has a fixed size: what was drawn before counts against it.
        auto waiting = store::ReviewTable::waiting(db, 1000000);
        if (!waiting || !done)
            return Result<QVariant>(!waiting ? waiting.status() : done.status());
        qint64 already = 0;
        for (const store::ReviewRow& w : waiting.value())
            already += (w.day == dayKey && !w.sensitive) ? 1 : 0;
        for (const auto& [d, reviewed, confirmed] : done.value()) {
            Q_UNUSED(confirmed);
            if (d == dayKey)
                already += reviewed; // sensitive ones included: the bound stays conservative
        }
        QList<Prediction> predictions;
        QHash<QString, store::PredictionRow> byId;
        for (const store::PredictionRow& p : candidates.value()) {
            predictions.append(Prediction{QString::number(p.messageId), p.text, p.predicted, p.confidence});
            byId.insert(QString::number(p.messageId), p);
        }
        const int room = int(std::max<qint64>(0, s.sampleSize - already));
        const QList<ReviewPick> picks = ReviewSampler::pick(predictions, room, s.sensitiveKeywords, dayKey);
        int added = 0;
        for (const ReviewPick& pick : picks) {
            const store::PredictionRow& p = byId.value(pick.prediction.id);
            store::ReviewRow row;
            row.messageId = p.messageId;
            row.day = dayKey;
            row.predicted = p.predicted;
            row.confidence = p.confidence;
            row.sensitive = pick.sensitive;
            row.keyword = pick.matchedKeyword;
            if (auto st = store::ReviewTable::insert(db, row); !st)
                return Result<QVariant>(st);
            ++added;
        }
        return QVariant(added);
    });
    if (!r)
        return R(r.status());
    return r.value().toInt();
}

Result<QList<store::ReviewRow>> ReviewService::queue(const auth::Session& actor, int limit) const
{
    if (auto st = requireReviewer(actor, QStringLiteral("quality.queue")); !st)
        return Result<QList<store::ReviewRow>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ReviewTable::waiting(db, limit);
}

Status ReviewService::review(const auth::Session& actor, qint64 messageId, const QString& label)
{
    if (auto st = requireReviewer(actor, QStringLiteral("quality.review")); !st)
        return st;
    if (label != QLatin1String("positive") && label != QLatin1String("neutral") && label != QLatin1String("negative"))
        return Status::failure(tr("a label is positive, neutral or negative"));
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync([messageId, label, name, now](QSqlDatabase& db) -> Result<QVariant> {
        auto set = store::ReviewTable::setLabel(db, messageId, label, name, now);
        if (!set)
            return Result<QVariant>(set.status());
        if (!set.value())
            return Result<QVariant>::failure(tr("message %1 is not waiting for review").arg(messageId));
        return QVariant();
    });
    return r.status();
}

Result<AccuracyReport> ReviewService::accuracy(const auth::Session& actor) const
{
    if (auto st = requireReviewer(actor, QStringLiteral("quality.accuracy")); !st)
        return Result<AccuracyReport>(st);
    auto cfg = settings();
    if (!cfg)
        return Result<AccuracyReport>(cfg.status());
    QSqlDatabase db = m_auth.workspace().reader();
    auto days = store::ReviewTable::perDay(db);
    if (!days)
        return Result<AccuracyReport>(days.status());
    QList<ReviewPeriod> periods;
    for (const auto& [day, reviewed, confirmed] : days.value())
        periods.append(ReviewPeriod{day, reviewed, confirmed});
    return AccuracyMonitor::evaluate(periods, cfg.value().rule);
}

Result<qint64> ReviewService::exportCorrections(const auth::Session& actor, const QString& path) const
{
    using R = Result<qint64>;
    if (auto st = m_auth.require(actor, auth::Permission::ViewModelQuality, QStringLiteral("quality.export"), path); !st)
        return R(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ReviewTable::corrections(db);
    if (!rows)
        return R(rows.status());
    QByteArray out = "label,text\n";
    for (const store::ReviewRow& r : rows.value())
        out += (CsvReader::formatLine({r.label, r.text}) + QLatin1Char('\n')).toUtf8();
    if (auto st = OutputFile::write(path, out); !st)
        return R(st);
    if (auto st = m_auth.record(actor, QStringLiteral("quality.export"), QStringLiteral("quality"),
                                QJsonObject{{QStringLiteral("rows"), qint64(rows.value().size())}});
        !st)
        return R(st);
    return qint64(rows.value().size());
}

} // namespace lx::quality
