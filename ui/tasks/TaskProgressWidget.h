#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;

namespace lx::tasks {
class Task;
class TaskRunner;
}

namespace lx::ui {

// The one place any task is shown: a row per running task in the status bar, with its title,
// status line, progress and a cancel button; the outcome stays visible for a few seconds.
class TaskProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressWidget)

public:
    explicit TaskProgressWidget(tasks::TaskRunner& runner, QWidget* parent = nullptr);
    int visibleTaskCount() const { return int(m_rows.size()); }

private:
    void addTask(tasks::Task* task);
    void removeTask(tasks::Task* task);

    QHBoxLayout* m_layout = nullptr;
    QHash<tasks::Task*, QWidget*> m_rows;
};

} // namespace lx::ui
