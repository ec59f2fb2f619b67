#include "profiles/ProfileImporter.h"

#include "common/InputFile.h"
#include "common/OutputFile.h"
#include "profiles/Layers.h"
#include "profiles/ProfileRules.h"
#include "profiles/Pseudonymizer.h"
#include "profiles/Records.h"
#include "store/ProfileTable.h"
#include "store/SqlUtil.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"
#include "tasks/Task.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>

#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

namespace lx::profiles {

QJsonObject ImportReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("read"), read},
        {QStringLiteral("inserted"), inserted},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("profiles_created"), profilesCreated},
        {QStringLiteral("sensitive_dropped"), sensitiveDropped},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("reject_report"), rejectReport.isEmpty() ? QJsonValue() : QJsonValue(rejectReport)},
    };
}

QJsonObject ImportReport::auditDetails(const QString& path) const
{
    return QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                       {QStringLiteral("read"), read},
                       {QStringLiteral("inserted"), inserted},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("cancelled"), cancelled}};
}

namespace {

// Collects rejects into the report file (created on the first reject) and the first hundred.
// A reject holds its position and the reason only: reasons name the field and the rule, never
// the value, so a bad phone or ID-card number does not land in clear in a report file.
class RejectSink
{
public:
    RejectSink(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }

    Status add(ImportReport& report, const RawRecord& raw, const QString& reason)
    {
        ++report.rejected;
        if (report.firstRejects.size() < 100)
            report.firstRejects.append(ImportReject{raw.location(), raw.line, reason});
        if (!m_file) {
            if (auto st = OutputFile::checkPath(m_path); !st)
                return st;
            m_file = std::make_unique<QSaveFile>(m_path);
            if (!m_file->open(QIODevice::WriteOnly))
                return Status::failure(ProfileImporter::tr("cannot write the reject report %1: %2")
                                           .arg(InputFile::displayName(m_path), m_file->errorString()),
                                       ErrorCode::Io);
            write("where,line,reason\n");
        }
        QString where = raw.location();
        QString why = reason;
        write(QStringLiteral("\"%1\",%2,\"%3\"\n")
                  .arg(where.replace(u'"', QStringLiteral("\"\"")))
                  .arg(raw.line)
                  .arg(why.replace(u'"', QStringLiteral("\"\"")))
                  .toUtf8());
        if (m_failed)
            return Status::failure(ProfileImporter::tr("cannot write the reject report %1: %2")
                                       .arg(InputFile::displayName(m_path), m_file->errorString()),
                                   ErrorCode::Io);
        return Status::success();
    }

    // The report's path, empty when there was nothing to report, or why it could not be written.
    Result<QString> finish()
    {
        if (!m_file)
            return QString();
        if (m_failed || !m_file->commit())
            return Result<QString>::failure(ProfileImporter::tr("cannot write the reject report %1: %2")
                                                .arg(InputFile::displayName(m_path), m_file->errorString()),
                                            ErrorCode::Io);
        return QFileInfo(m_path).absoluteFilePath();
    }

private:
    void write(const QByteArray& bytes)
    {
        if (!m_failed && m_file->write(bytes) != bytes.size())
            m_failed = true;
    }

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    bool m_failed = false;
};

QString defaultRejectPath(const QString& input, const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    const QFileInfo fi(input);
    const QString beside = fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".rejects.csv"));
    if (QFileInfo(fi.absolutePath()).isWritable())
        return beside;
    return QDir::temp().filePath(fi.completeBaseName() + QStringLiteral(".rejects.csv"));
}

// A profile as stored: the record's keys laid over the existing row (or a fresh one).
store::ProfileRow merged(const std::optional<store::ProfileRow>& existing, const ProfileInput& in,
                         const Pseudonymizer& pseudo, qint64 nowMs)
{
    store::ProfileRow r = existing ? *existing : store::ProfileRow();
    r.platform = in.platform;
    r.platformUserId = in.platformUserId;
    const auto has = [&](const char* key) { return in.present.contains(QLatin1String(key)); };
    if (has("name")) {
        r.namePseudonym = in.name.isEmpty() ? QByteArray() : pseudo.pseudonym(QStringLiteral("name"), in.name);
        r.nameMasked = Mask::name(in.name);
    }
    if (has("phone")) {
        r.phonePseudonym = pseudo.pseudonym(QStringLiteral("phone"), in.phone);
        r.phoneMasked = Mask::phone(in.phone);
    }
    if (has("id_card")) {
        r.idCardPseudonym = pseudo.pseudonym(QStringLiteral("id_card"), in.idCard);
        r.idCardMasked = Mask::idCard(in.idCard);
    }
    if (has("gender"))
        r.gender = in.gender;
    if (has("birth_year"))
        r.birthYear = in.birthYear;
    if (has("city"))
        r.city = in.city;
    if (has("occupation"))
        r.occupation = in.occupation;
    if (has("followers"))
        r.followers = in.followers;
    if (has("interests"))
        r.interests = in.interests;
    if (has("vip"))
        r.vip = in.vip.value_or(false);
    if (has("first_seen"))
        r.firstSeenMs = in.firstSeenMs;
    if (has("last_seen"))
        r.lastSeenMs = in.lastSeenMs;
    for (auto it = in.attributes.begin(); it != in.attributes.end(); ++it)
        r.attributes.insert(it.key(), it.value());
    if (!existing)
        r.createdMs = nowMs;
    r.updatedMs = existing ? existing->updatedMs : nowMs;
    return r;
}

struct BatchOutcome
{
    qint64 inserted = 0, updated = 0, unchanged = 0, profilesCreated = 0;
    QList<qint64> touched;
};

Result<BatchOutcome> writeProfiles(QSqlDatabase& db, const QList<ProfileInput>& batch, const Pseudonymizer& pseudo,
                                   const ProfileRules& rules, qint64 nowMs)
{
    BatchOutcome out;
    store::ProfileBatchWriter w(db);
    for (const ProfileInput& in : batch) {
        auto existing = w.find(in.platform, in.platformUserId);
        if (!existing)
            return Result<BatchOutcome>(existing.status());
        store::ProfileRow row = merged(existing.value(), in, pseudo, nowMs);
        bool changed = false;
        if (!existing.value()) {
            auto id = w.insert(row);
            if (!id)
                return Result<BatchOutcome>(id.status());
            row.id = id.value();
            ++out.inserted;
            changed = true;
        } else if (!row.sameContent(*existing.value())) {
            row.updatedMs = nowMs;
            if (auto st = w.update(row); !st)
                return Result<BatchOutcome>(st);
            ++out.updated;
            changed = true;
        }
        // Consent: per purpose, the newest statement wins; an older or equal one changes nothing.
        auto current = w.consents(row.id);
        if (!current)
            return Result<BatchOutcome>(current.status());
        QHash<QString, store::ConsentRow> byPurpose;
        for (const store::ConsentRow& c : current.value())
            byPurpose.insert(c.purpose, c);
        bool consentChanged = false;
        for (const ConsentInput& c : in.consents) {
            const auto it = byPurpose.constFind(c.purpose);
            if (it != byPurpose.constEnd() && (it->timeMs > c.timeMs || (it->timeMs == c.timeMs && it->granted == c.granted)))
                continue;
            store::ConsentRow stored{c.purpose, c.granted, c.timeMs, c.source, nowMs};
            if (auto st = w.setConsent(row.id, stored); !st)
                return Result<BatchOutcome>(st);
            byPurpose.insert(c.purpose, stored);
            consentChanged = true;
        }
        if (consentChanged && !changed && existing.value()) {
            ++out.updated;
            changed = true;
        }
        if (!changed) {
            ++out.unchanged;
            continue;
        }
        int bits = 0;
        for (const store::ConsentRow& c : std::as_const(byPurpose))
            if (c.granted)
                bits |= Layers::purposeBit(c.purpose);
        if (auto st = w.saveLayers(rules.layersOf(row, bits, Records::yearOf(nowMs))); !st)
            return Result<BatchOutcome>(st);
        out.touched.append(row.id);
    }
    return out;
}

quint64 fnv1a(quint64 h, QStringView s)
{
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    h ^= 0x1f;
    h *= 1099511628211ULL;
    return h;
}

// The identity of an event besides its user, type and time. Stored with every event since
// schema 7: the formula must not change, or a re-import would duplicate older rows.
qint64 fingerprint(const EventInput& e)
{
    static const char16_t digits[] = u"0123456789";
    quint64 h = 14695981039346656037ULL;
    h = fnv1a(h, e.contentId);
    h = fnv1a(h, e.brand);
    h = fnv1a(h, e.amount ? QString::number(*e.amount, 'g', 17) : QString());
    h = fnv1a(h, e.coupon ? (*e.coupon ? u"1" : u"0") : u"");
    h = fnv1a(h, e.tags);
    h = fnv1a(h, e.experiment);
    h = fnv1a(h, e.variant);
    h = fnv1a(h, QStringView(digits + qBound(0, e.sentiment, 9), 1));
    return qint64(h);
}

// The users of one events import, each once, numbered in the order the writer first meets them.
struct EventUser
{
    QString platform;
    QString platformUserId;
    qint64 firstMs = 0; // the earliest event of the batch that met the user first
    QByteArray idUtf8;  // platformUserId as the batches carry it
};

quint64 userHash(int platform, QStringView id)
{
    quint64 h = 14695981039346656037ULL ^ quint64(platform + 1);
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

// A batch of events as the reading thread builds it: compact rows with their text in one
// buffer, and beside each row its user's key. The reading thread only hashes the user (a
// lookup per event in a table of 100,000 users costs more than the parsing); the writer sorts
// the keys and meets each user of the batch once.
struct EventBatch
{
    struct Key
    {
        quint64 hash = 0;
        qint64 timeMs = 0;
        store::EventText id; // platform_user_id, UTF-8, in events.text
        qint32 platform = 0;  // index in Layers::platforms()
        qint32 row = 0;
    };

    store::EventInserts events;
    QList<Key> keys;
    // Given for the first batch only: called with each further kLookAhead keys and their ids.
    std::function<void(QList<Key>, QByteArray)> lookAhead;
    static constexpr int kLookAhead = 32768;

    qsizetype size() const { return events.rows.size(); }
    bool isEmpty() const { return events.rows.isEmpty(); }
    void reserve(qsizetype n)
    {
        events.rows.reserve(n);
        keys.reserve(n);
        events.text.reserve(n * 24);
    }

    void append(EventInput&& e)
    {
        keys.append(Key{userHash(e.platformCode, e.platformUserId), e.timeMs, events.add(QStringView(e.platformUserId)),
                        e.platformCode, qint32(events.rows.size())});
        store::EventInsert r;
        r.type = e.type;
        r.timeMs = e.timeMs;
        r.fingerprint = fingerprint(e);
        r.contentId = events.add(QStringView(e.contentId));
        r.brand = events.add(QStringView(e.brand));
        r.tags = events.add(QStringView(e.tags));
        r.experiment = events.add(QStringView(e.experiment));
        r.variant = events.add(QStringView(e.variant));
        r.hasAmount = e.amount.has_value();
        r.amount = e.amount.value_or(0);
        r.coupon = e.coupon ? (*e.coupon ? 1 : 0) : -1;
        r.sentiment = qint8(e.sentiment);
        events.rows.append(r);
        if (lookAhead && keys.size() % kLookAhead == 0)
            handAhead();
    }

    void handAhead()
    {
        QList<Key> chunk(keys.cend() - kLookAhead, keys.cend());
        QByteArray ids;
        ids.reserve(kLookAhead * 16);
        for (Key& k : chunk) {
            const quint32 at = quint32(ids.size());
            ids.append(events.text.constData() + k.id.offset, k.id.size);
            k.id.offset = at;
        }
        lookAhead(std::move(chunk), std::move(ids));
    }

};

// What the writer keeps across the batches of one import, by user number.
struct EventImportState
{
    QList<EventUser> users;
    QList<qint64> ids;    // the stored profile id; 0 until looked up
    QList<qint64> lastMs; // the newest event written for the user; 0 for none yet
    // Users whose minimal profile this import created, and users with an event that carries a
    // sentiment: a created profile whose events say nothing has nothing to tag (no consent to
    // profiling, no attitude), so it is not handed to the tagger.
    QList<bool> created;
    QList<bool> saidSomething;
    QHash<quint64, int> byHash;     // user hash → number, for the first user with that hash
    QHash<QString, int> collisions; // "platform\x1fid" → number, for any later user with the same hash
    // The writer connection's change counter as the last batch left it. The batches skip SQLite's
    // per-row foreign-key lookup (they resolve every id themselves); if any other job wrote in
    // between (a purge, an erasure, anything), every id is looked up again.
    std::optional<qint64> changesSeen;

    int number(quint64 hash, int platform, QByteArrayView id, qint64 firstMs)
    {
        const QString platformName = Layers::platforms().value(platform);
        const auto it = byHash.constFind(hash);
        if (it != byHash.constEnd() && users.at(*it).platform == platformName && QByteArrayView(users.at(*it).idUtf8) == id) {
            users[*it].firstMs = qMin(users.at(*it).firstMs, firstMs); // a stub made later starts here
            return *it;
        }
        const QString uid = QString::fromUtf8(id);
        if (it != byHash.constEnd()) {
            const QString key = platformName + u'\x1f' + uid;
            const auto c = collisions.constFind(key);
            if (c != collisions.constEnd()) {
                users[*c].firstMs = qMin(users.at(*c).firstMs, firstMs);
                return *c;
            }
            collisions.insert(key, int(users.size()));
        } else {
            byHash.insert(hash, int(users.size()));
        }
        users.append(EventUser{platformName, uid, firstMs, id.toByteArray()});
        ids.append(0);
        lastMs.append(0);
        created.append(false);
        saidSomething.append(false);
        return int(users.size() - 1);
    }

    // Numbers the users the keys name (sorting them by user), each run of one user once; assign
    // is told each key's number.
    template<typename Assign>
    void numberKeys(QList<EventBatch::Key>& keys, const QByteArray& text, Assign assign)
    {
        const auto idOf = [&text](const EventBatch::Key& k) { return QByteArrayView(text.constData() + k.id.offset, k.id.size); };
        std::sort(keys.begin(), keys.end(), [](const EventBatch::Key& a, const EventBatch::Key& b) {
            return std::tie(a.hash, a.platform) < std::tie(b.hash, b.platform);
        });
        for (qsizetype start = 0; start < keys.size();) {
            const EventBatch::Key& first = keys.at(start);
            const QByteArrayView id = idOf(first);
            qsizetype end = start;
            qint64 firstMs = first.timeMs;
            bool mixed = false; // two users with one hash here: each key looked up
            while (end < keys.size() && keys.at(end).hash == first.hash && keys.at(end).platform == first.platform) {
                mixed = mixed || idOf(keys.at(end)) != id;
                firstMs = qMin(firstMs, keys.at(end).timeMs);
                ++end;
            }
            if (!mixed) {
                const int n = number(first.hash, first.platform, id, firstMs);
                for (qsizetype k = start; k < end; ++k)
                    assign(keys.at(k), n);
            } else {
                for (qsizetype k = start; k < end; ++k)
                    assign(keys.at(k), number(first.hash, first.platform, idOf(keys.at(k)), keys.at(k).timeMs));
            }
            start = end;
        }
    }

    // Puts each row's user number in its profileId.
    void numberRows(EventBatch& batch)
    {
        QList<store::EventInsert>& rows = batch.events.rows;
        numberKeys(batch.keys, batch.events.text, [&rows](const EventBatch::Key& k, int n) { rows[k.row].profileId = n; });
    }

    // Forgets every id if any other job wrote since this import's last one.
    void checkChanges(QSqlDatabase& db)
    {
        if (changesSeen != store::ProfileTable::changesSoFar(db))
            ids.fill(0);
    }
};

// The stored ids of the given users (by number); a user not in the store is left out. Asked
// per platform in id order, so that the lookups walk the index forwards.
Result<QHash<int, qint64>> storedIds(QSqlDatabase& db, const QList<EventUser>& users, QList<int> which)
{
    std::sort(which.begin(), which.end(), [&users](int a, int b) {
        return std::tie(users.at(a).platform, users.at(a).idUtf8) < std::tie(users.at(b).platform, users.at(b).idUtf8);
    });
    QHash<int, qint64> out;
    for (qsizetype start = 0; start < which.size();) {
        const QString& platform = users.at(which.at(start)).platform;
        qsizetype end = start;
        QList<QByteArray> ids;
        while (end < which.size() && users.at(which.at(end)).platform == platform)
            ids.append(users.at(which.at(end++)).idUtf8);
        auto found = store::ProfileTable::ids(db, platform, ids);
        if (!found)
            return Result<QHash<int, qint64>>(found.status());
        for (qsizetype k = start; k < end; ++k)
            if (found.value().at(k - start) > 0)
                out.insert(which.at(k), found.value().at(k - start));
        start = end;
    }
    return out;
}

// While the reading thread fills the first batch the writer has nothing to do: it is handed the
// users read so far, numbers them and looks up those already stored, so that the first batch
// finds them resolved. Reads only; a user not stored yet gets a profile with the batch.
Status resolveAhead(QSqlDatabase& db, EventImportState& state, QList<EventBatch::Key>& keys, const QByteArray& ids)
{
    state.checkChanges(db);
    QList<int> unresolved;
    state.numberKeys(keys, ids, [&state, &unresolved](const EventBatch::Key&, int n) {
        if (state.ids.at(n) == 0) {
            state.ids[n] = -1;
            unresolved.append(n);
        }
    });
    auto found = storedIds(db, state.users, unresolved);
    for (int u : std::as_const(unresolved))
        state.ids[u] = found ? found.value().value(u, 0) : 0; // on failure the batch asks again
    if (!found)
        return found.status();
    state.changesSeen = store::ProfileTable::changesSoFar(db);
    return Status::success();
}

Result<BatchOutcome> writeEvents(QSqlDatabase& db, EventBatch& batch, EventImportState& state, qint64 nowMs)
{
    BatchOutcome out;
    state.numberRows(batch);
    state.checkChanges(db);
    QList<store::EventInsert>& rows = batch.events.rows;
    // The users of this batch not resolved yet: the store, then a minimal profile for a user
    // first met here.
    QList<int> unresolved;
    for (const store::EventInsert& r : std::as_const(rows)) {
        const int u = int(r.profileId);
        if (state.ids.at(u) != 0)
            continue;
        state.ids[u] = -1; // asked for
        unresolved.append(u);
    }
    auto found = storedIds(db, state.users, unresolved);
    if (!found)
        return Result<BatchOutcome>(found.status());
    QList<store::ProfileTable::Stub> stubs;
    QList<int> stubUsers;
    for (int u : std::as_const(unresolved)) {
        state.ids[u] = found.value().value(u, 0);
        if (state.ids.at(u) != 0)
            continue;
        const EventUser& user = state.users.at(u);
        stubs.append(store::ProfileTable::Stub{user.platform, user.platformUserId, user.firstMs,
                                               Layers::code(QStringLiteral("platform"), user.platform)});
        stubUsers.append(u);
    }
    if (!stubs.isEmpty()) {
        auto created = store::ProfileTable::insertStubs(db, stubs, nowMs);
        if (!created)
            return Result<BatchOutcome>(created.status());
        for (qsizetype i = 0; i < stubs.size(); ++i) {
            state.ids[stubUsers.at(i)] = created.value().at(i);
            state.created[stubUsers.at(i)] = true;
        }
        out.profilesCreated = stubs.size();
    }
    for (store::EventInsert& r : rows) {
        qint64& last = state.lastMs[r.profileId];
        last = qMax(last, r.timeMs);
        if (r.sentiment != 0)
            state.saidSomething[r.profileId] = true;
        r.profileId = state.ids.at(r.profileId);
    }
    // In key order the B-tree is walked forwards instead of at random.
    std::sort(rows.begin(), rows.end(), [](const store::EventInsert& a, const store::EventInsert& b) {
        return std::tie(a.profileId, a.type, a.timeMs, a.fingerprint) < std::tie(b.profileId, b.type, b.timeMs, b.fingerprint);
    });
    auto inserted = store::ProfileTable::insertEvents(db, batch.events);
    if (!inserted)
        return Result<BatchOutcome>(inserted.status());
    state.changesSeen = store::ProfileTable::changesSoFar(db);
    out.inserted = inserted.value();
    out.unchanged = rows.size() - inserted.value();
    return out;
}

using FinishJob = std::function<Result<QList<qint64>>(QSqlDatabase&)>;

// The shared loop: read, validate, batch, write (one transaction per batch, the next batch
// parsed while the writer commits the last), report.
template<typename Input, typename Batch, typename NewBatch, typename Validate, typename Write>
Result<ImportReport> run(store::Workspace& workspace, const QString& path, const ImportOptions& options,
                         tasks::Task* task, const QStringList& keys, int defaultBatch, NewBatch newBatch,
                         Validate validate, Write write,
                         FinishJob finish = {}, store::References references = store::References::Checked)
{
    ImportReport report;
    RecordReader reader(keys, path, options.format);
    if (auto st = reader.open(); !st)
        return Result<ImportReport>(st);
    RejectSink rejects(defaultRejectPath(path, options.rejectReport));
    // A report path that names a device or a folder is refused before anything is read or stored.
    if (auto st = OutputFile::checkPath(rejects.path()); !st)
        return Result<ImportReport>(st);
    // Counts the record; a bad one goes to the report and yields false.
    const auto screen = [&](const RawRecord& raw, Input& in, Status& sinkError) {
        ++report.read;
        const QString reason = validate(raw, in);
        if (reason.isEmpty())
            return true;
        sinkError = rejects.add(report, raw, reason);
        return false;
    };

    if (options.allOrNothing) {
        // A first pass that stores nothing: any bad record refuses the whole file.
        RecordReader check(keys, path, reader.format());
        if (auto st = check.open(); !st)
            return Result<ImportReport>(st);
        RawRecord raw;
        while (check.next(raw)) {
            Input in;
            Status sinkError;
            if (!screen(raw, in, sinkError) && !sinkError)
                return Result<ImportReport>(sinkError);
            if (task && task->isAborted()) {
                report.cancelled = true;
                return report;
            }
        }
        if (report.rejected > 0) {
            report.refused = true;
            auto written = rejects.finish();
            if (!written)
                return Result<ImportReport>(written.status());
            report.rejectReport = written.value();
            return report;
        }
        report = ImportReport();
    }

    const int batchSize = options.batchSize > 0 ? options.batchSize : defaultBatch;
    Batch batch = newBatch();
    batch.reserve(batchSize);
    // The batch in the writer's hands and what it will report.
    std::optional<QFuture<store::WriteOutcome>> pending;
    auto written = std::make_shared<BatchOutcome>();
    QString writeError;

    const auto collect = [&]() {
        if (!pending)
            return;
        const store::WriteOutcome o = pending->result();
        pending.reset();
        if (!o.ok) {
            writeError = o.error;
            return;
        }
        report.inserted += written->inserted;
        report.updated += written->updated;
        report.unchanged += written->unchanged;
        report.profilesCreated += written->profilesCreated;
        report.touchedProfiles += written->touched;
    };
    const auto flush = [&]() {
        collect();
        if (batch.isEmpty() || !writeError.isEmpty())
            return;
        written = std::make_shared<BatchOutcome>();
        // The writer owns the batch: it is handed over, never copied (a copy of 250,000 records
        // would be made the moment the writer sorts them).
        pending = workspace.writer().submit([write, written, items = std::move(batch)](QSqlDatabase& db) mutable -> Result<QVariant> {
            auto outcome = write(db, items);
            if (outcome)
                *written = outcome.take();
            return store::jobResult(outcome.status());
        }, store::Durability::Normal, references);
        batch = newBatch();
        batch.reserve(batchSize);
    };

    RawRecord raw;
    while (reader.next(raw)) {
        Input in;
        Status sinkError;
        if (screen(raw, in, sinkError))
            batch.append(std::move(in));
        else if (!sinkError)
            return Result<ImportReport>(sinkError);
        if (batch.size() < batchSize)
            continue;
        flush();
        if (!writeError.isEmpty())
            break;
        if (task) {
            task->setProgress(reader.bytesRead(), reader.bytesTotal());
            if (task->isAborted()) {
                report.cancelled = true;
                break;
            }
        }
    }
    if (!report.cancelled && writeError.isEmpty())
        flush();
    collect();
    auto reportFile = rejects.finish();
    if (reportFile)
        report.rejectReport = reportFile.value();
    else if (writeError.isEmpty())
        writeError = reportFile.error();
    if (!writeError.isEmpty())
        return Result<ImportReport>::failure(ProfileImporter::tr("the import stopped after %1 record(s): %2")
                                                 .arg(report.read)
                                                 .arg(writeError));
    if (finish) {
        auto touched = std::make_shared<QList<qint64>>();
        auto done = workspace.writer().runSync([finish, touched](QSqlDatabase& db) -> Result<QVariant> {
            auto ids = finish(db);
            if (ids)
                *touched = ids.take();
            return store::jobResult(ids.status());
        });
        if (!done)
            return Result<ImportReport>(done.status());
        report.touchedProfiles += *touched;
    }
    if (task)
        task->setProgress(reader.bytesTotal(), reader.bytesTotal());
    return report;
}

} // namespace

Result<ImportReport> ProfileImporter::importProfiles(store::Workspace& workspace, const QString& path,
                                                     const ImportOptions& options, tasks::Task* task)
{
    auto pseudo = Pseudonymizer::forWorkspace(workspace);
    if (!pseudo)
        return Result<ImportReport>(pseudo.status());
    auto rules = ProfileRules::forWorkspace(workspace);
    if (!rules)
        return Result<ImportReport>(rules.status());
    const qint64 now = options.nowMs > 0 ? options.nowMs : store::SqlUtil::nowMs();
    const int year = Records::yearOf(now);
    const QStringList sensitive = rules.value().tags.sensitiveAttributes;
    qint64 dropped = 0;
    auto shared = std::make_shared<std::pair<Pseudonymizer, ProfileRules>>(pseudo.value(), rules.value());
    auto result = run<ProfileInput, QList<ProfileInput>>(
        workspace, path, options, task, Records::profileKeys(), 2000, [] { return QList<ProfileInput>(); },
        [year, sensitive, &dropped](const RawRecord& raw, ProfileInput& in) -> QString {
            auto p = Records::profile(raw, year, sensitive);
            if (!p)
                return p.error();
            in = p.take();
            dropped += in.droppedSensitive.size();
            return {};
        },
        [shared, now](QSqlDatabase& db, const QList<ProfileInput>& batch) {
            return writeProfiles(db, batch, shared->first, shared->second, now);
        });
    if (result)
        result.value().sensitiveDropped = dropped;
    return result;
}

Result<ImportReport> ProfileImporter::importEvents(store::Workspace& workspace, const QString& path,
                                                   const ImportOptions& options, tasks::Task* task)
{
    const qint64 now = options.nowMs > 0 ? options.nowMs : store::SqlUtil::nowMs();
    // Users, their ids and last-seen times live on the writer thread only: each batch's job runs
    // there, one at a time.
    auto state = std::make_shared<EventImportState>();
    return run<EventInput, EventBatch>(
        workspace, path, options, task, Records::eventKeys(), 250000,
        [state, first = std::make_shared<bool>(true), &workspace] {
            EventBatch batch;
            if (*first) {
                *first = false;
                batch.lookAhead = [state, &workspace](QList<EventBatch::Key> keys, QByteArray ids) {
                    // Nobody waits for it: the first batch's job comes after it in the writer's queue.
                    workspace.writer().submit(
                        [state, keys = std::move(keys), ids = std::move(ids)](QSqlDatabase& db) mutable -> Result<QVariant> {
                            return store::jobResult(resolveAhead(db, *state, keys, ids));
                        },
                        store::Durability::Normal, store::References::Trusted);
                };
            }
            return batch;
        },
        [](const RawRecord& raw, EventInput& in) -> QString {
            auto e = Records::event(raw);
            if (!e)
                return e.error();
            in = e.take();
            return {};
        },
        [state, now](QSqlDatabase& db, EventBatch& batch) {
            return writeEvents(db, batch, *state, now);
        },
        [state](QSqlDatabase& db) -> Result<QList<qint64>> {
            // Last seen moves once per user at the end; purge also looks at the events
            // themselves, so an import cut short never makes an active user look inactive.
            // Ids forgotten because another job wrote in between are looked up again; a user
            // erased meanwhile is not found and stays erased.
            state->checkChanges(db);
            QList<int> again;
            for (int u = 0; u < int(state->users.size()); ++u)
                if (state->lastMs.at(u) > 0 && state->ids.at(u) <= 0)
                    again.append(u);
            auto found = storedIds(db, state->users, again);
            if (!found)
                return Result<QList<qint64>>(found.status());
            QHash<qint64, qint64> lastSeen;
            QList<qint64> toTag;
            for (int u = 0; u < int(state->users.size()); ++u) {
                const qint64 id = state->ids.at(u) > 0 ? state->ids.at(u) : found.value().value(u, 0);
                if (state->lastMs.at(u) > 0 && id > 0) {
                    lastSeen.insert(id, state->lastMs.at(u));
                    if (!state->created.at(u) || state->saidSomething.at(u))
                        toTag.append(id);
                }
            }
            if (auto st = store::ProfileTable::raiseLastSeen(db, lastSeen); !st)
                return Result<QList<qint64>>(st);
            return toTag;
        },
        store::References::Trusted);
}

} // namespace lx::profiles
