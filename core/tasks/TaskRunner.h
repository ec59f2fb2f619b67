#pragma once

#include "tasks/Task.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace lx::tasks {

// Owns the running tasks of one window: starts them, announces them to the status bar and
// deletes them a while after they finish so their outcome stays readable.
class TaskRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;

    // Takes ownership and starts the task.
    Task* start(Task* task);
    QList<Task*> tasks() const;
    void abortAll();
    // Aborts every task and returns once none is running: call it before destroying anything
    // the tasks borrow.
    void abortAndWait();

    static constexpr int kKeepFinished_ms = 6000;

Q_SIGNALS:
    void taskStarted(lx::tasks::Task* task);
    void taskRemoved(lx::tasks::Task* task);

private:
    QList<QPointer<Task>> m_tasks;
};

} // namespace lx::tasks
