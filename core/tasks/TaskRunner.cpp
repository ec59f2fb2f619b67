#include "tasks/TaskRunner.h"

#include <QTimer>

namespace lx::tasks {

TaskRunner::TaskRunner(QObject* parent) : QObject(parent)
{
}

TaskRunner::~TaskRunner()
{
    abortAndWait();
}

void TaskRunner::abortAndWait()
{
    abortAll();
    for (const auto& t : std::as_const(m_tasks)) {
        if (t)
            t->wait();
    }
}

Task* TaskRunner::start(Task* task)
{
    task->setParent(this);
    m_tasks.append(task);
    connect(task, &Task::finished, this, [this, task] {
        QTimer::singleShot(kKeepFinished_ms, this, [this, task] {
            m_tasks.removeAll(task);
            Q_EMIT taskRemoved(task);
            task->deleteLater();
        });
    });
    Q_EMIT taskStarted(task);
    task->start();
    return task;
}

QList<Task*> TaskRunner::tasks() const
{
    QList<Task*> out;
    for (const auto& t : m_tasks) {
        if (t)
            out.append(t.data());
    }
    return out;
}

void TaskRunner::abortAll()
{
    for (const auto& t : std::as_const(m_tasks)) {
        if (t)
            t->abort();
    }
}

} // namespace lx::tasks
