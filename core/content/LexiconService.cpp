#include "content/LexiconService.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "common/Excerpt.h"
#include "content/DefaultLexicons.h"
#include "store/ContentTable.h"
#include "store/SettingsTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"
#include "text/LexiconMatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>

namespace lx::content {

namespace {
const QString kRevisionKey = QStringLiteral("content.lexicons_revision");
constexpr int kMaxCategory = 40;

// Every change to the lists moves the revision, inside the change's transaction.
Status bumpRevision(QSqlDatabase& db)
{
    auto rev = store::SettingsTable::value(db, kRevisionKey, QStringLiteral("0"));
    if (!rev)
        return rev.status();
    return store::SettingsTable::setValue(db, kRevisionKey, QString::number(rev.value().toLongLong() + 1));
}
} // namespace

LexiconService::LexiconService(auth::AuthService& auth) : m_auth(auth)
{
}

Status LexiconService::checkCategory(const QString& category)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_\\-]+$"));
    if (category.isEmpty())
        return Status::failure(tr("a list needs a category name"));
    if (category.size() > kMaxCategory)
        return Status::failure(tr("a category name has at most %1 characters").arg(kMaxCategory));
    if (!allowed.match(category).hasMatch())
        return Status::failure(tr("a category name is letters, digits, '_' and '-' only, not '%1'").arg(excerpt(category)));
    return Status::success();
}

QString LexiconService::cacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("lexicons"));
}

Result<QString> LexiconService::loadInto(store::Workspace& workspace, text::LexiconMatcher& matcher, const QString& known)
{
    auto rev = revision(workspace);
    if (!rev)
        return rev;
    if (matcher.isLoaded() && rev.value() == known)
        return known;
    auto lists = active(workspace);
    if (!lists)
        return Result<QString>(lists.status());
    if (auto loaded = matcher.load(lists.value().lists, lists.value().allow, cacheDir()); !loaded)
        return Result<QString>(loaded.status());
    return lists.value().revision;
}

Result<QString> LexiconService::revision(store::Workspace& workspace)
{
    QSqlDatabase db = workspace.reader();
    return store::SettingsTable::value(db, kRevisionKey, QStringLiteral("0"));
}

Result<ActiveLexicons> LexiconService::active(store::Workspace& workspace)
{
    QSqlDatabase db = workspace.reader();
    auto rev = store::SettingsTable::value(db, kRevisionKey, QStringLiteral("0"));
    auto rows = store::ContentTable::lexicons(db, true);
    if (!rev || !rows)
        return Result<ActiveLexicons>::failure(tr("cannot read the workspace's lexicons: %1").arg(!rev ? rev.error() : rows.error()));
    ActiveLexicons out;
    out.revision = rev.value();
    out.lists = DefaultLexicons::load();
    out.allow = DefaultLexicons::allowList().words;
    for (const auto& r : rows.value()) {
        QStringList words = r.words.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // A list stored before entries were checked may hold one that no word could be: it is
        // left out here, so that it can never break matching for everyone.
        words.removeIf([](const QString& w) { return !text::LexiconFile::entryProblem(w).isEmpty(); });
        if (r.allow) {
            out.allow += words;
        } else {
            text::LexiconFile lf;
            lf.path = QStringLiteral("workspace:%1").arg(r.category);
            lf.category = r.category;
            lf.words = words;
            out.lists.append(lf);
        }
    }
    return out;
}

Result<QList<LexiconInfo>> LexiconService::list(const auth::Session& actor) const
{
    if (auto st = m_auth.require(actor, auth::Permission::ManageLexicons, QStringLiteral("lexicon.list")); !st)
        return Result<QList<LexiconInfo>>(st);
    QList<LexiconInfo> out;
    for (const text::LexiconFile& lf : DefaultLexicons::load())
        out.append(LexiconInfo{lf.category, false, true, int(lf.words.size()), QFileInfo(lf.path).fileName(), QStringLiteral("lingxi"), 0});
    const text::LexiconFile allow = DefaultLexicons::allowList();
    out.append(LexiconInfo{allow.category, true, true, int(allow.words.size()), QFileInfo(allow.path).fileName(), QStringLiteral("lingxi"), 0});
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ContentTable::lexicons(db, false);
    if (!rows)
        return Result<QList<LexiconInfo>>(rows.status());
    for (const auto& r : rows.value())
        out.append(LexiconInfo{r.category, r.allow, false, r.wordCount, r.source, r.addedBy, r.timeMs});
    return out;
}

Result<LexiconAddReport> LexiconService::add(const auth::Session& actor, const QString& category, const QByteArray& bytes,
                                             const QString& source, bool allow)
{
    const QString cat = category.trimmed();
    if (auto st = m_auth.require(actor, auth::Permission::ManageLexicons, QStringLiteral("lexicon.add"), cat); !st)
        return Result<LexiconAddReport>(st);
    if (auto st = checkCategory(cat); !st)
        return Result<LexiconAddReport>(st);
    const text::LexiconFile parsed = text::LexiconFile::parse(bytes, cat);
    if (parsed.words.isEmpty()) {
        QString why = tr("%1 holds no usable word; nothing was changed").arg(excerpt(source.isEmpty() ? cat : source));
        if (!parsed.issues.isEmpty())
            why += QStringLiteral(" (") + tr("line %1: %2").arg(parsed.issues.first().line).arg(parsed.issues.first().reason)
                + QLatin1Char(')');
        return Result<LexiconAddReport>::failure(why);
    }
    LexiconAddReport report;
    report.info = LexiconInfo{cat, allow, false, int(parsed.words.size()), QFileInfo(source).fileName(), actor.name(), m_auth.nowMs()};
    report.issues = parsed.issues;
    report.duplicates = parsed.duplicates;

    store::ContentTable::LexiconRow row{cat, allow, parsed.words.join(QLatin1Char('\n')), int(parsed.words.size()),
                                        report.info.source, report.info.addedBy, report.info.timeMs};
    const QJsonObject details{{QStringLiteral("words"), row.wordCount},
                              {QStringLiteral("allow"), allow},
                              {QStringLiteral("bad_lines"), int(parsed.issues.size())},
                              {QStringLiteral("source"), row.source}};
    auto done = m_auth.workspace().writer().runSync(
        [row, details](QSqlDatabase& db) -> Result<QVariant> {
            auto existing = store::ContentTable::lexicons(db, false);
            if (!existing)
                return Result<QVariant>(existing.status());
            bool replaced = false;
            for (const auto& e : existing.value()) {
                if (e.category == row.category) {
                    if (e.allow != row.allow)
                        return Result<QVariant>::failure(
                            e.allow ? tr("'%1' is the name of an allow-list; pick another name").arg(excerpt(row.category))
                                    : tr("'%1' is the name of a word list; pick another name").arg(excerpt(row.category)));
                    replaced = true;
                }
            }
            if (auto st = store::ContentTable::putLexicon(db, row); !st)
                return Result<QVariant>(st);
            if (auto st = bumpRevision(db); !st)
                return Result<QVariant>(st);
            if (auto st = audit::AuditLog::append(db, row.addedBy,
                                                  replaced ? QStringLiteral("lexicon.replace") : QStringLiteral("lexicon.add"),
                                                  QStringLiteral("lexicon/") + row.category, details, row.timeMs);
                !st)
                return Result<QVariant>(st);
            return QVariant(replaced);
        },
        store::Durability::Full);
    if (!done)
        return Result<LexiconAddReport>(done.status());
    report.replaced = done.value().toBool();
    return report;
}

Status LexiconService::remove(const auth::Session& actor, const QString& category)
{
    if (auto st = m_auth.require(actor, auth::Permission::ManageLexicons, QStringLiteral("lexicon.remove"), category); !st)
        return st;
    const QString name = actor.name();
    const qint64 now = m_auth.nowMs();
    auto done = m_auth.workspace().writer().runSync(
        [category, name, now](QSqlDatabase& db) -> Result<QVariant> {
            auto removed = store::ContentTable::removeLexicon(db, category);
            if (!removed)
                return Result<QVariant>(removed.status());
            if (!removed.value())
                return Result<QVariant>::failure(tr("the workspace has no list '%1' (shipped lists cannot be removed)").arg(excerpt(category)));
            if (auto st = bumpRevision(db); !st)
                return Result<QVariant>(st);
            return store::jobResult(audit::AuditLog::append(db, name, QStringLiteral("lexicon.remove"),
                                                            QStringLiteral("lexicon/") + category, {}, now));
        },
        store::Durability::Full);
    return done.status();
}

} // namespace lx::content
