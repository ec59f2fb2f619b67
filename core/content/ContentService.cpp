#include "content/ContentService.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "content/ContentLibrary.h"
#include "content/TemplateRenderer.h"
#include "store/ContentTable.h"
#include "store/SettingsTable.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace lx::content {

namespace {

ContentItem fromRow(const store::ContentItemRow& r)
{
    ContentItem i;
    i.id = r.id;
    i.kind = r.kind == QLatin1String("script") ? ContentKind::Script : ContentKind::Template;
    i.group = r.group;
    i.platform = r.platform;
    i.name = r.name;
    i.builtinId = r.builtinId;
    i.version = r.latestVersion;
    i.body = r.latestBody;
    i.author = r.latestAuthor;
    i.time_ms = r.latestMs;
    return i;
}

auth::Permission readPermission(ContentKind k)
{
    return k == ContentKind::Template ? auth::Permission::ViewTemplates : auth::Permission::UseScripts;
}

auth::Permission editPermission(ContentKind k)
{
    return k == ContentKind::Template ? auth::Permission::EditTemplates : auth::Permission::EditScripts;
}

const QString kSeededKey = QStringLiteral("content.library_seeded");

} // namespace

ContentService::ContentService(auth::AuthService& auth) : m_auth(auth)
{
}

QString ContentService::kindKey(ContentKind kind)
{
    return kind == ContentKind::Template ? QStringLiteral("template") : QStringLiteral("script");
}

Status ContentService::ensureLibrary() const
{
    QSqlDatabase rdb = m_auth.workspace().reader();
    auto seeded = store::SettingsTable::value(rdb, kSeededKey);
    if (!seeded)
        return seeded.status();
    if (seeded.value() == QLatin1String("1"))
        return Status::success();
    const QList<LibraryItem> library = ContentLibrary::builtin();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [library, now](QSqlDatabase& db) -> Result<QVariant> {
            auto again = store::SettingsTable::value(db, kSeededKey);
            if (again && again.value() == QLatin1String("1"))
                return QVariant();
            int added = 0;
            for (const LibraryItem& li : library) {
                auto has = store::ContentTable::hasBuiltin(db, li.id);
                if (!has)
                    return Result<QVariant>(has.status());
                if (has.value())
                    continue;
                store::ContentItemRow row;
                row.kind = li.kind;
                row.group = li.group;
                row.name = li.name;
                row.builtinId = li.id;
                row.createdMs = now;
                auto id = store::ContentTable::insertItem(db, row);
                if (!id)
                    return Result<QVariant>(id.status());
                auto v = store::ContentTable::addVersion(db, id.value(), li.body, QStringLiteral("lingxi"), now,
                                                         QStringLiteral("shipped library"));
                if (!v)
                    return Result<QVariant>(v.status());
                ++added;
            }
            if (auto st = store::SettingsTable::setValue(db, kSeededKey, QStringLiteral("1")); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, QStringLiteral("system"), QStringLiteral("content.seed"),
                                                            {}, QJsonObject{{QStringLiteral("items"), added}}, now));
        },
        store::Durability::Full);
    return r.status();
}

Result<ContentItem> ContentService::load(qint64 itemId) const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto row = store::ContentTable::item(db, itemId);
    if (!row)
        return Result<ContentItem>(row.status());
    if (!row.value())
        return Result<ContentItem>::failure(tr("no such template or script"));
    return fromRow(*row.value());
}

Result<QList<ContentItem>> ContentService::list(const auth::Session& actor, ContentKind kind) const
{
    if (auto st = m_auth.require(actor, readPermission(kind), kindKey(kind) + QStringLiteral(".read")); !st)
        return Result<QList<ContentItem>>(st);
    if (auto st = ensureLibrary(); !st)
        return Result<QList<ContentItem>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ContentTable::items(db, kindKey(kind));
    if (!rows)
        return Result<QList<ContentItem>>(rows.status());
    QList<ContentItem> out;
    for (const auto& r : rows.value())
        out.append(fromRow(r));
    return out;
}

Result<ContentItem> ContentService::create(const auth::Session& actor, ContentKind kind, const QString& group,
                                           const QString& platform, const QString& name, const QString& body)
{
    const QString n = name.trimmed();
    if (auto st = m_auth.require(actor, editPermission(kind), kindKey(kind) + QStringLiteral(".create"), n); !st)
        return Result<ContentItem>(st);
    if (n.isEmpty())
        return Result<ContentItem>::failure(tr("a name is needed"));
    if (auto uses = TemplateRenderer::variables(body); !uses)
        return Result<ContentItem>(uses.status());
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    store::ContentItemRow row;
    row.kind = kindKey(kind);
    row.group = group.trimmed();
    row.platform = platform.trimmed();
    row.name = n;
    row.createdMs = now;
    auto id = m_auth.workspace().writer().runSync(
        [row, body, now, actorName](QSqlDatabase& db) -> Result<QVariant> {
            auto newId = store::ContentTable::insertItem(db, row);
            if (!newId)
                return Result<QVariant>(newId.status());
            auto v = store::ContentTable::addVersion(db, newId.value(), body, actorName, now, QString());
            if (!v)
                return Result<QVariant>(v.status());
            auto st = audit::AuditLog::append(db, actorName, row.kind + QStringLiteral(".create"),
                                              row.kind + QLatin1Char('/') + QString::number(newId.value()),
                                              QJsonObject{{QStringLiteral("name"), row.name}}, now);
            if (!st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<ContentItem>(id.status());
    return load(id.value().toLongLong());
}

Result<ContentItem> ContentService::save(const auth::Session& actor, qint64 itemId, const QString& body,
                                         const QString& note)
{
    auto current = load(itemId);
    if (!current)
        return current;
    const ContentKind kind = current.value().kind;
    const QString target = kindKey(kind) + QLatin1Char('/') + QString::number(itemId);
    if (auto st = m_auth.require(actor, editPermission(kind), kindKey(kind) + QStringLiteral(".save"), target); !st)
        return Result<ContentItem>(st);
    if (auto uses = TemplateRenderer::variables(body); !uses)
        return Result<ContentItem>(uses.status());
    if (body == current.value().body)
        return current;
    const qint64 now = m_auth.nowMs();
    const QString actorName = actor.name();
    const QString action = kindKey(kind) + QStringLiteral(".save");
    auto saved = m_auth.workspace().writer().runSync(
        [=](QSqlDatabase& db) -> Result<QVariant> {
            auto v = store::ContentTable::addVersion(db, itemId, body, actorName, now, note);
            if (!v)
                return Result<QVariant>(v.status());
            auto st = audit::AuditLog::append(db, actorName, action, target,
                                              QJsonObject{{QStringLiteral("version"), v.value()}}, now);
            if (!st)
                return Result<QVariant>(st);
            return QVariant(v.value());
        },
        store::Durability::Full);
    if (!saved)
        return Result<ContentItem>(saved.status());
    return load(itemId);
}

Result<QList<ContentVersion>> ContentService::versions(const auth::Session& actor, qint64 itemId) const
{
    auto current = load(itemId);
    if (!current)
        return Result<QList<ContentVersion>>(current.status());
    if (auto st = m_auth.require(actor, readPermission(current.value().kind),
                                 kindKey(current.value().kind) + QStringLiteral(".read"));
        !st)
        return Result<QList<ContentVersion>>(st);
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ContentTable::versions(db, itemId);
    if (!rows)
        return Result<QList<ContentVersion>>(rows.status());
    QList<ContentVersion> out;
    for (const auto& r : rows.value())
        out.append(ContentVersion{r.version, r.body, r.author, r.timeMs, r.note});
    return out;
}

QList<DiffLine> ContentService::diff(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const int n = int(a.size());
    const int m = int(b.size());
    // lcs[i][j] = length of the LCS of a[i..] and b[j..]
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    }
    QList<DiffLine> out;
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            out.append({DiffLine::Op::Same, a.at(i)});
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            out.append({DiffLine::Op::Removed, a.at(i++)});
        } else {
            out.append({DiffLine::Op::Added, b.at(j++)});
        }
    }
    while (i < n)
        out.append({DiffLine::Op::Removed, a.at(i++)});
    while (j < m)
        out.append({DiffLine::Op::Added, b.at(j++)});
    return out;
}

} // namespace lx::content
