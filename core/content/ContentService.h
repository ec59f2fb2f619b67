#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace lx::auth {
class AuthService;
}

namespace lx::text {
class LexiconMatcher;
}

namespace lx::content {

struct GateVerdict;

enum class ContentKind { Template, Script };

struct ContentItem
{
    qint64 id = 0;
    ContentKind kind = ContentKind::Template;
    QString group;     // industry (templates) or scenario (scripts)
    QString platform;
    QString name;
    QString builtinId; // set for items that came from the shipped library
    QString segment;   // templates: "high_value", "high_activity", "new_user" or empty for everyone
    QStringList tags;  // templates: interest and habit tags of the users it suits
    int version = 0;   // latest
    QString body;      // latest
    QString author;    // of the latest version
    qint64 time_ms = 0;
};

struct ContentVersion
{
    int version = 0;
    QString body;
    QString author;
    qint64 time_ms = 0;
    QString note;
    QString overrideBy;     // the supervisor who let this version past the quality gate, or empty
    QString overrideReason;
    qint64 overrideMs = 0;
};

// The template the matcher picks for one user in one industry, and why.
struct TemplatePick
{
    ContentItem item;
    QString explanation;    // "chosen because …"
    QString reference;      // the user's pseudonymous reference, never the id in clear
    QString valueTier;      // "high_value", "high_activity", "new_user", "other"
    QStringList tags;       // the user's tags the matcher saw (none without consent to profiling)
    QStringList sharedTags;
    bool personalised = false; // false: no consent to profiling, so the template for everyone
    QString audience;       // {目标人群} for this user, in the content's language ("25-34岁一线城市的白领")
};

struct DiffLine
{
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QString text;
};

// Templates and scripts in the workspace. Every edit is a new version with who and when, in the
// audit log; marketers edit templates, marketers and supervisors edit scripts, the others read.
// A new workspace gets the shipped library on first use.
class ContentService final
{
    Q_DECLARE_TR_FUNCTIONS(ContentService)

public:
    explicit ContentService(auth::AuthService& auth);

    static QString kindKey(ContentKind kind);

    Result<QList<ContentItem>> list(const auth::Session& actor, ContentKind kind) const;
    Result<ContentItem> create(const auth::Session& actor, ContentKind kind, const QString& group,
                               const QString& platform, const QString& name, const QString& body);
    // Saves body as the next version (unchanged text saves nothing and returns the item as is).
    // A version the quality gate blocks is still saved, as a draft: the audit entry lists what
    // blocks it, and nothing uses it until it is fixed or a supervisor overrides the gate.
    Result<ContentItem> save(const auth::Session& actor, qint64 itemId, const QString& body, const QString& note = {});
    Result<QList<ContentVersion>> versions(const auth::Session& actor, qint64 itemId) const;
    // Whom a template is for: its platform, segment and tags (audited, not a new version).
    Result<ContentItem> setAudience(const auth::Session& actor, qint64 itemId, const QString& platform,
                                    const QString& segment, const QStringList& tags);
    // The template for a user (PLATFORM:PLATFORM_USER_ID) in an industry: segment first (high value
    // over high activity over new user), then shared tags, then the smaller id. Users without consent
    // to profiling get the template written for everyone and no personal values.
    Result<TemplatePick> chooseFor(const auth::Session& actor, const QString& user, const QString& industry) const;
    // {目标人群} in Chinese from the layers (keys of profiles::Layers); empty when none is known.
    static QString audiencePhrase(const QString& ageBand, const QString& cityTier, const QString& occupation);

    // The quality gate's verdict on a stored version (0: the latest) and any override of it.
    Result<GateVerdict> verdict(const auth::Session& actor, qint64 itemId, int version = 0) const;
    // The verdicts on the latest version of every item of a kind, by item id.
    Result<QHash<qint64, GateVerdict>> verdicts(const auth::Session& actor, ContentKind kind) const;
    // A supervisor lets a blocked version out with a reason (audited with what blocked it).
    // Invalid without a reason or for a version the gate does not block.
    Result<GateVerdict> overrideGate(const auth::Session& actor, qint64 itemId, int version, const QString& reason);
    // For the services that use content (experiments, sends): success, or ErrorCode::Blocked with
    // what blocks the version. WHAT names the use in the message ("variant B").
    Status requireUsable(qint64 itemId, int version, const QString& what) const;

    // Line diff from `before` to `after` (longest common subsequence).
    static QList<DiffLine> diff(const QString& before, const QString& after);

    // Writes the shipped library into the workspace once (list() calls it); for services that
    // refer to library items by number before anyone has listed them.
    Status ensureLibrary() const;

private:
    Result<ContentItem> load(qint64 itemId) const;
    Result<GateVerdict> verdictOf(const ContentItem& item, int version, const text::LexiconMatcher& compliance) const;
    Result<std::shared_ptr<text::LexiconMatcher>> complianceMatcher() const;
    // The item for a change named VERB ("save", "audience"), once the actor may edit its kind;
    // the audit target ("template/12") comes with it.
    Result<std::pair<ContentItem, QString>> loadForEdit(const auth::Session& actor, qint64 itemId, const QString& verb) const;

    auth::AuthService& m_auth;
};

} // namespace lx::content
