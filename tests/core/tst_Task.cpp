#include "tasks/Task.h"
#include "tasks/TaskRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using lx::Status;
using lx::tasks::Task;
using lx::tasks::TaskRunner;

class tst_Task : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void succeedsWithProgress()
    {
        Task task(QStringLiteral("count"), [](Task& t) {
            for (int i = 1; i <= 100; ++i)
                t.setProgress(i, 100);
            t.setStatus(QStringLiteral("counted"));
            return Status::success();
        });
        QSignalSpy done(&task, &Task::succeeded);
        QSignalSpy progress(&task, &Task::progressChanged);
        task.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        QCOMPARE(task.state(), Task::State::Succeeded);
        QCOMPARE(task.progressCurrent(), 100);
        QCOMPARE(task.statusText(), QStringLiteral("counted"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 100); // the final value always arrives
    }

    void failureCarriesTheReason()
    {
        Task task(QStringLiteral("fail"), [](Task&) { return Status::failure(QStringLiteral("disk full")); });
        QSignalSpy failed(&task, &Task::failed);
        task.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("disk full"));
        QCOMPARE(task.state(), Task::State::Failed);
    }

    void abortStopsTheWork()
    {
        std::atomic<int> steps{0};
        Task task(QStringLiteral("long"), [&steps](Task& t) {
            while (!t.isAborted()) {
                ++steps;
                QThread::msleep(2);
            }
            return Status::failure(QStringLiteral("cancelled"));
        });
        QSignalSpy aborted(&task, &Task::aborted);
        task.start();
        QTRY_VERIFY(steps.load() > 3);
        task.abort();
        QTRY_COMPARE_WITH_TIMEOUT(aborted.size(), 1, 5000);
        QCOMPARE(task.state(), Task::State::Aborted);
    }

    void runnerAnnouncesAndForgets()
    {
        TaskRunner runner;
        QSignalSpy started(&runner, &TaskRunner::taskStarted);
        QSignalSpy removed(&runner, &TaskRunner::taskRemoved);
        runner.start(new Task(QStringLiteral("quick"), [](Task&) { return Status::success(); }));
        QCOMPARE(started.size(), 1);
        QCOMPARE(runner.tasks().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, TaskRunner::kKeepFinished_ms + 5000);
        QCOMPARE(runner.tasks().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Task)
#include "tst_Task.moc"
