#include "common/Prompt.h"
#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "demo/DemoPopulation.h"
#include "models/ProfileTableModel.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"
#include "profiles/ProfilesWidget.h"
#include "tasks/TaskRunner.h"

#include <QComboBox>
#include <QDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QSqlQuery>
#include <QTest>
#include <QRegularExpression>
#include <QTextBrowser>

#include <qcustomplot.h>

using namespace lx;

// Drives the real Profiles panel on the offscreen platform over a generated population.
class tst_ProfilesWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("p.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::unique_ptr<ui::UiContext> m_ctx;

    qint64 serviceCount(const QString& expression)
    {
        return profiles::ProfileService(m_tw.auth()).count(m_ctx->session, profiles::Segment::parse(expression).value()).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        auto marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer);
        QVERIFY(marketer);
        QVERIFY(demo::DemoPopulation::load(m_tw.auth(), marketer.value(), 1200, m_tw.auth().nowMs()));
        m_runner = std::make_unique<tasks::TaskRunner>();
        m_ctx = std::make_unique<ui::UiContext>(ui::UiContext{m_tw.workspace(), m_tw.auth(), marketer.value(), *m_runner});
    }

    // Closing the tag-rules dialog with edits asks Save / Discard / Cancel (issue 23 #3): Cancel
    // keeps the dialog and the edit, Discard closes it and changes nothing, Save applies the edit.
    void tagRulesDialogAsksBeforeDroppingEdits()
    {
        ui::ProfilesWidget w(*m_ctx);
        w.show();
        auto cities = profiles::ProfileService(m_tw.auth()).cityTable(m_ctx->session);
        QVERIFY(cities);
        QSignalSpy applied(&w, &ui::ProfilesWidget::rulesApplied);
        QStringList seen; // what happened at each step, checked after the modal dialog returns
        const auto step = [&](QMessageBox::StandardButton answer, const QString& append) {
            auto* d = w.findChild<QDialog*>(QStringLiteral("tagRulesDialog"));
            if (!d || !d->isVisible()) {
                seen.append(QStringLiteral("no dialog"));
                return;
            }
            if (!append.isEmpty())
                d->findChild<QPlainTextEdit*>(QStringLiteral("cityCsv"))->appendPlainText(append);
            ui::Prompt::setNextAnswer(answer);
            QTest::keyClick(d, Qt::Key_Escape);
            seen.append(d->isVisible() ? QStringLiteral("open") : QStringLiteral("closed"));
        };
        // Unchanged: Escape closes without asking.
        QTimer::singleShot(300, &w, [&] { step(QMessageBox::NoButton, {}); });
        w.findChild<QPushButton*>(QStringLiteral("editRules"))->click();
        // Edited, Cancel: still open with the edit; then Discard: closed, nothing applied.
        QTimer::singleShot(300, &w, [&] {
            step(QMessageBox::Cancel, QStringLiteral("大理,大理,云南,tier2"));
            auto* d = w.findChild<QDialog*>(QStringLiteral("tagRulesDialog"));
            seen.append(d && d->findChild<QPlainTextEdit*>(QStringLiteral("cityCsv"))->toPlainText().contains(QStringLiteral("大理,大理,云南,tier2"))
                            ? QStringLiteral("kept")
                            : QStringLiteral("lost"));
            step(QMessageBox::Discard, {});
        });
        w.findChild<QPushButton*>(QStringLiteral("editRules"))->click();
        QCOMPARE(seen, (QStringList{QStringLiteral("closed"), QStringLiteral("open"), QStringLiteral("kept"), QStringLiteral("closed")}));
        QCOMPARE(applied.count(), 0);
        QCOMPARE(profiles::ProfileService(m_tw.auth()).cityTable(m_ctx->session).value(), cities.value());
        // Edited, Save: the edit is applied as if Save had been pressed.
        seen.clear();
        QByteArray moved = cities.value();
        moved.replace("成都,成都,四川,new_tier1", "成都,成都,四川,tier1");
        QTimer::singleShot(300, &w, [&] {
            auto* d = w.findChild<QDialog*>(QStringLiteral("tagRulesDialog"));
            if (d)
                d->findChild<QPlainTextEdit*>(QStringLiteral("cityCsv"))->setPlainText(QString::fromUtf8(moved));
            step(QMessageBox::Save, {});
        });
        w.findChild<QPushButton*>(QStringLiteral("editRules"))->click();
        QCOMPARE(seen, QStringList{QStringLiteral("closed")});
        QVERIFY(applied.wait(60000));
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(applied.last().at(1).toString()));
        QVERIFY(profiles::ProfileService(m_tw.auth()).cityTable(m_ctx->session).value().contains("成都,成都,四川,tier1"));
        // Put it back for the other tests.
        w.applyRules({}, cities.value());
        QVERIFY(applied.wait(60000));
        QVERIFY(applied.last().at(0).toBool());
    }

    // Leaving the panel while its count, pages and card are still being read must not pull the
    // service out from under that work (a crash CI once hit on logout).
    void rulesAndCityTiersAreEditedFromThePanel()
    {
        ui::ProfilesWidget w(*m_ctx);
        w.show();
        auto cities = profiles::ProfileService(m_tw.auth()).cityTable(m_ctx->session);
        QVERIFY(cities);
        QSignalSpy applied(&w, &ui::ProfilesWidget::rulesApplied);
        // A bad row is refused with its line, and nothing changes.
        const qint64 tier1Before = serviceCount(QStringLiteral("city_tier=tier1"));
        QByteArray bad = cities.value();
        bad += "大理,大理,云南,tier9\n";
        w.applyRules({}, bad);
        QVERIFY(applied.wait(20000));
        QCOMPARE(applied.last().at(0).toBool(), false);
        QVERIFY2(applied.last().at(1).toString().contains(QStringLiteral("line")), qPrintable(applied.last().at(1).toString()));
        QCOMPARE(serviceCount(QStringLiteral("city_tier=tier1")), tier1Before);
        // Moving 成都 to the first tier re-tags its users at once.
        QByteArray moved = cities.value();
        moved.replace("成都,成都,四川,new_tier1", "成都,成都,四川,tier1");
        QVERIFY(moved != cities.value());
        qint64 chengdu = 0;
        {
            // Finished before anything else reads on this connection: an open statement would
            // keep its snapshot.
            QSqlDatabase db = m_tw.workspace().reader();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM profiles WHERE city = '成都'")) && q.next());
            chengdu = q.value(0).toLongLong();
        }
        QVERIFY(chengdu > 0);
        w.applyRules({}, moved);
        QVERIFY(applied.wait(60000));
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(applied.last().at(1).toString()));
        QCOMPARE(serviceCount(QStringLiteral("city_tier=tier1")), tier1Before + chengdu);
        // Put it back for the other tests.
        w.applyRules({}, cities.value());
        QVERIFY(applied.wait(60000));
        QVERIFY(applied.last().at(0).toBool());
    }

    void closingWhileReadingIsSafe()
    {
        for (int i = 0; i < 100; ++i) {
            auto w = std::make_unique<ui::ProfilesWidget>(*m_ctx);
            w->resize(1300, 800);
            w->show();
            if (i % 2)
                QCoreApplication::processEvents();
            w.reset();
        }
        QCOMPARE(serviceCount(QString()), 1200);
    }

    void countsAndPagesTheSegment()
    {
        ui::ProfilesWidget w(*m_ctx);
        w.resize(1300, 800);
        w.show();
        QSignalSpy counted(&w, &ui::ProfilesWidget::segmentCounted);
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toLongLong(), 1200);
        QCOMPARE(w.model()->rowCount(), 1200);

        // Pick tier-1 cities and marketing consent in the builder; the expression follows.
        auto* tier = w.findChild<QComboBox*>(QStringLiteral("seg_city_tier"));
        tier->setCurrentIndex(tier->findData(QStringLiteral("tier1")));
        auto* consent = w.findChild<QComboBox*>(QStringLiteral("seg_consent"));
        consent->setCurrentIndex(consent->findData(QStringLiteral("marketing")));
        QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("segExpression"))->text(),
                 QStringLiteral("city_tier=tier1 and consent=marketing"));
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("segApply")), Qt::LeftButton);
        QTRY_COMPARE(counted.size(), 2);
        const qint64 expected = serviceCount(QStringLiteral("city_tier=tier1 and consent=marketing"));
        QVERIFY(expected > 0 && expected < 1200);
        QCOMPARE(counted.at(1).at(0).toLongLong(), expected);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("segCount"))->text().contains(QString::number(expected)));

        // Rows arrive a page at a time; the last row's page comes when it is scrolled to.
        auto* table = w.findChild<QTableView*>(QStringLiteral("profilesTable"));
        table->scrollToBottom();
        const QModelIndex last = w.model()->index(int(expected) - 1, models::ProfileTableModel::TierColumn);
        QTRY_VERIFY(w.model()->idle());
        QTRY_COMPARE(w.model()->data(last).toString(), profiles::Layers::label(QStringLiteral("city_tier"), QStringLiteral("tier1")));
        QVERIFY(w.model()->data(w.model()->index(0, models::ProfileTableModel::ConsentColumn)).toString().contains(
            profiles::Layers::purposeLabel(QStringLiteral("marketing"))));
    }

    void cardShowsLayersTagsAndReasons()
    {
        ui::ProfilesWidget w(*m_ctx);
        w.show();
        QSignalSpy card(&w, &ui::ProfilesWidget::cardShown);
        auto* expression = w.findChild<QLineEdit*>(QStringLiteral("segExpression"));
        expression->setText(QStringLiteral("tag=美妆达人"));
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("segApply")), Qt::LeftButton);
        QTRY_VERIFY(card.size() >= 1);
        const QString text = w.findChild<QTextBrowser*>(QStringLiteral("profileCard"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("美妆达人")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("engagements in 90 days")));
        QVERIFY(text.contains(QStringLiteral("Age band")));
        QVERIFY(text.contains(QStringLiteral("Marketing messages")));
        // Masked data only: no eleven-digit phone number anywhere on the card.
        QVERIFY(!QRegularExpression(QStringLiteral("1[3-9]\\d{9}")).match(text).hasMatch());
    }

    void funnelChartMatchesTheService()
    {
        ui::ProfilesWidget w(*m_ctx);
        w.show();
        QSignalSpy shown(&w, &ui::ProfilesWidget::funnelShown);
        w.findChild<QComboBox*>(QStringLiteral("funnelKind"))->setCurrentIndex(0);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("funnelRun")), Qt::LeftButton);
        QTRY_COMPARE(shown.size(), 1);
        const auto steps = w.funnelSteps();
        QCOMPARE(steps.size(), 3);
        QVERIFY(steps.at(0).users > steps.at(1).users);
        QVERIFY(steps.at(1).users > steps.at(2).users);
        QVERIFY(steps.at(2).users > 0);
        auto* chart = w.findChild<QCustomPlot*>(QStringLiteral("funnelChart"));
        QCOMPARE(chart->plottableCount(), 1);
        auto* bars = qobject_cast<QCPBars*>(chart->plottable(0));
        QCOMPARE(bars->data()->size(), 3);
        QCOMPARE(bars->data()->at(2)->value, double(steps.at(2).users));
    }
};

QTEST_MAIN(tst_ProfilesWidget)
#include "tst_ProfilesWidget.moc"
