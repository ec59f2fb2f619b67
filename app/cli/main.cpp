#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lingxi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LX_VERSION_STRING));
    lx::cli::Cli cli(QCoreApplication::arguments());
    return cli.run();
}
