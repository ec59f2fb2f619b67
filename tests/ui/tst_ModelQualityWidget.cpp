#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "desk/DeskService.h"
#include "quality/ModelQualityWidget.h"
#include "quality/ReviewService.h"
#include "tasks/TaskRunner.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace lx;

// Drives the real Model quality panel on the offscreen platform: an agent reviews with single
// keystrokes, a supervisor reads accuracy against the threshold.
class tst_ModelQualityWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("mq.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::optional<auth::Session> m_agent, m_supervisor;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        m_agent = m_tw.addOperator(QStringLiteral("ag"), auth::Role::Agent).value();
        m_supervisor = m_tw.addOperator(QStringLiteral("boss"), auth::Role::Supervisor).value();
        const qint64 now = desk::parseIsoTime(QStringLiteral("2026-11-28T12:00:00+08:00"), 0).value();
        m_tw.auth().setClock([now] { return now; });
        desk::DeskService desk(m_tw.auth());
        for (int i = 0; i < 12; ++i) {
            desk::InboundMessage m;
            m.conversation = QStringLiteral("q%1").arg(i);
            m.text = QStringLiteral("第 %1 条：发货有点慢").arg(i);
            m.time_ms = now - 3600 * 1000 + i * 1000;
            desk::SentimentReading r;
            r.label = QStringLiteral("negative");
            r.negative = 0.7;
            r.neutral = 0.2;
            r.positive = 0.1;
            r.confidence = 0.7;
            m.sentiment = r;
            QVERIFY(desk.ingest(*m_supervisor, m));
        }
        m_runner = std::make_unique<tasks::TaskRunner>();
    }

    void agentReviewsWithOneKeystroke()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_agent, *m_runner};
        ui::ModelQualityWidget w(ctx);
        w.show();
        QSignalSpy loaded(&w, &ui::ModelQualityWidget::loaded);
        QVERIFY(loaded.wait(10000));
        QTableWidget* queue = w.queueTable();
        QCOMPARE(queue->rowCount(), 12); // today's answers, fewer than the daily sample size
        QSignalSpy reviewed(&w, &ui::ModelQualityWidget::reviewed);
        queue->setFocus();
        QTest::keyClick(queue, Qt::Key_Return); // confirms "negative"
        QTest::keyClick(queue, Qt::Key_2);      // corrects to neutral
        QTest::keyClick(queue, Qt::Key_2);
        QTRY_COMPARE(reviewed.count(), 3);
        QCOMPARE(queue->rowCount(), 9);
        auto report = quality::ReviewService(m_tw.auth()).accuracy(*m_supervisor);
        QVERIFY(report);
        QCOMPARE(report.value().periods.size(), 1);
        QCOMPARE(report.value().periods.first().period.reviewed, 3);
        QCOMPARE(report.value().periods.first().period.correct, 1);
    }

    void supervisorSeesAccuracyAgainstTheThreshold()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_supervisor, *m_runner};
        ui::ModelQualityWidget w(ctx);
        w.show();
        QSignalSpy loaded(&w, &ui::ModelQualityWidget::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(w.report());
        auto* points = qobject_cast<QCPGraph*>(w.chart()->plottable(0));
        QVERIFY(points);
        QCOMPARE(points->data()->size(), 1);
        QVERIFY(qAbs(points->data()->at(0)->value - 100.0 / 3) < 1e-9);
        // 3 reviews are too few to count as a bad day: no alarm.
        QVERIFY(!w.report()->alert);
        QVERIFY(!w.banner()->text().isEmpty());
    }
};

QTEST_MAIN(tst_ModelQualityWidget)
#include "tst_ModelQualityWidget.moc"
