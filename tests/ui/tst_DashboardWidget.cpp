#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "dashboard/DashboardWidget.h"
#include "desk/DeskService.h"
#include "profiles/ProfileService.h"
#include "tasks/TaskRunner.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace lx;

// Drives the real Dashboard panel on the offscreen platform, as a supervisor.
class tst_DashboardWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("dw.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::unique_ptr<ui::UiContext> m_ctx;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        auto boss = m_tw.addOperator(QStringLiteral("boss"), auth::Role::Supervisor);
        auto mk = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer);
        QVERIFY(boss && mk);
        const qint64 now = desk::parseIsoTime(QStringLiteral("2026-11-28T12:00:00+08:00"), 0).value();
        m_tw.auth().setClock([now] { return now; });
        QByteArray users, events = "platform,platform_user_id,time,type,sentiment\n";
        for (int u = 0; u < 20; ++u) {
            users += QStringLiteral(R"({"platform":"weibo","platform_user_id":"w%1","name":"王%1"})" "\n").arg(u).toUtf8();
            events += QStringLiteral("weibo,w%1,2026-11-2%2T10:00:00+08:00,impression,\n").arg(u).arg(2 + u % 5).toUtf8();
            if (u % 4 == 0)
                events += QStringLiteral("weibo,w%1,2026-11-27T11:00:00+08:00,conversion,\n").arg(u).toUtf8();
            if (u % 3 == 0)
                events += QStringLiteral("weibo,w%1,2026-11-2%2T12:00:00+08:00,review,%3\n")
                              .arg(u).arg(3 + u % 4).arg(u % 2 ? QStringLiteral("negative") : QStringLiteral("positive")).toUtf8();
        }
        auto write = [this](const char* name, const QByteArray& bytes) {
            QFile f(m_tw.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        profiles::ProfileService people(m_tw.auth());
        QVERIFY(people.importProfiles(mk.value(), write("u.jsonl", users), {}));
        QVERIFY(people.importEvents(mk.value(), write("e.csv", events), {}));
        m_runner = std::make_unique<tasks::TaskRunner>();
        m_ctx = std::make_unique<ui::UiContext>(ui::UiContext{m_tw.workspace(), m_tw.auth(), boss.value(), *m_runner});
    }

    void tilesChartsAndRows()
    {
        ui::DashboardWidget w(*m_ctx);
        w.resize(1300, 820);
        w.show();
        QSignalSpy loaded(&w, &ui::DashboardWidget::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        // 5 of 20 users converted: the tile says so.
        QVERIFY2(w.tile(QStringLiteral("conversion"))->text().contains(QStringLiteral("25.0 %")),
                 qPrintable(w.tile(QStringLiteral("conversion"))->text()));
        QVERIFY(w.tile(QStringLiteral("conversion"))->text().contains(QStringLiteral("5")));
        // One stacked bar per day with reviews, three series.
        int bars = 0;
        for (int i = 0; i < w.sentimentChart()->plottableCount(); ++i) {
            if (auto* b = qobject_cast<QCPBars*>(w.sentimentChart()->plottable(i))) {
                ++bars;
                QCOMPARE(b->data()->size(), int(w.data()->sentiment.size()));
            }
        }
        QCOMPARE(bars, 3);
        QVERIFY(!w.data()->sentiment.isEmpty());
        // The funnel: impression → click → conversion, 20 users at the top.
        auto* funnel = qobject_cast<QCPBars*>(w.funnelChart()->plottable(0));
        QVERIFY(funnel);
        QCOMPARE(funnel->data()->at(0)->value, 20.0);
        // Clicking the tile lists the five converted users, masked.
        QSignalSpy rows(&w, &ui::DashboardWidget::rowsShown);
        QTest::mouseClick(w.tile(QStringLiteral("conversion")), Qt::LeftButton);
        QVERIFY(rows.wait(10000));
        QCOMPARE(rows.first().at(1).toInt(), 5);
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("dashboardRowsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(table->item(0, 1)->text().contains(QLatin1Char('*')));
    }
};

QTEST_MAIN(tst_DashboardWidget)
#include "tst_DashboardWidget.moc"
