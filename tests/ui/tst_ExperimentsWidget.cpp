#include "common/TestWorkspace.h"
#include "experiments/NewExperimentDialog.h"
#include "common/UiContext.h"
#include "experiments/ExperimentsWidget.h"
#include "profiles/ProfileService.h"
#include "store/Workspace.h"
#include "tasks/TaskRunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace lx;

// Drives the real Experiments panel on the offscreen platform.
class tst_ExperimentsWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("e.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::unique_ptr<ui::UiContext> m_ctx;

    QString writeCsv(const char* name, const QByteArray& bytes)
    {
        const QString path = m_tw.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    static int plottables(QCustomPlot* chart, const char* className)
    {
        int n = 0;
        for (int i = 0; i < chart->plottableCount(); ++i)
            n += QString::fromLatin1(chart->plottable(i)->metaObject()->className()) == QLatin1String(className) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        auto marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer);
        QVERIFY(marketer);
        m_runner = std::make_unique<tasks::TaskRunner>();
        m_ctx = std::make_unique<ui::UiContext>(ui::UiContext{m_tw.workspace(), m_tw.auth(), marketer.value(), *m_runner});
    }

    void oneBarWithErrorBarsPerVariant()
    {
        ui::ExperimentsWidget w(*m_ctx);
        w.resize(1100, 700);
        w.show();
        QVERIFY(!w.result()); // nothing typed yet, nothing analysed
        QVERIFY(w.loadCounts(writeCsv("three.csv", "variant,weight,exposures,conversions\nA,1,10000,500\nB,1,10000,640\nC,1,10000,480\n")));
        QVERIFY(w.result());
        QCOMPARE(plottables(w.chart(), "QCPBars"), 3);
        QCOMPARE(plottables(w.chart(), "QCPErrorBars"), 3);
        // Each bar stands at its variant's rate, its error bar spans the Wilson interval.
        for (int i = 0; i < w.chart()->plottableCount(); ++i) {
            if (auto* err = qobject_cast<QCPErrorBars*>(w.chart()->plottable(i))) {
                auto* bar = qobject_cast<QCPBars*>(err->dataPlottable());
                QVERIFY(bar);
                QCOMPARE(bar->data()->size(), 1);
                QCOMPARE(err->dataCount(), 1);
                const double rate = bar->data()->at(0)->value;
                const auto& v = w.result()->variants.at(int(bar->data()->at(0)->key) - 1);
                QVERIFY(std::fabs(rate - v.rate * 100) < 1e-9);
                QVERIFY(std::fabs(err->data()->at(0).errorMinus - (v.rate - v.ci->low) * 100) < 1e-9);
                QVERIFY(std::fabs(err->data()->at(0).errorPlus - (v.ci->high - v.rate) * 100) < 1e-9);
            }
        }
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("expSrmBanner"))->isHidden());
        QCOMPARE(w.findChild<QTableWidget*>(QStringLiteral("expResults"))->rowCount(), 3);
        const QString verdict = w.findChild<QLabel*>(QStringLiteral("expVerdict"))->text();
        QVERIFY2(verdict.contains(QStringLiteral("B beats A")), qPrintable(verdict));
        // Exports.
        const QString png = m_tw.filePath(QStringLiteral("chart.png"));
        const QString pdf = m_tw.filePath(QStringLiteral("chart.pdf"));
        const QString csv = m_tw.filePath(QStringLiteral("table.csv"));
        QVERIFY(w.exportChart(png));
        QVERIFY(w.exportChart(pdf));
        QVERIFY(w.exportTable(csv));
        QVERIFY(!QImage(png).isNull());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 4);
    }

    // One rule decides whether there is a verdict, and every part of the panel shows it: with too
    // few exposures no row is called significant and the calculator states the same minimum the
    // headline waits for; with no exposures at all there is no verdict either.
    void onePanelOneRule()
    {
        ui::ExperimentsWidget w(*m_ctx);
        w.resize(1100, 700);
        w.show();
        // A big relative lift on a small sample: p is small, but the minimum sample is not reached.
        QVERIFY(w.loadCounts(writeCsv("early.csv", "variant,weight,exposures,conversions\nA,1,3000,60\nB,1,3000,105\n")));
        QVERIFY(w.result());
        QCOMPARE(w.result()->verdict, experiments::Verdict::NotEnoughData);
        QVERIFY(w.result()->variants.at(1).pAdjusted.value_or(1) < 0.05);
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("expResults"));
        for (int r = 0; r < table->rowCount(); ++r)
            QCOMPARE(table->item(r, 6)->text(), QStringLiteral("–"));
        const QString need = QLocale().toString(w.result()->minExposures);
        const QString verdict = w.findChild<QLabel*>(QStringLiteral("expVerdict"))->text();
        const QString calculator = w.findChild<QLabel*>(QStringLiteral("expSampleSize"))->text();
        QVERIFY2(verdict.contains(QString::number(w.result()->minExposures)), qPrintable(verdict));
        QVERIFY2(calculator.startsWith(need), qPrintable(calculator + QStringLiteral(" / ") + need));

        QVERIFY(w.loadCounts(writeCsv("nothing.csv", "variant,weight,exposures,conversions\nA,1,0,0\nB,1,0,0\n")));
        QVERIFY(w.result());
        QCOMPARE(w.result()->verdict, experiments::Verdict::NotEnoughData);
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("expVerdict"))->text().contains(QStringLiteral("differs")));
    }

    void skewedCountsRaiseTheSrmBanner()
    {
        ui::ExperimentsWidget w(*m_ctx);
        w.resize(1100, 700);
        w.show();
        QVERIFY(w.loadCounts(writeCsv("skewed.csv", "variant,weight,exposures,conversions\nA,1,5000,500\nB,1,5600,900\n")));
        auto* banner = w.findChild<QLabel*>(QStringLiteral("expSrmBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("5600")));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("expVerdict"))->text().contains(QStringLiteral("No verdict")));
        QCOMPARE(w.result()->verdict, experiments::Verdict::SampleRatioMismatch);
        // Typing a count that restores the split clears it.
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("expVariants"));
        table->item(1, 2)->setText(QStringLiteral("5050"));
        QVERIFY(banner->isHidden());
    }

    void dailyCountsDrawTheTimeCharts()
    {
        ui::ExperimentsWidget w(*m_ctx);
        w.resize(1100, 700);
        w.show();
        QVERIFY(w.loadCounts(writeCsv("daily.csv", "date,variant,weight,exposures,conversions\n"
                                                   "2026-11-01,A,1,1000,48\n2026-11-01,B,1,1000,52\n"
                                                   "2026-11-02,A,1,1000,50\n2026-11-02,B,1,1000,70\n"
                                                   "2026-11-03,A,1,1000,50\n2026-11-03,B,1,1000,66\n")));
        // One cumulative line per variant, three days each.
        QCOMPARE(w.cumulativeChart()->graphCount(), 2);
        QCOMPARE(w.cumulativeChart()->graph(1)->dataCount(), 3);
        QVERIFY(std::fabs(w.cumulativeChart()->graph(1)->data()->at(2)->value - 188.0 / 30.0) < 1e-9);
        // The p-value of B against A by day, and the alpha line.
        QCOMPARE(w.pValueChart()->graphCount(), 2);
        QCOMPARE(w.pValueChart()->graph(0)->dataCount(), 3);
        QCOMPARE(w.pValueChart()->graph(1)->data()->at(0)->value, 0.05);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("expPeekingWarning"))->text().contains(QStringLiteral("Peeking")));
        // Typed counts have no days: the time charts empty out.
        w.findChild<QTableWidget*>(QStringLiteral("expVariants"))->item(0, 2)->setText(QStringLiteral("3100"));
        QCOMPARE(w.cumulativeChart()->graphCount(), 0);
    }

    void marketerDefinesAndStartsAnExperiment()
    {
        ui::ExperimentsWidget w(*m_ctx);
        w.show();
        QSignalSpy loaded(&w, &ui::ExperimentsWidget::savedLoaded);
        QVERIFY(loaded.wait(10000));
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("expNew")), Qt::LeftButton);
        ui::NewExperimentDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<ui::NewExperimentDialog*>()) != nullptr, 10000);
        dialog->findChild<QLineEdit*>(QStringLiteral("experimentName"))->setText(QStringLiteral("首图 A/B"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        auto* list = w.findChild<QListWidget*>(QStringLiteral("expSaved"));
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("首图 A/B")));
        list->setCurrentRow(0);
        auto* start = w.findChild<QPushButton*>(QStringLiteral("expStart"));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QPushButton*>(QStringLiteral("expStop"))->isEnabled(), 10000);
        QCOMPARE(experiments::ExperimentService(m_tw.auth()).list(m_ctx->session).value().first().status, QStringLiteral("running"));
    }

    void savedExperimentCountsFromEvents()
    {
        // The experiment of the previous test, its users and their events.
        const auto saved = experiments::ExperimentService(m_tw.auth()).list(m_ctx->session).value();
        QVERIFY(!saved.isEmpty());
        const qint64 id = saved.first().id;
        QByteArray users, events = "platform,platform_user_id,time,type,experiment,variant\n";
        for (int u = 0; u < 200; ++u) {
            users += QStringLiteral(R"({"platform":"douyin","platform_user_id":"e%1","consents":[{"purpose":"marketing","granted":true,"time":"2026-11-01T00:00:00+08:00","source":"app"}]})"
                                    "\n").arg(u).toUtf8();
            const QString v = u % 2 ? QStringLiteral("B") : QStringLiteral("A");
            events += QStringLiteral("douyin,e%1,2026-11-2%2T09:00:00+08:00,impression,%3,%4\n").arg(u).arg(u % 4).arg(id).arg(v).toUtf8();
            if (u % 5 == 0 || (v == QLatin1String("B") && u % 5 == 1))
                events += QStringLiteral("douyin,e%1,2026-11-2%2T09:30:00+08:00,conversion,%3,%4\n").arg(u).arg(u % 4).arg(id).arg(v).toUtf8();
        }
        profiles::ProfileService people(m_tw.auth());
        QVERIFY(people.importProfiles(m_ctx->session, writeCsv("u.jsonl", users), {}));
        QVERIFY(people.importEvents(m_ctx->session, writeCsv("ev.csv", events), {}));

        ui::ExperimentsWidget w(*m_ctx);
        w.show();
        QSignalSpy loaded(&w, &ui::ExperimentsWidget::savedLoaded);
        QVERIFY(loaded.wait(10000));
        w.findChild<QListWidget*>(QStringLiteral("expSaved"))->setCurrentRow(0);
        QSignalSpy counted(&w, &ui::ExperimentsWidget::countedFromEvents);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("expFromEvents")), Qt::LeftButton);
        QVERIFY(counted.wait(10000));
        QVERIFY(counted.first().first().toBool());
        QTRY_VERIFY(w.result().has_value());
        // 100 users each; A converts at u % 5 == 0 (20), B at u % 5 == 0 or 1 (20 + 20).
        QCOMPARE(w.result()->variants.at(0).counts.exposures, 100);
        QCOMPARE(w.result()->variants.at(0).counts.conversions, 20);
        QCOMPARE(w.result()->variants.at(1).counts.exposures, 100);
        QCOMPARE(w.result()->variants.at(1).counts.conversions, 40);
        QCOMPARE(plottables(w.cumulativeChart(), "QCPGraph") >= 2, true); // day-by-day charts drawn
    }

    void badFileLeavesTheTableAsItWas()
    {
        ui::ExperimentsWidget w(*m_ctx);
        QVERIFY(w.loadCounts(writeCsv("good.csv", "variant,weight,exposures,conversions\nA,1,100,10\nB,1,100,12\n")));
        const Status st = w.loadCounts(writeCsv("bad.csv", "variant,weight,exposures,conversions\nA,1,100,10\nB,1,100,120\n"));
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("line 3")));
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("expVariants"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("12"));
    }
};

QTEST_MAIN(tst_ExperimentsWidget)
#include "tst_ExperimentsWidget.moc"
