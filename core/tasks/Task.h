#pragma once

#include "common/Result.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace lx::tasks {

// A unit of long-running work with progress, a status line, cancel, and success or a failure
// reason. Its work runs on a pool thread; its signals reach the GUI queued. The status bar shows
// every task the same way, whatever it does.
class Task final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Task)

public:
    enum class State { Pending, Running, Succeeded, Failed, Aborted };

    // The work gets the task to report progress and to poll isAborted().
    using Work = std::function<Status(Task& task)>;

    Task(QString title, Work work, QObject* parent = nullptr);
    ~Task() override;

    QString title() const { return m_title; }
    State state() const;
    QString statusText() const;
    QString failureReason() const;
    qint64 progressCurrent() const;
    qint64 progressTotal() const;
    bool isFinished() const;

    // Runs the work on the global thread pool; a task runs once.
    void start();
    // Blocks until finished: for the CLI and tests only.
    void wait();

    void abort();
    bool isAborted() const { return m_aborted.load(); }

    // Called from the work function (any thread).
    void setProgress(qint64 current, qint64 total);
    void setStatus(const QString& text);

Q_SIGNALS:
    void progressChanged(qint64 current, qint64 total);
    void statusChanged(const QString& text);
    void succeeded();
    void failed(const QString& reason);
    void aborted();
    void finished();

private:
    void execute();

    const QString m_title;
    Work m_work;
    mutable QMutex m_mutex;
    State m_state = State::Pending;
    QString m_status;
    QString m_failure;
    qint64 m_current = 0;
    qint64 m_total = 0;
    qint64 m_lastEmit_ms = 0;
    std::atomic<bool> m_aborted{false};
    QFuture<void> m_future;
};

} // namespace lx::tasks
