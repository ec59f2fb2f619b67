#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "inference/ModelRegistry.h"
#include "common/Prompt.h"
#include "models/EncoderTrainingPage.h"
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
        QVERIFY(!w.categoryTable()->isHidden()); // shown on the training tab (not the current one here)
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
        QTRY_VERIFY_WITH_TIMEOUT(w.accuracyChart()->graphCount() > 0, 120000); // after the held-out categories are trained
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("cancelTraining")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!w.lastReport().has_value());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("trainStatus"))->text().contains(QLatin1String("cancelled")));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("registerModel"))->isEnabled());
    }

    // The encoder page: a tiny BERT checkpoint (tests/data/transformer), the estimate stated and
    // asked about before anything starts, curves per fold as it trains, the fine-tuned folder
    // added to the workspace as a model the supervisor can activate.
    void fineTunesAPretrainedEncoder()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_marketer, *m_runner};
        ui::ModelsWidget w(ctx);
        w.resize(1300, 900);
        w.show();
        ui::EncoderTrainingPage* page = w.encoderPage();
        QVERIFY(page);
        page->setCheckpoint(QStringLiteral(LX_TEST_DATA "/transformer/bert_tiny"));
        const QString summary = page->findChild<QLabel*>(QStringLiteral("checkpointSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("2 layers")) && summary.contains(QLatin1String("classification head")), qPrintable(summary));
        // Texts in the tiny checkpoint's vocabulary.
        QByteArray csv("label,text\n");
        for (int r = 0; r < 4; ++r) {
            for (const char* t : {"我很喜欢这个产品", "很好", "这个产品很好", "喜欢"})
                csv += QByteArray("positive,") + t + '\n';
            for (const char* t : {"很差", "退款", "这个产品很差", "我要退款"})
                csv += QByteArray("negative,") + t + '\n';
        }
        const QString path = m_tw.filePath(QStringLiteral("tiny.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        QSignalSpy loadedData(page, &ui::EncoderTrainingPage::dataLoaded);
        page->loadTrainingData(path);
        QTRY_COMPARE(loadedData.size(), 1);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("encoderDataSummary"))->text().contains(QLatin1String("32")));
        page->setOutputFolder(m_tw.filePath(QStringLiteral("tuned")));
        page->setFolds(2);
        page->setSteps(60);
        page->setBatch(8);
        page->setLearningRate(0.01);
        auto* start = page->findChild<QPushButton*>(QStringLiteral("startFineTune"));
        QVERIFY(start->isEnabled());

        // Declined after the estimate: nothing starts.
        QSignalSpy estimated(page, &ui::EncoderTrainingPage::estimated);
        ui::Prompt::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(estimated.size(), 1, 60000);
        QVERIFY2(page->estimateText().contains(QLatin1String("3 run(s) of 60 steps")), qPrintable(page->estimateText()));
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(!QFile::exists(m_tw.filePath(QStringLiteral("tuned/model.safetensors"))));

        QSignalSpy done(page, &ui::EncoderTrainingPage::trainingFinished);
        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 300000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(page->statusText()));
        QVERIFY(page->lossChart()->graphCount() >= 5); // per fold training and validation, and the final model
        QCOMPARE(page->foldTable()->rowCount(), 3);
        QVERIFY(page->lastReport()->lastLoss < page->lastReport()->firstLoss);
        QVERIFY(QFile::exists(m_tw.filePath(QStringLiteral("tuned/model.safetensors"))));

        QSignalSpy registered(page, &ui::EncoderTrainingPage::registered);
        QSignalSpy loaded(&w, &ui::ModelsWidget::modelsLoaded);
        page->registerResult(QStringLiteral("tiny encoder"));
        QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 1, 60000);
        QVERIFY2(registered.at(0).at(0).toBool(), qPrintable(registered.at(0).at(1).toString()));
        QTRY_VERIFY(loaded.size() >= 1);
        bool found = false;
        for (const auto& m : w.models()) {
            if (m.name != QLatin1String("tiny encoder"))
                continue;
            found = true;
            QCOMPARE(m.kind, QStringLiteral("encoder"));
            // The cross-validation travels with the folder: the same figures as Lingxi's own models.
            QCOMPARE(m.metrics.value(QStringLiteral("folds")).toInt(), 2);
            QVERIFY(m.metrics.value(QStringLiteral("mean_accuracy")).toDouble() > 0);
            QVERIFY(m.metrics.value(QStringLiteral("out_of_fold")).toObject().contains(QStringLiteral("confusion")));
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(tst_ModelsWidget)
#include "tst_ModelsWidget.moc"
