#include "TestSupport.h"

#include "common/LanguageManager.h"
#include "login/FirstAdminDialog.h"
#include "login/LoginDialog.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "main/WelcomeDialog.h"
#include "settings/SettingsDialog.h"

#include "store/Workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;

// The start-up flow as a new user meets it: first run, a damaged file, an empty workspace.
class tst_AppController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::LanguageManager> m_languages;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        // Test mode keeps its data folder between runs: start each run as a first run.
        QFile::remove(ui::AppController::demoPath());
        QFile::remove(ui::AppController::demoPath() + QStringLiteral("-wal"));
        QFile::remove(ui::AppController::demoPath() + QStringLiteral("-shm"));
        m_languages = std::make_unique<ui::LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"), false);
    }

    void damagedWorkspaceGetsADialogAndStaysUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.lingxi"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a spreadsheet export, not a workspace\n");
        f.close();
        const QByteArray before = test::fileHash(path);
        ui::AppController controller(*m_languages);
        controller.start(path);
        QTRY_VERIFY_WITH_TIMEOUT(controller.errorDialog() != nullptr, 10000);
        QVERIFY(controller.errorDialog()->informativeText().contains(QLatin1String("not a Lingxi workspace")));
        QVERIFY(!controller.mainWindow());
        QVERIFY(!controller.loginDialog());
        QCOMPARE(test::fileHash(path), before);
        // Closing the message offers the ways forward.
        controller.errorDialog()->accept();
        QTRY_VERIFY(controller.welcomeDialog() != nullptr);
    }

    void firstRunOffersTheDemoWorkspace()
    {
        QVERIFY(!QFile::exists(ui::SettingsDialog::startupWorkspace()));
        ui::AppController controller(*m_languages);
        controller.start();
        QTRY_VERIFY(controller.welcomeDialog() && controller.welcomeDialog()->isVisible());
        QTest::mouseClick(controller.welcomeDialog()->findChild<QPushButton*>(QStringLiteral("welcomeDemo")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog() != nullptr, 60000);
        QCOMPARE(controller.workspace()->path(), QFileInfo(ui::AppController::demoPath()).absoluteFilePath());
        auto* table = controller.loginDialog()->findChild<QTableWidget*>(QStringLiteral("demoLoginTable"));
        QVERIFY(table);
        // Clicking a demo login fills the form; logging in opens that role's window.
        table->cellClicked(3, 0); // the first agent
        QTest::mouseClick(controller.loginDialog()->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        QCOMPARE(controller.mainWindow()->panelKeys(),
                 (QStringList{QStringLiteral("desk"), QStringLiteral("dashboard"), QStringLiteral("account"), QStringLiteral("scripts"), QStringLiteral("quality"), QStringLiteral("graph")}));
        // The demo is remembered as the start-up workspace.
        QCOMPARE(ui::SettingsDialog::startupWorkspace(), controller.workspace()->path());
    }

    void emptyWorkspaceAsksForTheFirstAdmin()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.lingxi"));
        ui::AppController controller(*m_languages);
        controller.start(path);
        QTRY_VERIFY_WITH_TIMEOUT(controller.firstAdminDialog() != nullptr, 10000);
        auto* dialog = controller.firstAdminDialog();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstAdminName")), QStringLiteral("chief"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstAdminPassword")), QStringLiteral("chief-pass-1"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstAdminRepeat")), QStringLiteral("chief-pass-2"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("firstAdminCreate")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("firstAdminError"))->text().contains(QLatin1String("differ")));
        dialog->findChild<QLineEdit*>(QStringLiteral("firstAdminRepeat"))->clear();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstAdminRepeat")), QStringLiteral("chief-pass-1"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("firstAdminCreate")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        QVERIFY(controller.mainWindow()->panelKeys().contains(QStringLiteral("operators")));
    }
};

QTEST_MAIN(tst_AppController)
#include "tst_AppController.moc"
