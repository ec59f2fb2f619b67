#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "text/LexiconFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::auth {
class AuthService;
}
namespace lx::store {
class Workspace;
}
namespace lx::text {
class LexiconMatcher;
}

namespace lx::content {

struct LexiconInfo
{
    QString category;
    bool allow = false;   // an allow-list: hits inside these words are not reported
    bool builtin = false; // shipped with Lingxi (read-only; a workspace list of the same category adds to it)
    int words = 0;
    QString source;       // file name it came from
    QString addedBy;
    qint64 timeMs = 0;
};

struct LexiconAddReport
{
    LexiconInfo info;
    bool replaced = false;
    int duplicates = 0;
    QList<text::LineIssue> issues; // bad lines, by number; the good ones are stored
};

// What every compliance check loads: the shipped lists, the workspace's own and its allow-list.
struct ActiveLexicons
{
    QList<text::LexiconFile> lists;
    QStringList allow;
    QString revision; // changes whenever an admin adds or removes a list
};

// The workspace's own word lists and allow-list. Admins add a list from a file (bad lines are
// reported by number and skipped; a file without one good word changes nothing) or remove one;
// every change is audited and raises the revision, so that the checks already running (the desk,
// the template editor) load the new lists at their next check while matching goes on.
class LexiconService final
{
    Q_DECLARE_TR_FUNCTIONS(LexiconService)

public:
    explicit LexiconService(auth::AuthService& auth);

    Result<QList<LexiconInfo>> list(const auth::Session& actor) const;
    Result<LexiconAddReport> add(const auth::Session& actor, const QString& category, const QByteArray& bytes,
                                 const QString& source, bool allow);
    Status remove(const auth::Session& actor, const QString& category);

    static Result<ActiveLexicons> active(store::Workspace& workspace);
    // Where compiled databases are kept between runs (keyed by a hash of the lists), so that a
    // large list compiles once, not at every start.
    static QString cacheDir();
    // Loads the workspace's active lists into MATCHER unless it already holds revision KNOWN;
    // returns the revision it holds afterwards. The matcher swaps atomically, so checks running
    // on other threads go on with the old lists meanwhile.
    static Result<QString> loadInto(store::Workspace& workspace, text::LexiconMatcher& matcher, const QString& known = {});
    static Result<QString> revision(store::Workspace& workspace);
    static Status checkCategory(const QString& category);

private:
    auth::AuthService& m_auth;
};

} // namespace lx::content
