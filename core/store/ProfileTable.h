#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace lx::store {

struct ProfileRow
{
    qint64 id = 0;
    QString platform;
    QString platformUserId;
    QByteArray namePseudonym, phonePseudonym, idCardPseudonym;
    QString nameMasked, phoneMasked, idCardMasked;
    QString gender = QStringLiteral("unknown");
    std::optional<int> birthYear;
    QString city;
    QString occupation;
    std::optional<qint64> followers;
    QStringList interests;
    bool vip = false;
    std::optional<qint64> firstSeenMs;
    std::optional<qint64> lastSeenMs;
    QJsonObject attributes;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    // Same stored content (ids and bookkeeping times aside).
    bool sameContent(const ProfileRow& o) const;
};

// The import-derived codes of profile_layers; value tier and attitude belong to the tagger.
struct LayerRow
{
    qint64 profileId = 0;
    int platform = 0, gender = 0, ageBand = 0, cityTier = 0, occupation = 0;
    int vip = 0, consents = 0, minor = 0;
    std::optional<qint64> lastSeenMs;
};

struct ConsentRow
{
    QString purpose;
    bool granted = false;
    qint64 timeMs = 0;
    QString source;
    qint64 recordedMs = 0; // consent_log only
};

struct TagRow
{
    QString tag;
    QString kind;
    QString reason;
};

struct EventRow
{
    qint64 profileId = 0;
    int type = 0;
    qint64 timeMs = 0;
    qint64 fingerprint = 0;
    QString contentId, brand;
    std::optional<double> amount;
    std::optional<bool> coupon;
    QString tags, experiment, variant;
    int sentiment = 0;
};

// Events as the bulk insert takes them: fixed-size rows whose text (UTF-8) lives in one buffer
// the batch owns, so a quarter of a million rows are sorted and bound without a copy each.
struct EventText
{
    quint32 offset = 0;
    quint32 size = 0; // 0: stored as NULL
};

struct EventInsert
{
    qint64 profileId = 0;
    qint64 timeMs = 0;
    qint64 fingerprint = 0;
    double amount = 0;
    EventText contentId, brand, tags, experiment, variant;
    qint32 type = 0;
    bool hasAmount = false;
    qint8 coupon = -1;   // -1 none, 0 false, 1 true
    qint8 sentiment = 0; // 0 none, 1 positive, 2 neutral, 3 negative
};

struct EventInserts
{
    QByteArray text;
    QList<EventInsert> rows;

    EventText add(QStringView s);
    EventText add(QByteArrayView utf8);
};

// The statements a profile import runs for every record, prepared once per batch.
class ProfileBatchWriter final
{
public:
    explicit ProfileBatchWriter(QSqlDatabase& db);
    ~ProfileBatchWriter();
    ProfileBatchWriter(const ProfileBatchWriter&) = delete;
    ProfileBatchWriter& operator=(const ProfileBatchWriter&) = delete;

    Result<std::optional<ProfileRow>> find(const QString& platform, const QString& platformUserId);
    Result<qint64> insert(const ProfileRow& row);
    Status update(const ProfileRow& row);
    Status saveLayers(const LayerRow& row);
    Result<QList<ConsentRow>> consents(qint64 id);
    Status setConsent(qint64 id, const ConsentRow& consent);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// What the tagger needs of a profile besides its events.
struct TagFacts
{
    qint64 id = 0;
    bool vip = false;
    std::optional<qint64> followers;
    std::optional<qint64> firstSeenMs;
    int consents = 0;
    int birthYear = 0;
    // What the profile carries now, so that an unchanged answer is not written again.
    int storedTags = 0;
    int storedValueTier = 0;
    int storedAttitude = 0;
    int storedAgeBand = 0;
};

// The tagger's answer for one profile.
struct TagWrite
{
    qint64 id = 0;
    QList<TagRow> tags;
    int valueTier = 0;
    int attitude = 0;
    int ageBand = 0;
};

// SQL for profiles, their layers, tags and consent, and behaviour events. Bulk event insert
// goes through SQLite's C API with one prepared statement: the path a million-row import takes.
class ProfileTable final
{
public:
    ProfileTable() = delete;

    static Result<std::optional<ProfileRow>> find(QSqlDatabase& db, const QString& platform, const QString& platformUserId);
    static Result<std::optional<ProfileRow>> byId(QSqlDatabase& db, qint64 id);
    static Status remove(QSqlDatabase& db, qint64 id);

    static Result<QList<ConsentRow>> consents(QSqlDatabase& db, qint64 id);
    static Result<QList<ConsentRow>> consentLog(QSqlDatabase& db, qint64 id);
    static Status setConsent(QSqlDatabase& db, qint64 id, const ConsentRow& consent);
    static Status setConsentBits(QSqlDatabase& db, qint64 id, int bits);

    static Result<QList<TagRow>> tags(QSqlDatabase& db, qint64 id);
    static Result<QStringList> distinctTags(QSqlDatabase& db);

    // The ids of the platform's users (UTF-8), in the order given; 0 for a user not stored. Ask
    // in byte order and the index is walked forwards.
    static Result<QList<qint64>> ids(QSqlDatabase& db, const QString& platform, const QList<QByteArray>& userIds);
    struct Stub
    {
        QString platform, platformUserId;
        qint64 firstSeenMs = 0;
        int platformCode = 0;
    };
    // Minimal profiles (and their layers rows) for users first met in events; ids in order.
    static Result<QList<qint64>> insertStubs(QSqlDatabase& db, const QList<Stub>& stubs, qint64 nowMs);
    // Rows changed on this connection since it opened (any table, any job): equal between two
    // moments of the writer means nothing else was written in between.
    static qint64 changesSoFar(QSqlDatabase& db);
    // Inserted rows (duplicates of rows already stored are skipped).
    static Result<qint64> insertEvents(QSqlDatabase& db, const EventInserts& events);
    static Status raiseLastSeen(QSqlDatabase& db, const QHash<qint64, qint64>& lastSeen);
    static Result<QList<EventRow>> events(QSqlDatabase& db, qint64 profileId, int limit);
    // Each profile (all when ids is empty) with all its events, in id order; visit returns false
    // to stop. Many profiles: one pass over profiles and one over events in their stored order
    // (user first), merged; a few: each one's events by key.
    // fullEvents(facts) false: the visitor reads only each event's type, time and sentiment (a
    // profile that may not be profiled needs no more), which spares converting the text columns.
    static Status forEachWithEvents(QSqlDatabase& db, const QList<qint64>& ids,
                                    const std::function<bool(const TagFacts&, const QList<EventRow>&)>& visit,
                                    const std::function<bool(const TagFacts&)>& fullEvents = {});
    static Status saveTags(QSqlDatabase& db, const QList<TagWrite>& writes);
    // Withdrawn consent to profiling: the behavioural tags and the value tier go at once.
    static Status dropProfilingTags(QSqlDatabase& db, qint64 id);
    // The cities profiles name, and the tier code of everyone in one city (a new city table).
    static Result<QStringList> distinctCities(QSqlDatabase& db);
    static Status setCityTier(QSqlDatabase& db, const QString& city, int tier);
    static Result<qint64> eventCount(QSqlDatabase& db, qint64 profileId);
};

} // namespace lx::store
