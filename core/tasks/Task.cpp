#include "tasks/Task.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace lx::tasks {

namespace {
constexpr qint64 kProgressInterval_ms = 50;
}

Task::Task(QString title, Work work, QObject* parent) : QObject(parent), m_title(std::move(title)), m_work(std::move(work))
{
}

Task::~Task()
{
    abort();
    wait();
}

Task::State Task::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QString Task::statusText() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

QString Task::failureReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

qint64 Task::progressCurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

qint64 Task::progressTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

bool Task::isFinished() const
{
    return m_future.isFinished() && state() != State::Pending && state() != State::Running;
}

void Task::start()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state != State::Pending)
            return;
        m_state = State::Running;
    }
    m_future = QtConcurrent::run([this] { execute(); });
}

void Task::wait()
{
    m_future.waitForFinished(); // a task never started has an empty future: returns at once
}

void Task::abort()
{
    m_aborted.store(true);
}

void Task::setProgress(qint64 current, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        m_current = current;
        m_total = total;
        // Throttled: a task reporting every row must not flood the GUI's event queue.
        if (current < total && now - m_lastEmit_ms < kProgressInterval_ms)
            return;
        m_lastEmit_ms = now;
    }
    Q_EMIT progressChanged(current, total);
}

void Task::setStatus(const QString& text)
{
    {
        QMutexLocker lock(&m_mutex);
        m_status = text;
    }
    Q_EMIT statusChanged(text);
}

void Task::execute()
{
    Status result = m_work ? m_work(*this) : Status::failure(QStringLiteral("nothing to do"));
    State final = result ? State::Succeeded : (isAborted() ? State::Aborted : State::Failed);
    {
        QMutexLocker lock(&m_mutex);
        m_state = final;
        m_failure = result ? QString() : result.error();
    }
    Q_EMIT progressChanged(m_current, m_total);
    if (final == State::Succeeded)
        Q_EMIT succeeded();
    else if (final == State::Aborted)
        Q_EMIT aborted();
    else
        Q_EMIT failed(result.error());
    Q_EMIT finished();
}

} // namespace lx::tasks
