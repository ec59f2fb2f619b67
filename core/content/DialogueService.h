#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "content/DialogueFlow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace lx::auth {
class AuthService;
}

namespace lx::content {

struct DialogueSettings
{
    QList<DialogueFlow> flows;
    QString botFlow;     // id of the flow the desk's bot follows; empty: the bot answers from the scripts
    bool shipped = true; // the flows are still the ones Lingxi ships
};

// The workspace's three-round dialogue flows and which one the desk's bot follows. Marketers and
// supervisors (edit scripts) change them; every save is checked whole and audited.
class DialogueService final
{
    Q_DECLARE_TR_FUNCTIONS(DialogueService)

public:
    explicit DialogueService(auth::AuthService& auth);

    Result<DialogueSettings> settings(const auth::Session& actor) const;
    Status save(const auth::Session& actor, const QList<DialogueFlow>& flows, const QString& botFlow);

    // For the desk, inside its own transaction: the flow the bot follows, if any.
    static Result<std::optional<DialogueFlow>> botFlow(QSqlDatabase& db);

private:
    static Result<DialogueSettings> read(QSqlDatabase& db);
    auth::AuthService& m_auth;
};

} // namespace lx::content
