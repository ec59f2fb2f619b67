#include "cli/VerbParser.h"

namespace lx::cli {

bool VerbParser::parse(const QStringList& args, const QList<QCommandLineOption>& options, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addOption(QCommandLineOption(QStringLiteral("help")));
    if (!parser.parse(QStringList{QStringLiteral("lingxi-cli")} + args)) {
        error = parser.errorText();
        return false;
    }
    help = parser.isSet(QStringLiteral("help"));
    if (!help && parser.positionalArguments().size() > maxPositional) {
        error = QStringLiteral("unexpected argument: ") + parser.positionalArguments().at(maxPositional);
        return false;
    }
    return true;
}

QCommandLineOption valueOption(const char* name)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
}

QCommandLineOption flagOption(const char* name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

} // namespace lx::cli
