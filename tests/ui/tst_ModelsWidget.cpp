#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "inference/ModelRegistry.h"
#include "models/ModelsWidget.h"
#include "tasks/TaskRunner.h"

#include <QFile>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace lx;

// Drives the real Models panel on the offscreen platform: train on real reviews with the
// learning curves growing, register, compare, activate (by role) and try a sentence.
class tst_ModelsWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("m.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::optional<auth::Session> m_marketer;
    std::optional<auth::Session> m_supervisor;
    QString m_csv;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        m_marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer).value();
        m_supervisor = m_tw.addOperator(QStringLiteral("sv"), auth::Role::Supervisor).value();
        m_runner = std::make_unique<tasks::TaskRunner>();
        // 1,500 real reviews, every 30th row of the file, plus one bad row.
        QFile in(QStringLiteral(LX_SHARED_DATA "/sentiment/shopping_train.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray out = in.readLine();
        int n = 0;
        for (int i = 0; !in.atEnd() && n < 1500; ++i) {
            const QByteArray line = in.readLine();
            if (i % 30 == 0) {
                out += line;
                ++n;
            }
        }
        out += "其他,meh,这行的标签不对\n";
        m_csv = m_tw.filePath(QStringLiteral("reviews.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out);
    }

    void marketerTrainsAndRegisters()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_marketer, *m_runner};
        ui::ModelsWidget w(ctx);
        w.resize(1300, 900);
        w.show();
        QSignalSpy loaded(&w, &ui::ModelsWidget::modelsLoaded);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), 0);
        // Marketers train but cannot make a model active.
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("activateModel"))->isHidden());

        QSignalSpy data(&w, &ui::ModelsWidget::dataLoaded);
        w.loadTrainingData(m_csv);
        QTRY_COMPARE(data.size(), 1);
        QCOMPARE(data.at(0).at(0).toInt(), 1500);
        const QString summary = w.findChild<QLabel*>(QStringLiteral("dataSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("1500")) && summary.contains(QLatin1String("skipped")), qPrintable(summary));

        QSignalSpy done(&w, &ui::ModelsWidget::trainingFinished);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("trainButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        // Five folds and the mean row; curves for every fold plus the final model.
        QCOMPARE(w.foldTable()->rowCount(), 6);
        QTRY_VERIFY(w.accuracyChart()->graphCount() >= 11);
        const auto& report = *w.lastReport();
        for (int g = 0; g < w.accuracyChart()->graphCount(); ++g)
            QVERIFY(w.accuracyChart()->graph(g)->data()->size() >= 1);
        QVERIFY(w.foldTable()->item(5, 2)->text().startsWith(QString::number(report.meanAccuracy * 100, 'f', 1)));
        QVERIFY(report.meanAccuracy > 0.75);
        // The file has a category column: its ten categories held out in turn, and their mean.
        QVERIFY(w.categoryTable()->isVisible());
        QCOMPARE(w.categoryTable()->rowCount(), 11);
        QCOMPARE(int(report.categories.size()), 10);
        QVERIFY(w.categoryTable()->item(10, 2)->text().startsWith(QString::number(report.categoryMeanAccuracy * 100, 'f', 1)));

        QVERIFY(w.registerTrained(QStringLiteral("点评 v1")));
        QTRY_COMPARE(w.models().size(), 1);
        QCOMPARE(w.modelTable()->item(0, 1)->text(), QStringLiteral("点评 v1"));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("modelsMessage"))->text().contains(QLatin1String("No model is active")));
    }

    void supervisorActivatesAndTries()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_supervisor, *m_runner};
        ui::ModelsWidget w(ctx);
        w.resize(1300, 900);
        w.show();
        QTRY_COMPARE(w.models().size(), 1);
        auto* activate = w.findChild<QPushButton*>(QStringLiteral("activateModel"));
        QVERIFY(!activate->isHidden());
        w.modelTable()->selectRow(0);
        QTRY_VERIFY(activate->isEnabled());
        QTest::mouseClick(activate, Qt::LeftButton);
        QTRY_COMPARE(w.modelTable()->item(0, 0)->text(), QStringLiteral("★"));
        QVERIFY(inference::ModelRegistry(m_tw.auth()).activeId().value().has_value());
        // The confusion heat map has one cell per label pair.
        auto* map = qobject_cast<QCPColorMap*>(w.confusionChart()->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 2);

        QSignalSpy tried(&w, &ui::ModelsWidget::tried);
        QTRY_VERIFY(w.findChild<QLabel*>(QStringLiteral("tryModel"))->text().contains(QLatin1String("CPU")));
        w.findChild<QLineEdit*>(QStringLiteral("tryText"))->setText(QStringLiteral("质量很好，非常满意，物流也快"));
        QTRY_COMPARE(tried.size(), 1);
        QCOMPARE(tried.at(0).at(0).toString(), QStringLiteral("positive"));
        QVERIFY(w.findChild<QProgressBar*>(QStringLiteral("probPositive"))->value() > 500);
        w.findChild<QLineEdit*>(QStringLiteral("tryText"))->setText(QStringLiteral("太差了，质量很差，退货"));
        QTRY_COMPARE(tried.size(), 2);
        QCOMPARE(tried.at(1).at(0).toString(), QStringLiteral("negative"));
        QVERIFY(w.findChild<QProgressBar*>(QStringLiteral("probNegative"))->value() > 500);
    }

    void importsATorchScriptModel()
    {
        QByteArray vocab("[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        const QString chars = QStringLiteral("好差评价物流快慢质量满意失望退货客服态度很太了的是不也还行吧真心推荐");
        for (QChar c : chars)
            vocab += QString(c).toUtf8() + '\n';
        const QString vocabPath = m_tw.filePath(QStringLiteral("vocab.txt"));
        QFile v(vocabPath);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write(vocab);
        v.close();
        const QString modulePath = m_tw.filePath(QStringLiteral("tiny.pt"));
        QCOMPARE(QProcess::execute(QStringLiteral(LX_TINY_TORCHSCRIPT), {modulePath, QString::number(vocab.count('\n'))}), 0);

        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_marketer, *m_runner};
        ui::ModelsWidget w(ctx);
        w.show();
        QTRY_VERIFY(!w.models().isEmpty());
        const int before = int(w.models().size());
        QSignalSpy imported(&w, &ui::ModelsWidget::imported);
        // Labels that do not match the module's two outputs: refused with the reason, nothing stored.
        w.importTorchScript(modulePath, vocabPath, {QStringLiteral("negative"), QStringLiteral("neutral"), QStringLiteral("positive")}, 32,
                            QStringLiteral("wrong"));
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toBool(), false);
        QVERIFY(imported.at(0).at(1).toString().contains(QLatin1String("label")));
        w.importTorchScript(modulePath, vocabPath, {QStringLiteral("negative"), QStringLiteral("positive")}, 32, QStringLiteral("tiny bert"));
        QTRY_COMPARE(imported.size(), 2);
        QVERIFY2(imported.at(1).at(0).toBool(), qPrintable(imported.at(1).at(1).toString()));
        QTRY_COMPARE(int(w.models().size()), before + 1);
        QCOMPARE(w.models().last().kind, QStringLiteral("torchscript"));
        QCOMPARE(w.modelTable()->item(before, 3)->text(), QStringLiteral("— (imported)"));
    }

    void cancelStopsTraining()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_marketer, *m_runner};
        ui::ModelsWidget w(ctx);
        w.show();
        QSignalSpy data(&w, &ui::ModelsWidget::dataLoaded);
        w.loadTrainingData(m_csv);
        QTRY_COMPARE(data.size(), 1);
        QSignalSpy done(&w, &ui::ModelsWidget::trainingFinished);
        w.startTraining();
        QTRY_VERIFY(w.accuracyChart()->graphCount() > 0);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("cancelTraining")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!w.lastReport().has_value());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("trainStatus"))->text().contains(QLatin1String("cancelled")));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("registerModel"))->isEnabled());
    }
};

QTEST_MAIN(tst_ModelsWidget)
#include "tst_ModelsWidget.moc"
