#include "tasks/TaskProgressWidget.h"

#include "tasks/TaskRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace lx::ui {

TaskProgressWidget::TaskProgressWidget(tasks::TaskRunner& runner, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("taskProgress"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    connect(&runner, &tasks::TaskRunner::taskStarted, this, &TaskProgressWidget::addTask);
    connect(&runner, &tasks::TaskRunner::taskRemoved, this, &TaskProgressWidget::removeTask);
    for (tasks::Task* t : runner.tasks())
        addTask(t);
}

void TaskProgressWidget::addTask(tasks::Task* task)
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("taskRow"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(task->title(), row);
    label->setObjectName(QStringLiteral("taskTitle"));
    auto* bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("taskBar"));
    bar->setMaximumWidth(160);
    bar->setMaximumHeight(16);
    bar->setRange(0, 0); // busy until the task reports a total
    auto* cancel = new QToolButton(row);
    cancel->setObjectName(QStringLiteral("taskCancel"));
    cancel->setText(QStringLiteral("✕"));
    cancel->setToolTip(tr("Cancel %1").arg(task->title()));
    cancel->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    m_layout->addWidget(row);
    m_rows.insert(task, row);

    connect(cancel, &QToolButton::clicked, task, [task] { task->abort(); });
    connect(task, &tasks::Task::progressChanged, bar, [bar](qint64 current, qint64 total) {
        if (total <= 0) {
            bar->setRange(0, 0);
            return;
        }
        // Scaled to per-mille so totals beyond int range still show.
        bar->setRange(0, 1000);
        bar->setValue(int(current * 1000 / total));
    });
    connect(task, &tasks::Task::statusChanged, label,
            [label, task](const QString& text) { label->setText(task->title() + QStringLiteral(": ") + text); });
    connect(task, &tasks::Task::succeeded, row, [label, bar, cancel, task] {
        bar->setRange(0, 1000);
        bar->setValue(1000);
        cancel->hide();
        label->setText(tr("%1: done").arg(task->title()));
    });
    connect(task, &tasks::Task::failed, row, [label, bar, cancel, task](const QString& reason) {
        bar->hide();
        cancel->hide();
        label->setText(tr("%1 failed: %2").arg(task->title(), reason));
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    });
    connect(task, &tasks::Task::aborted, row, [label, bar, cancel, task] {
        bar->hide();
        cancel->hide();
        label->setText(tr("%1: cancelled").arg(task->title()));
    });
}

void TaskProgressWidget::removeTask(tasks::Task* task)
{
    if (QWidget* row = m_rows.take(task))
        row->deleteLater();
}

} // namespace lx::ui
