// Builds a demo workspace, logs in as each role and saves every panel as PNG, in zh_CN and en,
// so that a person can look at what users see. Usage: lx_screenshot_tour OUTPUT_DIR
// LX_TOUR_ONLY=models,desk (panel keys) and LX_TOUR_ROLES=marketer limit the tour to those.
#include "audit/AuditWidget.h"
#include "auth/AuthService.h"
#include "common/LanguageManager.h"
#include "demo/DemoWorkspace.h"
#include "desk/ConversationWidget.h"
#include "desk/DeskWidget.h"
#include "desk/ReplyAssistPanel.h"
#include "common/ReplyModelSetting.h"
#include "desk/QueueWidget.h"
#include "models/QueueTableModel.h"
#include "experiments/ExperimentsWidget.h"
#include "graph/KnowledgeGraphWidget.h"
#include "profiles/ProfilesWidget.h"
#include "models/EncoderTrainingPage.h"
#include "models/ModelsWidget.h"
#include "common/Prompt.h"
#include "inference/DemoModel.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/AboutDialog.h"
#include "main/WelcomeDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Workspace.h"
#include "lexicons/LexiconsWidget.h"
#include "templates/DialogueFlowWidget.h"
#include "templates/TemplatesWidget.h"

#include <QPlainTextEdit>

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace lx;

namespace {
void settle(int ms = 1500)
{
    QTest::qWait(ms);
}

void save(QWidget* w, const QString& dir, const QString& name)
{
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    std::printf("%s\n", qPrintable(file));
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setApplicationName(QStringLiteral("lingxi-screenshots"));
    if (argc < 2)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.lingxi"));
    // The demo exactly as a user gets it: with its model, experiment traffic and review queue.
    if (auto st = demo::DemoWorkspace::create(path, {}, inference::addDemoModel); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error()));
        return 1;
    }
    auto ws = store::Workspace::open(path);
    if (!ws)
        return 1;
    auth::AuthService auth(*ws.value());
    ui::LanguageManager languages;

    // Training data for the marketer's Models panel (every 4th row of the Weibo data, three
    // labels) when the shared data is there; the active model is the demo's own.
    const QString weibo = QStringLiteral(LX_SHARED_DATA "/sentiment/weibo3_train.csv");
    QString sample = QDir(out).filePath(QStringLiteral("weibo-sample.csv"));
    if (QFile::exists(weibo)) {
        QFile in(weibo);
        in.open(QIODevice::ReadOnly);
        QByteArray csv = in.readLine();
        for (int i = 0; !in.atEnd(); ++i) {
            const QByteArray line = in.readLine();
            if (i % 4 == 0)
                csv += line;
        }
        QFile f(sample);
        f.open(QIODevice::WriteOnly);
        f.write(csv);
        f.close();
    } else {
        sample.clear();
    }

    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        languages.setLanguage(lang, false);
        const QString suffix = lang == QLatin1String("zh_CN") ? QStringLiteral("zh") : QStringLiteral("en");
        {
            ui::WelcomeDialog welcome{QString()};
            welcome.resize(560, 300);
            welcome.show();
            settle(300);
            save(&welcome, out, QStringLiteral("welcome-") + suffix);
        }
        {
            ui::LoginDialog login(auth, languages, true);
            login.resize(520, 520);
            login.show();
            login.findChild<QLineEdit*>(QStringLiteral("loginName"))->setText(QStringLiteral("supervisor"));
            login.findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(QStringLiteral("lingxi-supervisor"));
            settle(300);
            save(&login, out, QStringLiteral("login-") + suffix);
        }
        {
            ui::SettingsDialog settings(languages, path);
            settings.show();
            settle(300);
            save(&settings, out, QStringLiteral("settings-") + suffix);
            ui::AboutDialog about;
            about.show();
            settle(300);
            save(&about, out, QStringLiteral("about-") + suffix);
        }
        const QStringList onlyPanels = qEnvironmentVariable("LX_TOUR_ONLY").split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList onlyRoles = qEnvironmentVariable("LX_TOUR_ROLES").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto& who : {QStringLiteral("admin"), QStringLiteral("supervisor"), QStringLiteral("agent"), QStringLiteral("marketer")}) {
            if (!onlyRoles.isEmpty() && !onlyRoles.contains(who))
                continue;
            QString password;
            for (const auto& l : demo::DemoWorkspace::logins()) {
                if (l.name == who)
                    password = l.password;
            }
            auto session = auth.login(who, password);
            if (!session)
                return 1;
            ui::MainWindow window(*ws.value(), auth, session.value(), languages);
            window.resize(1280, 760);
            window.show();
            for (const QString& key : window.panelKeys()) {
                if (!onlyPanels.isEmpty() && !onlyPanels.contains(key))
                    continue;
                window.showPanel(key);
                if (key == QLatin1String("desk")) {
                    // The agent opens one of their conversations and puts in a script; the
                    // supervisor reads the one escalated after three negative messages.
                    auto* desk = window.findChild<ui::DeskWidget*>();
                    settle(2500);
                    QTableView* view = desk->queue()->view();
                    for (int r = 0; r < view->model()->rowCount(); ++r) {
                        const QModelIndex i = view->model()->index(r, 0);
                        const bool wanted = who == QLatin1String("agent")
                                                ? i.data(models::QueueTableModel::MineRole).toBool()
                                                      && i.data(models::QueueTableModel::SlaStatusRole).toInt() != int(desk::SlaStatus::Achieved)
                                                : i.data(models::QueueTableModel::StateKeyRole).toString() == QLatin1String("supervisor");
                        if (wanted) {
                            view->selectRow(r);
                            break;
                        }
                    }
                    settle(1500);
                    if (who == QLatin1String("supervisor")) {
                        // The assign dialog: every agent by name with their load and presence.
                        auto* assign = desk->findChild<QPushButton*>(QStringLiteral("assignButton"));
                        QTimer::singleShot(1200, [out, suffix] {
                            if (QWidget* dialog = QApplication::activeModalWidget()) {
                                save(dialog, out, QStringLiteral("assign-") + suffix);
                                dialog->close();
                            }
                        });
                        if (assign)
                            assign->click();
                        settle(500);
                    }
                    if (who == QLatin1String("agent")) {
                        auto* conversation = desk->conversation();
                        (void)QTest::qWaitFor([conversation] { return conversation->scriptPicker()->count() > 0
                                                                       && conversation->replyBox()->isEnabled(); }, 10000);
                        for (int i = 0; i < conversation->scriptPicker()->count(); ++i) {
                            if (conversation->scriptPicker()->item(i)->toolTip().startsWith(QStringLiteral("您好，感谢关注")))
                                conversation->insertScript(i);
                        }
                        if (!QTest::qWaitFor([conversation] { return !conversation->replyBox()->toPlainText().isEmpty(); }, 10000))
                            std::printf("desk: the script did not arrive in the reply box\n");
                        settle(1500);
                        // Reply suggestions from the tests' tiny Qwen2 checkpoint (random weights: the
                        // words are noise, the layout is what this shows), then the normal shot.
                        ui::setReplyModelFolder(QStringLiteral(LX_TEST_DATA "/transformer/qwen_tiny"));
                        auto* assist = conversation->assist();
                        QSignalSpy suggested(assist, &ui::ReplyAssistPanel::suggested);
                        assist->suggest();
                        suggested.wait(60000);
                        settle(500);
                        save(&window, out, QStringLiteral("desk-assist-%1-%2").arg(who, suffix));
                        ui::setReplyModelFolder(QString());
                    }
                }
                if (key == QLatin1String("audit") && who == QLatin1String("supervisor")) {
                    auto* audit = window.findChild<ui::AuditWidget*>();
                    settle(800);
                    audit->verifyChain();
                }
                if (key == QLatin1String("templates") && who == QLatin1String("marketer")) {
                    settle(1500);
                    auto* panel = window.findChild<ui::TemplatesWidget*>(QStringLiteral("templatesPanel"));
                    panel->selectItem(QStringLiteral("technology.standard"));
                    auto* editor = panel->findChild<QPlainTextEdit*>(QStringLiteral("contentEditor"));
                    editor->moveCursor(QTextCursor::End);
                    editor->insertPlainText(QStringLiteral("\n全网第一的{颜色}方案"));
                }
                if (key == QLatin1String("templates") && who == QLatin1String("supervisor")) {
                    // The preview for a highly active beauty fan: the matcher's pick and her audience.
                    settle(1500);
                    auto* panel = window.findChild<ui::TemplatesWidget*>(QStringLiteral("templatesPanel"));
                    panel->selectItem(QStringLiteral("beauty.standard"));
                    settle(500);
                    panel->findChild<QLineEdit*>(QStringLiteral("contentPreviewUser"))->setText(QStringLiteral("wechat:we_100064"));
                    panel->previewFor(QStringLiteral("wechat:we_100064"));
                    settle(1500);
                }
                if (key == QLatin1String("dialogue")) {
                    settle(1500);
                    auto* panel = window.findChild<ui::DialogueFlowWidget*>();
                    panel->findChild<QLineEdit*>(QStringLiteral("dialogueAnswer1"))->setText(QStringLiteral("最近脸很干，还起皮"));
                    panel->findChild<QLineEdit*>(QStringLiteral("dialogueAnswer2"))->setText(QStringLiteral("洗完脸会用保湿的"));
                    panel->rehearse();
                }
                if (key == QLatin1String("lexicons")) {
                    settle(1000);
                    auto* panel = window.findChild<ui::LexiconsWidget*>();
                    const QString path = QDir(out).filePath(QStringLiteral("brand_rivals.txt"));
                    QFile f(path);
                    f.open(QIODevice::WriteOnly);
                    f.write("竞品甲\n\n限量抢购\n\xff\xfe\n");
                    f.close();
                    panel->addFile(path);
                    settle(1500);
                    QFile::remove(path);
                    panel->findChild<QPlainTextEdit*>(QStringLiteral("lexiconTry"))
                        ->setPlainText(QStringLiteral("全网第一的美白精华，比竞品甲更好，限量抢购中，加微信领取"));
                    settle(1000);
                }
                if (key == QLatin1String("experiments") && who == QLatin1String("marketer")) {
                    // Two weeks of daily counts (for the picture only), shown as p-value by day.
                    QString csv = QStringLiteral("date,variant,weight,exposures,conversions\n");
                    std::mt19937 rng(5);
                    for (int d = 0; d < 14; ++d) {
                        const QString day = QDate(2026, 11, 1).addDays(d).toString(Qt::ISODate);
                        std::binomial_distribution<int> a(1000, 0.050), b(1000, 0.058);
                        csv += QStringLiteral("%1,A,1,1000,%2\n%1,B,1,1000,%3\n").arg(day).arg(a(rng)).arg(b(rng));
                    }
                    const QString path = QDir(out).filePath(QStringLiteral("daily-counts.csv"));
                    QFile f(path);
                    f.open(QIODevice::WriteOnly);
                    f.write(csv.toUtf8());
                    f.close();
                    auto* panel = window.findChild<ui::ExperimentsWidget*>();
                    (void)panel->loadCounts(path);
                    QFile::remove(path);
                    panel->findChild<QTabWidget*>(QStringLiteral("expCharts"))->setCurrentIndex(2);
                } else if (key == QLatin1String("experiments")) {
                    auto* panel = window.findChild<ui::ExperimentsWidget*>();
                    // Counts of the kind an ad platform exports (for the picture only).
                    panel->setCounts({{QStringLiteral("A"), 1, 10000, 500, 0},
                                      {QStringLiteral("B"), 1, who == QLatin1String("supervisor") ? 10700 : 10000,
                                       who == QLatin1String("supervisor") ? 700 : 640, 0},
                                      {QStringLiteral("C"), 1, 10000, 480, 0}});
                }
                if (key == QLatin1String("profiles")) {
                    auto* panel = window.findChild<ui::ProfilesWidget*>();
                    settle(1500);
                    if (who == QLatin1String("supervisor")) {
                        panel->findChild<QTabWidget*>(QStringLiteral("profilesTabs"))->setCurrentIndex(1);
                        panel->runFunnel();
                        settle(1500);
                    } else if (who == QLatin1String("marketer")) {
                        panel->findChild<QLineEdit*>(QStringLiteral("segExpression"))
                            ->setText(QStringLiteral("tag=美妆达人 and consent=marketing"));
                        panel->applySegment();
                        settle(2000);
                    }
                }
                if (key == QLatin1String("models")) {
                    auto* panel = window.findChild<ui::ModelsWidget*>();
                    settle(1500);
                    if (who == QLatin1String("marketer") && !sample.isEmpty()) {
                        panel->findChild<QTabWidget*>()->setCurrentIndex(1);
                        panel->loadTrainingData(sample);
                        settle(1500);
                        panel->startTraining();
                        (void)QTest::qWaitFor([panel] { return panel->lastReport().has_value(); }, 120000);
                        settle(500);
                        // The encoder page, fine-tuning the tests' tiny BERT on texts in its vocabulary.
                        if (ui::EncoderTrainingPage* page = panel->encoderPage()) {
                            panel->findChild<QTabWidget*>()->setCurrentWidget(page);
                            QByteArray csv("label,text\n");
                            for (int r = 0; r < 6; ++r) {
                                for (const char* t : {"我很喜欢这个产品", "很好", "这个产品很好", "喜欢"})
                                    csv += QByteArray("positive,") + t + '\n';
                                for (const char* t : {"很差", "退款", "这个产品很差", "我要退款"})
                                    csv += QByteArray("negative,") + t + '\n';
                            }
                            const QString tiny = QDir(tmp.path()).filePath(QStringLiteral("tiny-%1.csv").arg(suffix));
                            QFile f(tiny);
                            f.open(QIODevice::WriteOnly);
                            f.write(csv);
                            f.close();
                            page->setCheckpoint(QStringLiteral(LX_TEST_DATA "/transformer/bert_tiny"));
                            QSignalSpy read(page, &ui::EncoderTrainingPage::dataLoaded);
                            page->loadTrainingData(tiny);
                            read.wait(30000);
                            page->setOutputFolder(QDir(tmp.path()).filePath(QStringLiteral("tuned-%1").arg(suffix)));
                            page->setSteps(120);
                            page->setBatch(8);
                            page->setLearningRate(0.01);
                            ui::Prompt::setNextAnswer(QMessageBox::Yes);
                            page->start();
                            (void)QTest::qWaitFor([page] { return page->lastReport().has_value(); }, 180000);
                            settle(800);
                            save(&window, out, QStringLiteral("models-finetune-%1-%2").arg(who, suffix));
                            panel->findChild<QTabWidget*>()->setCurrentIndex(1);
                        }
                    } else {
                        panel->findChild<QLineEdit*>(QStringLiteral("tryText"))->setText(QStringLiteral("客服半天不回，物流也慢，太失望了"));
                        settle(1500);
                    }
                }
                if (key == QLatin1String("graph")) {
                    settle(5000); // the first showing lays the graph out
                    auto* panel = window.findChild<ui::KnowledgeGraphWidget*>();
                    if (who == QLatin1String("agent"))
                        panel->focusConcept(QStringLiteral("水光修护精华"));
                    if (who == QLatin1String("marketer"))
                        panel->focusConcept(QStringLiteral("yxa"));
                }
                settle();
                save(&window, out, QStringLiteral("%1-%2-%3").arg(key, who, suffix));
            }
        }
    }
    if (!sample.isEmpty())
        QFile::remove(sample);
    return 0;
}
