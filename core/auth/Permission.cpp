#include "auth/Permission.h"

#include <QHash>

namespace lx::auth {

namespace {

struct Entry
{
    Permission permission;
    const char* key;
    bool agent, marketer, supervisor, admin;
};

// clang-format off
constexpr Entry kMatrix[] = {
    //                                                          agent  marketer supervisor admin
    {Permission::ChangeOwnPassword,  "change_own_password",     true,  true,    true,      true},
    {Permission::HandleConversations,"handle_conversations",    true,  false,   true,      false},
    {Permission::ViewAllQueues,      "view_all_queues",         false, false,   true,      false},
    {Permission::HandleEscalations,  "handle_escalations",      false, false,   true,      false},
    {Permission::UseScripts,         "use_scripts",             true,  true,    true,      false},
    {Permission::EditScripts,        "edit_scripts",            false, true,    true,      false},
    {Permission::ViewTemplates,      "view_templates",          false, true,    true,      false},
    {Permission::EditTemplates,      "edit_templates",          false, true,    false,     false},
    {Permission::RunExperiments,     "run_experiments",         false, true,    false,     false},
    {Permission::OverrideQualityGate,"override_quality_gate",   false, false,   true,      false},
    {Permission::ViewExperiments,    "view_experiments",        false, true,    true,      false},
    {Permission::ViewDashboard,      "view_dashboard",          false, false,   true,      true},
    {Permission::ViewModelQuality,   "view_model_quality",      false, false,   true,      true},
    {Permission::TrainModels,        "train_models",            false, true,    true,      true},
    {Permission::ManageModels,       "manage_models",           false, false,   true,      true},
    {Permission::ViewProfiles,       "view_profiles",           false, true,    true,      true},
    {Permission::ImportData,         "import_data",             false, true,    false,     true},
    {Permission::ExportPersonalData, "export_personal_data",    false, false,   true,      true},
    {Permission::WithdrawConsent,    "withdraw_consent",        true,  true,    true,      true},
    {Permission::DeletePersonalData, "delete_personal_data",    false, false,   false,     true},
    {Permission::ViewGraph,          "view_graph",              true,  true,    true,      false},
    {Permission::EditGraph,          "edit_graph",              false, true,    false,     false},
    {Permission::ManageLexicons,     "manage_lexicons",         false, false,   false,     true},
    {Permission::ManageOperators,    "manage_operators",        false, false,   false,     true},
    {Permission::ViewAudit,          "view_audit",              false, false,   true,      true},
    {Permission::ManageWorkspace,    "manage_workspace",        false, false,   false,     true},
};
// clang-format on

const Entry* find(Permission p)
{
    for (const Entry& e : kMatrix) {
        if (e.permission == p)
            return &e;
    }
    return nullptr;
}

} // namespace

bool PermissionMatrix::allows(Role role, Permission permission)
{
    const Entry* e = find(permission);
    if (!e)
        return false;
    switch (role) {
    case Role::Agent:
        return e->agent;
    case Role::Marketer:
        return e->marketer;
    case Role::Supervisor:
        return e->supervisor;
    case Role::Admin:
        return e->admin;
    }
    return false;
}

QList<Permission> PermissionMatrix::permissionsOf(Role role)
{
    QList<Permission> out;
    for (const Entry& e : kMatrix) {
        if (allows(role, e.permission))
            out.append(e.permission);
    }
    return out;
}

QList<Permission> PermissionMatrix::all()
{
    QList<Permission> out;
    for (const Entry& e : kMatrix)
        out.append(e.permission);
    return out;
}

QString PermissionMatrix::key(Permission permission)
{
    const Entry* e = find(permission);
    return e ? QString::fromLatin1(e->key) : QString();
}

} // namespace lx::auth
