<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was inserted after the last recorded entry (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries #%1 to #%2 were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was inserted; the entries after it were renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry before #%1 was deleted; the entries after it were renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was inserted; entry #%2 chains past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was replaced; entry #%2 no longer chains to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of the log&apos;s last entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1, the last one, was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries #%1 to #%2 at the end were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>an operator name has 1 to 64 characters and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace already has operators; log in as an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong operator name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 wrong passwords until %3, or until an admin unlocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 cannot log in: its stored credentials are unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password; the account %1 is now locked for %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s) left before the account locks)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account has been disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account has an unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: a %1 may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take over and answer conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every agent&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle supervisor escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert scripts as replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the script library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit content templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run A/B experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view experiment results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view model quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train sentiment models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import and activate models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view user profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import profiles and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the knowledge graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the knowledge graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage lexicons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up and check the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 already exists; the demo workspace needs a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the admin account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the team&apos;s first logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the workspace as a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>an operator name has 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator name cannot contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last active admin cannot be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last active admin must stay an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::models::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::models::OperatorTableModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::AboutDialog</name>
    <message>
        <source>About Lingxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;灵犀 Lingxi&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator workstation for social marketing and customer service on Chinese platforms: conversation takeover and escalation queues for agents, templates and A/B tests for marketers, queues, SLAs and model quality for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::AccountWidget</name>
    <message>
        <source>Role: %1 · logged in at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your role allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::AppController</name>
    <message>
        <source>Lingxi — workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with “Open an existing workspace…”; a new workspace never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::AuditWidget</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that none was changed, deleted or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown (newest first, at most %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1   Target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log tampered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::FirstAdminDialog</name>
    <message>
        <source>Lingxi — first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no operators yet. Create the admin account: it adds the agents, marketers and supervisors who work here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create admin and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::LoginDialog</name>
    <message>
        <source>Lingxi — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Lingxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo workspace. Click a row to fill in its login; double-click to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::MainWindow</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingxi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lingxi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::OperatorsWidget</name>
    <message>
        <source>Role changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled: it can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset. Tell the operator the new password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operator in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::SettingsDialog</name>
    <message>
        <source>Workspace opened at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now open: %1. A different start-up workspace is opened the next time Lingxi starts; use Workspace ▸ Open workspace… to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::TaskProgressWidget</name>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Lingxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingxi keeps everything — operators, conversations, templates, models and the audit log — in one workspace file on this computer. Choose how to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate file with one operator per role; its logins are shown on the login screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lx::ui::WorkspaceWidget</name>
    <message>
        <source>Back up the workspace to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity and foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity ok, foreign keys ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
