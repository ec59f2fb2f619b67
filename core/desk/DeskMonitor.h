#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace lx::auth {
class AuthService;
}

namespace lx::desk {

// What one pass of the monitor did.
struct MonitorPass
{
    int breached = 0;  // conversations sent to the supervisors (first reply or callback deadline)
    int warned = 0;    // imminent-breach alerts raised
    int requeued = 0;  // taken back from agents who did not answer in time
    int assigned = 0;  // queued conversations given to free agents
    bool ranHere = false; // false: another process holds the workspace's monitor lock
    bool changed() const { return breached + warned + requeued + assigned > 0; }
};

// The desk's housekeeping, once per workspace whichever panels are open: SLA clocks (breach to
// the supervisors, imminent-breach alerts, conversations back from agents who did not answer)
// and automatic assignment of queued conversations to free agents. Owned by the application
// (the workstation after login, `lingxi-cli desk monitor`, later the gateway), never by a panel.
//
// Passes run on the monitor's own thread every interval. Across processes one monitor works a
// workspace file at a time: the one holding the lock file beside it (a process that dies leaves
// a stale lock that the next one takes over). The monitor also watches the workspace for commits
// from any connection and says so in one batched signal, so that queues re-read without polling.
class DeskMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskMonitor)

public:
    static constexpr int kDefaultInterval_ms = 2000;

    explicit DeskMonitor(auth::AuthService& auth, QObject* parent = nullptr);
    ~DeskMonitor() override;

    void start(int interval_ms = kDefaultInterval_ms);
    void stop();
    bool isRunning() const;

    // One pass on the calling thread (tests and `desk monitor --once`); takes the lock if it can.
    Result<MonitorPass> runOnce();

Q_SIGNALS:
    // After a pass that changed something, or when any connection committed to the workspace;
    // at most once a pass.
    void changed();
    void passed(int breached, int warned, int requeued, int assigned);
    // A pass failed; repeated failures with the same reason are reported once until a pass succeeds.
    void failed(const QString& reason);

private:
    class Worker;
    auth::AuthService& m_auth;
    std::unique_ptr<class QThread> m_thread;
    Worker* m_worker = nullptr;
};

} // namespace lx::desk
