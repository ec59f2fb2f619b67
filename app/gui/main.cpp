#include "common/LanguageManager.h"
#include "main/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lingxi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lingxi"));
    QApplication::setApplicationVersion(QStringLiteral(LX_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lingxi.Lingxi"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lingxi.png")));
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lingxi operator workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Open this workspace file."),
                                 QStringLiteral("path"));
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language: zh_CN or en."),
                                QStringLiteral("code"));
    parser.addOption(workspace);
    parser.addOption(language);
    parser.process(app);

    lx::ui::LanguageManager languages;
    languages.applySaved();
    if (parser.isSet(language))
        languages.setLanguage(parser.value(language), false);

    lx::ui::AppController controller(languages);
    controller.start(parser.value(workspace));
    return QApplication::exec();
}
