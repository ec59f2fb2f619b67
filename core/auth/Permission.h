#pragma once

#include "auth/Role.h"

#include <QList>
#include <QString>

namespace lx::auth {

// Everything a service call may need permission for. Each later module adds its own.
enum class Permission {
    ChangeOwnPassword,
    HandleConversations,     // take over, reply, hand back
    ViewAllQueues,           // every agent's queue, SLA overview
    HandleEscalations,       // third-strike supervisor queue
    UseScripts,              // insert canned replies
    EditScripts,             // write the script library
    ViewTemplates,           // read content templates
    EditTemplates,           // write content templates
    RunExperiments,          // create, start and stop A/B tests
    OverrideQualityGate,     // let a blocked template or script version out, with a reason
    ViewExperiments,
    ViewDashboard,
    ViewModelQuality,
    TrainModels,
    ManageModels,            // activate the model the workstation uses
    ViewProfiles,
    ImportData,              // profiles, events
    ExportPersonalData,      // PIPL access / portability requests
    DeletePersonalData,      // PIPL erasure, retention
    WithdrawConsent,         // record a user's withdrawal of consent (takes effect at once)
    ViewGraph,
    EditGraph,
    ManageLexicons,
    ManageOperators,
    ViewAudit,
    ManageWorkspace,         // backup, check, workspace-wide settings
};

// The one permission matrix: which role may do what. Services ask it, never the UI alone.
class PermissionMatrix final
{
public:
    PermissionMatrix() = delete;
    static bool allows(Role role, Permission permission);
    static QList<Permission> permissionsOf(Role role);
    static QList<Permission> all();
    // Stable key for logs, the CLI and the audit trail, e.g. "manage_operators".
    static QString key(Permission permission);
};

} // namespace lx::auth
