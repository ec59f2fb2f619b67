#include "store/ProfileTable.h"

#include "store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace lx::store {

namespace {

QVariant opt(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant opt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant blob(const QByteArray& b)
{
    return b.isEmpty() ? QVariant() : QVariant(b);
}

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

const QString kSelect = QStringLiteral(
    "SELECT id, platform, platform_user_id, name_pseudonym, name_masked, phone_pseudonym, phone_masked,"
    " id_card_pseudonym, id_card_masked, gender, birth_year, city, occupation, followers, interests, vip,"
    " first_seen_ms, last_seen_ms, attributes, created_ms, updated_ms FROM profiles");

ProfileRow readRow(const QSqlQuery& q)
{
    ProfileRow r;
    r.id = q.value(0).toLongLong();
    r.platform = q.value(1).toString();
    r.platformUserId = q.value(2).toString();
    r.namePseudonym = q.value(3).toByteArray();
    r.nameMasked = q.value(4).toString();
    r.phonePseudonym = q.value(5).toByteArray();
    r.phoneMasked = q.value(6).toString();
    r.idCardPseudonym = q.value(7).toByteArray();
    r.idCardMasked = q.value(8).toString();
    r.gender = q.value(9).toString();
    if (!q.value(10).isNull())
        r.birthYear = q.value(10).toInt();
    r.city = q.value(11).toString();
    r.occupation = q.value(12).toString();
    if (!q.value(13).isNull())
        r.followers = q.value(13).toLongLong();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
        r.interests.append(v.toString());
    r.vip = q.value(15).toInt() != 0;
    if (!q.value(16).isNull())
        r.firstSeenMs = q.value(16).toLongLong();
    if (!q.value(17).isNull())
        r.lastSeenMs = q.value(17).toLongLong();
    r.attributes = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
    r.createdMs = q.value(19).toLongLong();
    r.updatedMs = q.value(20).toLongLong();
    return r;
}

Result<std::optional<ProfileRow>> one(QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, kSelect + where, binds); !st)
        return Result<std::optional<ProfileRow>>(st);
    if (!q.next())
        return std::optional<ProfileRow>();
    return std::optional<ProfileRow>(readRow(q));
}

QVariantList contentBinds(const ProfileRow& r)
{
    return {blob(r.namePseudonym), r.nameMasked, blob(r.phonePseudonym), r.phoneMasked, blob(r.idCardPseudonym),
            r.idCardMasked, r.gender, opt(r.birthYear), r.city, r.occupation, opt(r.followers), jsonList(r.interests),
            r.vip ? 1 : 0, opt(r.firstSeenMs), opt(r.lastSeenMs),
            QString::fromUtf8(QJsonDocument(r.attributes).toJson(QJsonDocument::Compact)), r.updatedMs};
}


const char* const kInsertSql =
    "INSERT INTO profiles(platform, platform_user_id, name_pseudonym, name_masked, phone_pseudonym, phone_masked,"
    " id_card_pseudonym, id_card_masked, gender, birth_year, city, occupation, followers, interests, vip, first_seen_ms,"
    " last_seen_ms, attributes, updated_ms, created_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
const char* const kUpdateSql =
    "UPDATE profiles SET name_pseudonym = ?, name_masked = ?, phone_pseudonym = ?, phone_masked = ?, id_card_pseudonym = ?,"
    " id_card_masked = ?, gender = ?, birth_year = ?, city = ?, occupation = ?, followers = ?, interests = ?, vip = ?,"
    " first_seen_ms = ?, last_seen_ms = ?, attributes = ?, updated_ms = ? WHERE id = ?";
const char* const kLayersSql =
    "INSERT INTO profile_layers(profile_id, platform, gender, age_band, city_tier, occupation, vip, consents, minor, last_seen_ms)"
    " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(profile_id) DO UPDATE SET platform = excluded.platform,"
    " gender = excluded.gender, age_band = excluded.age_band, city_tier = excluded.city_tier,"
    " occupation = excluded.occupation, vip = excluded.vip, consents = excluded.consents, minor = excluded.minor,"
    " last_seen_ms = excluded.last_seen_ms";
const char* const kConsentsSql = "SELECT purpose, granted, time_ms, source FROM profile_consents WHERE profile_id = ? ORDER BY purpose";
const char* const kSetConsentSql =
    "INSERT INTO profile_consents(profile_id, purpose, granted, time_ms, source) VALUES (?,?,?,?,?)"
    " ON CONFLICT(profile_id, purpose) DO UPDATE SET granted = excluded.granted, time_ms = excluded.time_ms,"
    " source = excluded.source";
const char* const kLogConsentSql =
    "INSERT INTO consent_log(profile_id, purpose, granted, time_ms, source, recorded_ms) VALUES (?,?,?,?,?,?)";

QVariantList insertBinds(const ProfileRow& row)
{
    QVariantList binds{row.platform, row.platformUserId};
    binds += contentBinds(row);
    binds.append(row.createdMs);
    return binds;
}

QVariantList updateBinds(const ProfileRow& row)
{
    QVariantList binds = contentBinds(row);
    binds.append(row.id);
    return binds;
}

QVariantList layerBinds(const LayerRow& r)
{
    return {r.profileId, r.platform, r.gender, r.ageBand, r.cityTier, r.occupation, r.vip, r.consents, r.minor, opt(r.lastSeenMs)};
}

// One statement of SQLite's C API for the bulk paths, finalized whichever way the caller leaves.
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql) : m_db(db)
    {
        m_ok = db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_ok; }
    Status error() const
    {
        return Status::failure(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                    : QStringLiteral("the workspace connection has no SQLite handle"));
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    // Empty text is stored as NULL; the bytes must outlive the step.
    void bind(int i, QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void bind(int i, const std::optional<double>& v)
    {
        if (v)
            sqlite3_bind_double(m_stmt, i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
    }
    void bindOptional(int i, const std::optional<qint64>& v)
    {
        if (v)
            sqlite3_bind_int64(m_stmt, i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
    }
    // The pointer is only readable by a function or table asking for the same type name.
    void bindPointer(int i, void* p, const char* type) { sqlite3_bind_pointer(m_stmt, i, p, type, nullptr); }
    // SQLITE_ROW or SQLITE_DONE; anything else is an error. Reset before the next binding.
    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 column(int i) const { return sqlite3_column_int64(m_stmt, i); }
    qint64 changes() const { return sqlite3_changes(m_db); }
    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

QList<ConsentRow> readConsents(QSqlQuery& q)
{
    QList<ConsentRow> out;
    while (q.next())
        out.append(ConsentRow{q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toLongLong(), q.value(3).toString(), 0});
    return out;
}

} // namespace

struct ProfileBatchWriter::Private
{
    explicit Private(QSqlDatabase& db) : find(db), insert(db), update(db), layers(db), consents(db), setConsent(db), logConsent(db) {}
    QSqlQuery find, insert, update, layers, consents, setConsent, logConsent;
    bool prepared = false;
};

ProfileBatchWriter::ProfileBatchWriter(QSqlDatabase& db) : d(std::make_unique<Private>(db))
{
    d->prepared = d->find.prepare(kSelect + QStringLiteral(" WHERE platform = ? AND platform_user_id = ?"))
                  && d->insert.prepare(QString::fromLatin1(kInsertSql)) && d->update.prepare(QString::fromLatin1(kUpdateSql))
                  && d->layers.prepare(QString::fromLatin1(kLayersSql)) && d->consents.prepare(QString::fromLatin1(kConsentsSql))
                  && d->setConsent.prepare(QString::fromLatin1(kSetConsentSql))
                  && d->logConsent.prepare(QString::fromLatin1(kLogConsentSql));
}

ProfileBatchWriter::~ProfileBatchWriter() = default;

Result<std::optional<ProfileRow>> ProfileBatchWriter::find(const QString& platform, const QString& platformUserId)
{
    if (!d->prepared)
        return Result<std::optional<ProfileRow>>::failure(QStringLiteral("profile statements"));
    if (auto st = SqlUtil::execPrepared(d->find, {platform, platformUserId}); !st)
        return Result<std::optional<ProfileRow>>(st);
    std::optional<ProfileRow> row;
    if (d->find.next())
        row = readRow(d->find);
    d->find.finish();
    return row;
}

Result<qint64> ProfileBatchWriter::insert(const ProfileRow& row)
{
    if (auto st = SqlUtil::execPrepared(d->insert, insertBinds(row)); !st)
        return Result<qint64>(st);
    return d->insert.lastInsertId().toLongLong();
}

Status ProfileBatchWriter::update(const ProfileRow& row)
{
    return SqlUtil::execPrepared(d->update, updateBinds(row));
}

Status ProfileBatchWriter::saveLayers(const LayerRow& row)
{
    return SqlUtil::execPrepared(d->layers, layerBinds(row));
}

Result<QList<ConsentRow>> ProfileBatchWriter::consents(qint64 id)
{
    if (auto st = SqlUtil::execPrepared(d->consents, {id}); !st)
        return Result<QList<ConsentRow>>(st);
    auto out = readConsents(d->consents);
    d->consents.finish();
    return out;
}

Status ProfileBatchWriter::setConsent(qint64 id, const ConsentRow& c)
{
    if (auto st = SqlUtil::execPrepared(d->setConsent, {id, c.purpose, c.granted ? 1 : 0, c.timeMs, c.source}); !st)
        return st;
    return SqlUtil::execPrepared(d->logConsent, {id, c.purpose, c.granted ? 1 : 0, c.timeMs, c.source, c.recordedMs});
}


bool ProfileRow::sameContent(const ProfileRow& o) const
{
    return platform == o.platform && platformUserId == o.platformUserId && namePseudonym == o.namePseudonym
           && nameMasked == o.nameMasked && phonePseudonym == o.phonePseudonym && phoneMasked == o.phoneMasked
           && idCardPseudonym == o.idCardPseudonym && idCardMasked == o.idCardMasked && gender == o.gender
           && birthYear == o.birthYear && city == o.city && occupation == o.occupation && followers == o.followers
           && interests == o.interests && vip == o.vip && firstSeenMs == o.firstSeenMs && lastSeenMs == o.lastSeenMs
           && attributes == o.attributes;
}

Result<std::optional<ProfileRow>> ProfileTable::find(QSqlDatabase& db, const QString& platform, const QString& platformUserId)
{
    return one(db, QStringLiteral(" WHERE platform = ? AND platform_user_id = ?"), {platform, platformUserId});
}

Result<std::optional<ProfileRow>> ProfileTable::byId(QSqlDatabase& db, qint64 id)
{
    return one(db, QStringLiteral(" WHERE id = ?"), {id});
}

Status ProfileTable::remove(QSqlDatabase& db, qint64 id)
{
    // Children first, so that the erasure does not depend on the connection's foreign_keys.
    for (const char* table : {"events", "profile_tags", "profile_consents", "consent_log", "profile_layers"}) {
        if (auto st = SqlUtil::exec(db, QStringLiteral("DELETE FROM %1 WHERE profile_id = ?").arg(QLatin1String(table)), {id}); !st)
            return st;
    }
    return SqlUtil::exec(db, QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id});
}

Result<QList<ConsentRow>> ProfileTable::consents(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QString::fromLatin1(kConsentsSql), {id}); !st)
        return Result<QList<ConsentRow>>(st);
    return readConsents(q);
}

Result<QList<ConsentRow>> ProfileTable::consentLog(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT purpose, granted, time_ms, source, recorded_ms FROM consent_log"
                                                  " WHERE profile_id = ? ORDER BY id"),
                                {id});
        !st)
        return Result<QList<ConsentRow>>(st);
    QList<ConsentRow> out;
    while (q.next())
        out.append(ConsentRow{q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toLongLong(), q.value(3).toString(),
                              q.value(4).toLongLong()});
    return out;
}

Status ProfileTable::setConsent(QSqlDatabase& db, qint64 id, const ConsentRow& c)
{
    if (auto st = SqlUtil::exec(db, QString::fromLatin1(kSetConsentSql), {id, c.purpose, c.granted ? 1 : 0, c.timeMs, c.source}); !st)
        return st;
    return SqlUtil::exec(db, QString::fromLatin1(kLogConsentSql), {id, c.purpose, c.granted ? 1 : 0, c.timeMs, c.source, c.recordedMs});
}

Status ProfileTable::setConsentBits(QSqlDatabase& db, qint64 id, int bits)
{
    return SqlUtil::exec(db, QStringLiteral("UPDATE profile_layers SET consents = ? WHERE profile_id = ?"), {bits, id});
}

Result<QList<TagRow>> ProfileTable::tags(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT tag, kind, reason FROM profile_tags WHERE profile_id = ? ORDER BY kind, tag"),
                                {id});
        !st)
        return Result<QList<TagRow>>(st);
    QList<TagRow> out;
    while (q.next())
        out.append(TagRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QStringList> ProfileTable::distinctTags(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // Skips through the (tag, profile_id) index one tag at a time instead of reading every row.
    if (auto st = SqlUtil::exec(q, QStringLiteral("WITH RECURSIVE t(tag) AS ("
                                                  " SELECT MIN(tag) FROM profile_tags"
                                                  " UNION ALL SELECT (SELECT MIN(tag) FROM profile_tags WHERE tag > t.tag)"
                                                  " FROM t WHERE t.tag IS NOT NULL)"
                                                  " SELECT tag FROM t WHERE tag IS NOT NULL"));
        !st)
        return Result<QStringList>(st);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QList<qint64>> ProfileTable::ids(QSqlDatabase& db, const QString& platform, const QList<QByteArray>& userIds)
{
    RawStatement q(SqlUtil::handle(db), "SELECT id FROM profiles WHERE platform = ? AND platform_user_id = ?");
    if (!q.ok())
        return Result<QList<qint64>>(q.error());
    QList<qint64> out;
    out.reserve(userIds.size());
    const QByteArray p = platform.toUtf8();
    q.bind(1, p);
    for (const QByteArray& uid : userIds) {
        q.bind(2, uid);
        const int rc = q.step();
        if (rc == SQLITE_ROW)
            out.append(q.column(0));
        else if (rc == SQLITE_DONE)
            out.append(0);
        else
            return Result<QList<qint64>>(q.error());
        q.reset();
    }
    return out;
}

EventText EventInserts::add(QByteArrayView utf8)
{
    const EventText t{quint32(text.size()), quint32(utf8.size())};
    text.append(utf8.data(), utf8.size());
    return t;
}

EventText EventInserts::add(QStringView s)
{
    // Event text is mostly ASCII (ids, brands, tags in Latin letters): copied as it is.
    bool ascii = true;
    for (QChar c : s) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii)
        return add(QByteArrayView(s.toUtf8()));
    const EventText t{quint32(text.size()), quint32(s.size())};
    const qsizetype at = text.size();
    text.resize(at + s.size());
    char* out = text.data() + at;
    for (qsizetype i = 0; i < s.size(); ++i)
        out[i] = char(s[i].unicode());
    return t;
}

namespace {

// The batch as a table SQLite reads from: one INSERT … SELECT stores a quarter of a million rows
// in a single statement instead of a bind, step and reset per row. An eponymous table-valued
// function, lx_event_rows(?1), whose argument is the batch handed over with sqlite3_bind_pointer.
constexpr const char* kEventRowsPointer = "lx_event_rows";

struct EventRowsTable
{
    sqlite3_vtab base;
};

struct EventRowsCursor
{
    sqlite3_vtab_cursor base;
    const EventInserts* batch = nullptr;
    qsizetype at = 0;
};

enum EventRowsColumn {
    ColProfile, ColType, ColTime, ColFingerprint, ColContent, ColBrand, ColAmount, ColCoupon, ColTags,
    ColExperiment, ColVariant, ColSentiment, ColBatch
};

int eventRowsConnect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char**)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(profile_id, type, time_ms, fingerprint, content_id, brand, amount,"
                                            " coupon, tags, experiment, variant, sentiment, batch HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto* table = new EventRowsTable{};
    *out = &table->base;
    return SQLITE_OK;
}

int eventRowsDisconnect(sqlite3_vtab* table)
{
    delete reinterpret_cast<EventRowsTable*>(table);
    return SQLITE_OK;
}

int eventRowsBestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (c.iColumn == ColBatch && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            // Read once, whole: a join puts the batch in the outer loop, never the inner.
            info->estimatedCost = 1e6;
            info->estimatedRows = 1000000;
            return SQLITE_OK;
        }
    }
    // Without its batch the table has nothing to give.
    return SQLITE_CONSTRAINT;
}

int eventRowsOpen(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    auto* cursor = new EventRowsCursor{};
    *out = &cursor->base;
    return SQLITE_OK;
}

int eventRowsClose(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<EventRowsCursor*>(cursor);
    return SQLITE_OK;
}

int eventRowsFilter(sqlite3_vtab_cursor* base, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = reinterpret_cast<EventRowsCursor*>(base);
    cursor->at = 0;
    cursor->batch = idxNum == 1 && argc == 1
        ? static_cast<const EventInserts*>(sqlite3_value_pointer(argv[0], kEventRowsPointer))
        : nullptr;
    return SQLITE_OK;
}

int eventRowsNext(sqlite3_vtab_cursor* base)
{
    ++reinterpret_cast<EventRowsCursor*>(base)->at;
    return SQLITE_OK;
}

int eventRowsEof(sqlite3_vtab_cursor* base)
{
    const auto* cursor = reinterpret_cast<EventRowsCursor*>(base);
    return !cursor->batch || cursor->at >= cursor->batch->rows.size();
}

void resultText(sqlite3_context* ctx, const EventInserts& batch, const EventText& t)
{
    if (t.size == 0)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, batch.text.constData() + t.offset, int(t.size), SQLITE_STATIC);
}

int eventRowsColumn(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int column)
{
    const auto* cursor = reinterpret_cast<EventRowsCursor*>(base);
    const EventInserts& batch = *cursor->batch;
    const EventInsert& r = batch.rows.at(cursor->at);
    switch (column) {
    case ColProfile: sqlite3_result_int64(ctx, r.profileId); break;
    case ColType: sqlite3_result_int64(ctx, r.type); break;
    case ColTime: sqlite3_result_int64(ctx, r.timeMs); break;
    case ColFingerprint: sqlite3_result_int64(ctx, r.fingerprint); break;
    case ColContent: resultText(ctx, batch, r.contentId); break;
    case ColBrand: resultText(ctx, batch, r.brand); break;
    case ColAmount:
        if (r.hasAmount)
            sqlite3_result_double(ctx, r.amount);
        else
            sqlite3_result_null(ctx);
        break;
    case ColCoupon:
        if (r.coupon >= 0)
            sqlite3_result_int64(ctx, r.coupon);
        else
            sqlite3_result_null(ctx);
        break;
    case ColTags: resultText(ctx, batch, r.tags); break;
    case ColExperiment: resultText(ctx, batch, r.experiment); break;
    case ColVariant: resultText(ctx, batch, r.variant); break;
    case ColSentiment:
        if (r.sentiment > 0)
            sqlite3_result_int64(ctx, r.sentiment);
        else
            sqlite3_result_null(ctx);
        break;
    default: sqlite3_result_null(ctx); break;
    }
    return SQLITE_OK;
}

int eventRowsRowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid)
{
    *rowid = reinterpret_cast<EventRowsCursor*>(base)->at;
    return SQLITE_OK;
}

const sqlite3_module kEventRowsModule = [] {
    sqlite3_module m{};
    m.iVersion = 0;
    m.xCreate = nullptr; // eponymous only: lx_event_rows exists on the connection, never in the schema
    m.xConnect = eventRowsConnect;
    m.xBestIndex = eventRowsBestIndex;
    m.xDisconnect = eventRowsDisconnect;
    m.xOpen = eventRowsOpen;
    m.xClose = eventRowsClose;
    m.xFilter = eventRowsFilter;
    m.xNext = eventRowsNext;
    m.xEof = eventRowsEof;
    m.xColumn = eventRowsColumn;
    m.xRowid = eventRowsRowid;
    return m;
}();

// A statement that reads lx_event_rows, the module registered on first use on this connection
// (it lives as long as the connection).
Result<std::unique_ptr<RawStatement>> eventRowsStatement(sqlite3* h, const char* sql)
{
    auto q = std::make_unique<RawStatement>(h, sql);
    if (!q->ok() && h) {
        if (sqlite3_create_module(h, kEventRowsPointer, &kEventRowsModule, nullptr) != SQLITE_OK)
            return Result<std::unique_ptr<RawStatement>>(q->error());
        q = std::make_unique<RawStatement>(h, sql);
    }
    if (!q->ok())
        return Result<std::unique_ptr<RawStatement>>(q->error());
    return q;
}

} // namespace

Result<qint64> ProfileTable::insertEvents(QSqlDatabase& db, const EventInserts& events)
{
    if (events.rows.isEmpty())
        return qint64(0);
    static const char* const sql =
        "INSERT OR IGNORE INTO events(profile_id, type, time_ms, fingerprint, content_id, brand, amount, coupon,"
        " tags, experiment, variant, sentiment) SELECT profile_id, type, time_ms, fingerprint, content_id, brand,"
        " amount, coupon, tags, experiment, variant, sentiment FROM lx_event_rows(?1)";
    auto prepared = eventRowsStatement(SqlUtil::handle(db), sql);
    if (!prepared)
        return Result<qint64>(prepared.status());
    auto& q = prepared.value();
    q->bindPointer(1, const_cast<EventInserts*>(&events), kEventRowsPointer);
    if (q->step() != SQLITE_DONE)
        return Result<qint64>(q->error());
    return q->changes();
}

qint64 ProfileTable::changesSoFar(QSqlDatabase& db)
{
    return sqlite3_total_changes64(SqlUtil::handle(db));
}

Result<QList<qint64>> ProfileTable::insertStubs(QSqlDatabase& db, const QList<Stub>& stubs, qint64 nowMs)
{
    sqlite3* h = SqlUtil::handle(db);
    RawStatement profile(h, "INSERT INTO profiles(platform, platform_user_id, first_seen_ms, last_seen_ms, created_ms, updated_ms)"
                            " VALUES (?,?,?,?,?,?)");
    RawStatement layers(h, "INSERT INTO profile_layers(profile_id, platform, gender, age_band, city_tier, occupation,"
                           " last_seen_ms) VALUES (?,?,0,0,0,0,?)");
    if (!profile.ok() || !layers.ok())
        return Result<QList<qint64>>(profile.ok() ? layers.error() : profile.error());
    QList<qint64> ids;
    ids.reserve(stubs.size());
    for (const Stub& s : stubs) {
        const QByteArray platform = s.platform.toUtf8();
        const QByteArray uid = s.platformUserId.toUtf8();
        profile.bind(1, platform);
        profile.bind(2, uid);
        profile.bind(3, s.firstSeenMs);
        profile.bind(4, s.firstSeenMs);
        profile.bind(5, nowMs);
        profile.bind(6, nowMs);
        if (profile.step() != SQLITE_DONE)
            return Result<QList<qint64>>(profile.error());
        profile.reset();
        const qint64 id = profile.lastInsertId();
        layers.bind(1, id);
        layers.bind(2, qint64(s.platformCode));
        layers.bind(3, s.firstSeenMs);
        if (layers.step() != SQLITE_DONE)
            return Result<QList<qint64>>(layers.error());
        layers.reset();
        ids.append(id);
    }
    return ids;
}

Status ProfileTable::raiseLastSeen(QSqlDatabase& db, const QHash<qint64, qint64>& lastSeen)
{
    if (lastSeen.isEmpty())
        return Status::success();
    // One statement per table over (profile, time) rows in id order, through the same batch
    // table the event insert reads; only rows that move are written.
    EventInserts users;
    users.rows.reserve(lastSeen.size());
    for (auto it = lastSeen.begin(); it != lastSeen.end(); ++it) {
        EventInsert r;
        r.profileId = it.key();
        r.timeMs = it.value();
        users.rows.append(r);
    }
    std::sort(users.rows.begin(), users.rows.end(),
              [](const EventInsert& a, const EventInsert& b) { return a.profileId < b.profileId; });
    for (const char* sql : {"UPDATE profiles SET last_seen_ms = v.time_ms FROM lx_event_rows(?1) AS v"
                            " WHERE profiles.id = v.profile_id AND (profiles.last_seen_ms IS NULL OR profiles.last_seen_ms < v.time_ms)",
                            "UPDATE profile_layers SET last_seen_ms = v.time_ms FROM lx_event_rows(?1) AS v"
                            " WHERE profile_layers.profile_id = v.profile_id"
                            " AND (profile_layers.last_seen_ms IS NULL OR profile_layers.last_seen_ms < v.time_ms)"}) {
        auto q = eventRowsStatement(SqlUtil::handle(db), sql);
        if (!q)
            return q.status();
        q.value()->bindPointer(1, &users, kEventRowsPointer);
        if (q.value()->step() != SQLITE_DONE)
            return q.value()->error();
    }
    return Status::success();
}

Result<QList<EventRow>> ProfileTable::events(QSqlDatabase& db, qint64 profileId, int limit)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q,
                                QStringLiteral("SELECT type, time_ms, content_id, brand, amount, coupon, tags, experiment, variant,"
                                               " sentiment FROM events WHERE profile_id = ? ORDER BY time_ms DESC LIMIT ?"),
                                {profileId, limit});
        !st)
        return Result<QList<EventRow>>(st);
    QList<EventRow> out;
    while (q.next()) {
        EventRow e;
        e.profileId = profileId;
        e.type = q.value(0).toInt();
        e.timeMs = q.value(1).toLongLong();
        e.contentId = q.value(2).toString();
        e.brand = q.value(3).toString();
        if (!q.value(4).isNull())
            e.amount = q.value(4).toDouble();
        if (!q.value(5).isNull())
            e.coupon = q.value(5).toInt() != 0;
        e.tags = q.value(6).toString();
        e.experiment = q.value(7).toString();
        e.variant = q.value(8).toString();
        e.sentiment = q.value(9).toInt();
        out.append(e);
    }
    return out;
}

Status ProfileTable::forEachWithEvents(QSqlDatabase& db, const QList<qint64>& ids,
                                       const std::function<bool(const TagFacts&, const QList<EventRow>&)>& visit,
                                       const std::function<bool(const TagFacts&)>& fullEvents)
{
    const bool scan = ids.isEmpty() || ids.size() > 5000;
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QSqlQuery facts(db), events(db);
    facts.setForwardOnly(true);
    events.setForwardOnly(true);
    const QString factsSql = QStringLiteral("SELECT p.id, p.vip, p.followers, p.first_seen_ms, l.consents, p.birth_year,"
                                            " l.value_tier, l.attitude, l.age_band,"
                                            " EXISTS (SELECT 1 FROM profile_tags t WHERE t.profile_id = p.id)"
                                            " FROM profiles p JOIN profile_layers l ON l.profile_id = p.id");
    const QString eventsSql = QStringLiteral("SELECT profile_id, type, time_ms, content_id, brand, amount, coupon, tags, sentiment"
                                             " FROM events");
    if (scan) {
        if (!facts.exec(factsSql + QStringLiteral(" ORDER BY p.id")) || !events.exec(eventsSql + QStringLiteral(" ORDER BY profile_id")))
            return Status::failure(QStringLiteral("cannot read the events"));
    } else if (!facts.prepare(factsSql + QStringLiteral(" WHERE p.id = ?"))
               || !events.prepare(eventsSql + QStringLiteral(" WHERE profile_id = ?"))) {
        return Status::failure(QStringLiteral("cannot read the events"));
    }
    const auto readEvent = [&events](bool full) {
        EventRow e;
        e.profileId = events.value(0).toLongLong();
        e.type = events.value(1).toInt();
        e.timeMs = events.value(2).toLongLong();
        e.sentiment = events.value(8).toInt();
        if (!full)
            return e;
        e.contentId = events.value(3).toString();
        e.brand = events.value(4).toString();
        if (!events.value(5).isNull())
            e.amount = events.value(5).toDouble();
        if (!events.value(6).isNull())
            e.coupon = events.value(6).toInt() != 0;
        e.tags = events.value(7).toString();
        return e;
    };
    bool eventPending = scan && events.next();
    qsizetype next = 0;
    while (true) {
        if (scan) {
            if (!facts.next())
                break;
        } else {
            if (next >= ids.size())
                break;
            facts.bindValue(0, ids.at(next++));
            if (!facts.exec() || !facts.next())
                continue;
        }
        TagFacts f;
        f.id = facts.value(0).toLongLong();
        f.vip = facts.value(1).toInt() != 0;
        if (!facts.value(2).isNull())
            f.followers = facts.value(2).toLongLong();
        if (!facts.value(3).isNull())
            f.firstSeenMs = facts.value(3).toLongLong();
        f.consents = facts.value(4).toInt();
        f.birthYear = facts.value(5).isNull() ? 0 : facts.value(5).toInt();
        f.storedValueTier = facts.value(6).toInt();
        f.storedAttitude = facts.value(7).toInt();
        f.storedAgeBand = facts.value(8).toInt();
        f.storedTags = facts.value(9).toInt();
        const bool full = !fullEvents || fullEvents(f);
        QList<EventRow> list;
        if (scan) {
            while (eventPending && events.value(0).toLongLong() < f.id)
                eventPending = events.next();
            const bool keep = wanted.isEmpty() || wanted.contains(f.id);
            while (eventPending && events.value(0).toLongLong() == f.id) {
                if (keep)
                    list.append(readEvent(full));
                eventPending = events.next();
            }
            if (!wanted.isEmpty() && !wanted.contains(f.id))
                continue;
        } else {
            facts.finish();
            events.bindValue(0, f.id);
            if (!events.exec())
                return Status::failure(QStringLiteral("cannot read the events"));
            while (events.next())
                list.append(readEvent(full));
            events.finish();
        }
        if (!visit(f, list))
            break;
    }
    return Status::success();
}

Status ProfileTable::saveTags(QSqlDatabase& w, const QList<TagWrite>& writes)
{
    QSqlQuery del(w), ins(w), upd(w);
    if (!del.prepare(QStringLiteral("DELETE FROM profile_tags WHERE profile_id = ?"))
        || !ins.prepare(QStringLiteral("INSERT INTO profile_tags(profile_id, tag, kind, reason) VALUES (?,?,?,?)"))
        || !upd.prepare(QStringLiteral("UPDATE profile_layers SET value_tier = ?, attitude = ?, age_band = ? WHERE profile_id = ?")))
        return Status::failure(QStringLiteral("tag statements"));
    for (const TagWrite& r : writes) {
        if (auto st = SqlUtil::execPrepared(del, {r.id}); !st)
            return st;
        for (const TagRow& t : r.tags)
            if (auto st = SqlUtil::execPrepared(ins, {r.id, t.tag, t.kind, t.reason}); !st)
                return st;
        if (auto st = SqlUtil::execPrepared(upd, {r.valueTier, r.attitude, r.ageBand, r.id}); !st)
            return st;
    }
    return Status::success();
}

Status ProfileTable::dropProfilingTags(QSqlDatabase& db, qint64 id)
{
    if (auto st = SqlUtil::exec(db, QStringLiteral("DELETE FROM profile_tags WHERE profile_id = ? AND kind <> 'attitude'"), {id}); !st)
        return st;
    return SqlUtil::exec(db, QStringLiteral("UPDATE profile_layers SET value_tier = 0 WHERE profile_id = ?"), {id});
}

Result<QStringList> ProfileTable::distinctCities(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT DISTINCT city FROM profiles")); !st)
        return Result<QStringList>(st);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Status ProfileTable::setCityTier(QSqlDatabase& db, const QString& city, int tier)
{
    return SqlUtil::exec(db,
                         QStringLiteral("UPDATE profile_layers SET city_tier = ? WHERE city_tier <> ?"
                                        " AND profile_id IN (SELECT id FROM profiles WHERE city = ?)"),
                         {tier, tier, city});
}

Result<qint64> ProfileTable::eventCount(QSqlDatabase& db, qint64 profileId)
{
    QSqlQuery q(db);
    if (auto st = SqlUtil::exec(q, QStringLiteral("SELECT COUNT(*) FROM events WHERE profile_id = ?"), {profileId}); !st)
        return Result<qint64>(st);
    q.next();
    return q.value(0).toLongLong();
}

} // namespace lx::store
