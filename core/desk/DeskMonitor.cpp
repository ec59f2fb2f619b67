#include "desk/DeskMonitor.h"

#include "auth/AuthService.h"
#include "desk/DeskService.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QTimer>

namespace lx::desk {

// Lives on the monitor's thread: its timer, its lock, its read connection's commit counter.
class DeskMonitor::Worker final : public QObject
{
    Q_OBJECT

public:
    explicit Worker(auth::AuthService& auth) : m_auth(auth), m_service(auth) {}

    Result<MonitorPass> pass()
    {
        MonitorPass p;
        if (!holdLock())
            return p;
        p.ranHere = true;
        auto sla = m_service.enforceSlaNow();
        if (!sla)
            return Result<MonitorPass>(sla.status());
        p.breached = sla.value().breached;
        p.warned = sla.value().warned;
        p.requeued = sla.value().requeued;
        auto assigned = m_service.assignQueuedNow();
        if (!assigned)
            return Result<MonitorPass>(assigned.status());
        p.assigned = int(assigned.value().assigned.size());
        return p;
    }

    void tick()
    {
        auto r = pass();
        if (!r) {
            if (r.error() != m_lastError)
                Q_EMIT failed(r.error());
            m_lastError = r.error();
        } else {
            m_lastError.clear();
            if (r.value().changed())
                Q_EMIT passed(r.value().breached, r.value().warned, r.value().requeued, r.value().assigned);
        }
        // Any commit to the workspace since the last look, by this process or another.
        const qint64 version = m_auth.workspace().dataVersion();
        const bool committed = version != m_dataVersion;
        m_dataVersion = version;
        if (committed || (r && r.value().changed()))
            Q_EMIT changed();
    }

    void begin(int interval_ms)
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, &Worker::tick);
        }
        m_dataVersion = m_auth.workspace().dataVersion();
        m_timer->start(interval_ms);
        tick();
    }

    void end()
    {
        if (m_timer)
            m_timer->stop();
        m_lock.reset();
    }

Q_SIGNALS:
    void changed();
    void passed(int breached, int warned, int requeued, int assigned);
    void failed(const QString& reason);

private:
    bool holdLock()
    {
        if (m_lock && m_lock->isLocked())
            return true;
        const QString path = m_auth.workspace().path();
        if (path.isEmpty())
            return true; // nothing another process could share
        if (!m_lock) {
            m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".monitor.lock"));
            m_lock->setStaleLockTime(0); // a dead holder's lock is stale at once (checked by its pid)
        }
        return m_lock->tryLock(0);
    }

    auth::AuthService& m_auth;
    DeskService m_service;
    QTimer* m_timer = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_dataVersion = -1;
    QString m_lastError;
};

DeskMonitor::DeskMonitor(auth::AuthService& auth, QObject* parent) : QObject(parent), m_auth(auth) {}

DeskMonitor::~DeskMonitor()
{
    stop();
}

void DeskMonitor::start(int interval_ms)
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("lx-desk-monitor"));
    m_worker = new Worker(m_auth);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::changed, this, &DeskMonitor::changed);
    connect(m_worker, &Worker::passed, this, &DeskMonitor::passed);
    connect(m_worker, &Worker::failed, this, &DeskMonitor::failed);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, interval_ms] { w->begin(interval_ms); });
}

void DeskMonitor::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->end(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
}

bool DeskMonitor::isRunning() const
{
    return m_thread != nullptr;
}

Result<MonitorPass> DeskMonitor::runOnce()
{
    if (m_worker) {
        Result<MonitorPass> out = MonitorPass{};
        QMetaObject::invokeMethod(m_worker, [&out, w = m_worker] { out = w->pass(); }, Qt::BlockingQueuedConnection);
        return out;
    }
    Worker once(m_auth);
    return once.pass();
}

} // namespace lx::desk

#include "DeskMonitor.moc"
