#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "profiles/ProfileImporter.h"
#include "profiles/Pseudonymizer.h"
#include "profiles/Segment.h"
#include "store/ProfileQuery.h"
#include "store/ProfileTable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <mutex>
#include <optional>

namespace lx::auth {
class AuthService;
}
namespace lx::tasks {
class Task;
}

namespace lx::profiles {

struct LayerValue
{
    QString dimension;
    QString value;
    QString reason;
};

struct ProfileCard
{
    store::ProfileRow profile;
    QString reference; // the pseudonymous reference the audit log uses
    QList<LayerValue> layers;
    QList<store::TagRow> tags;
    QList<store::ConsentRow> consents;
    QList<store::ConsentRow> consentHistory;
    QList<store::EventRow> events; // newest first
    qint64 eventCount = 0;
    int consentBits = 0;
    bool minor = false;

    QJsonObject toJson() const;
};

struct FunnelStep
{
    QString type;
    qint64 users = 0;
    double rateFromPrevious = 0; // share of the previous step's users
    double rateFromFirst = 0;
};

struct FunnelResult
{
    QList<FunnelStep> steps;
    qint64 fromMs = 0, toMs = 0, windowMs = 0;
    QString segment;
    QJsonObject toJson() const;
};

struct PurgeReport
{
    qint64 candidates = 0;
    qint64 deleted = 0;
    int retentionDays = 0;
    qint64 cutoffMs = 0;
};

// The profile store behind the Profiles panel and the CLI: permission checks first, audit for
// everything that touches personal data, pseudonyms (never identifiers) in the audit trail.
//  - marketers, supervisors, admins: aggregates and masked lists (view_profiles);
//  - agents: no browsing; the desk shows them the card of a user in their conversation;
//  - export of a person's data: supervisor or admin; erasure and retention purge: admin.
class ProfileService final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)

public:
    explicit ProfileService(auth::AuthService& auth);

    Result<ImportReport> importProfiles(const auth::Session& actor, const QString& path, ImportOptions options,
                                        tasks::Task* task = nullptr);
    Result<ImportReport> importEvents(const auth::Session& actor, const QString& path, ImportOptions options,
                                      tasks::Task* task = nullptr);
    Result<qint64> retag(const auth::Session& actor, const QList<qint64>& ids = {}, tasks::Task* task = nullptr);

    // "PLATFORM:PLATFORM_USER_ID" → (platform, id).
    static Result<QPair<QString, QString>> parseUser(const QString& user);

    Result<ProfileCard> card(const auth::Session& actor, const QString& platform, const QString& platformUserId, int events = 200);
    Result<ProfileCard> card(const auth::Session& actor, qint64 profileId, int events = 200);
    Result<qint64> count(const auth::Session& actor, const Segment& segment) const;
    Result<QList<store::ProfileListRow>> page(const auth::Session& actor, const Segment& segment, qint64 offset, int limit) const;
    Result<QList<qint64>> breakdown(const auth::Session& actor, const Segment& segment, const QString& dimension) const;
    Result<QStringList> tags(const auth::Session& actor) const;

    static Result<QList<int>> funnelSteps(const QStringList& types);
    // The usual funnels and their conversion windows: marketing 7 days, content 1 day, function 30 days.
    static QList<QPair<QString, QStringList>> standardFunnels();
    static qint64 defaultWindowMs(const QStringList& steps);
    Result<FunnelResult> funnel(const auth::Session& actor, const QStringList& steps, qint64 fromMs, qint64 toMs,
                                qint64 windowMs, const Segment& segment) const;

    // Consent: withdrawal is one call and takes effect at once; a grant must come from the user
    // (an import of their recorded consent), so operators can only withdraw.
    Status withdrawConsent(const auth::Session& actor, const QString& platform, const QString& platformUserId,
                           const QString& purpose, const QString& source);

    // The tagging rules and the city table a workspace uses (shipped, or its own), and their
    // replacement: checked as a whole (line numbers for bad rows), audited, then every user is
    // re-tagged. Replacing them is import_data.
    Result<QJsonObject> rules(const auth::Session& actor) const;
    Result<QByteArray> cityTable(const auth::Session& actor) const;
    Status setRules(const auth::Session& actor, const QByteArray& json);
    Status setCityTable(const auth::Session& actor, const QByteArray& csv);

    Result<QJsonObject> exportUser(const auth::Session& actor, const QString& platform, const QString& platformUserId);
    Status deleteUser(const auth::Session& actor, const QString& platform, const QString& platformUserId);
    Result<PurgeReport> purge(const auth::Session& actor, bool dryRun);
    Result<int> retentionDays() const;
    Status setRetentionDays(const auth::Session& actor, int days);

private:
    using Importer = Result<ImportReport> (*)(store::Workspace&, const QString&, const ImportOptions&, tasks::Task*);
    Result<ImportReport> runImport(const auth::Session& actor, const QString& action, const QString& path,
                                   ImportOptions options, tasks::Task* task, Importer importer);
    // Loaded on first use: reading it touches the keyring file.
    Result<Pseudonymizer> pseudonymizer() const;
    // Every profile's city tier again, from the workspace's city table.
    Status relayer();
    Result<store::ProfileRow> findProfile(const QString& platform, const QString& platformUserId) const;
    Result<ProfileCard> buildCard(const store::ProfileRow& row, int events) const;

    auth::AuthService& m_auth;
    mutable std::mutex m_pseudonymizerMutex; // panels call from pool threads
    mutable std::optional<Pseudonymizer> m_pseudonymizer;
};

} // namespace lx::profiles
