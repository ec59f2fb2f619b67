#include "cli/VerbParser.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

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
        error = QStringLiteral("unexpected argument: ") + excerpt(parser.positionalArguments().at(maxPositional));
        return false;
    }
    return true;
}

QCommandLineOption valueOption(const char* name)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
}

bool readNumber(const QCommandLineParser& p, const char* name, double& out, QString& error)
{
    const QString key = QString::fromLatin1(name);
    if (!p.isSet(key))
        return true;
    bool ok = false;
    out = p.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(out)) {
        error = QStringLiteral("--%1 needs a number, not '%2'").arg(key, excerpt(p.value(key)));
        return false;
    }
    return true;
}

bool readInt(const QCommandLineParser& p, const char* name, int lo, int hi, int& out, QString& error)
{
    const QString key = QString::fromLatin1(name);
    if (!p.isSet(key))
        return true;
    bool ok = false;
    const int v = p.value(key).toInt(&ok);
    if (!ok || v < lo || v > hi) {
        error = QStringLiteral("--%1 is a whole number from %2 to %3, not '%4'").arg(key).arg(lo).arg(hi).arg(excerpt(p.value(key)));
        return false;
    }
    out = v;
    return true;
}

QCommandLineOption flagOption(const char* name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

Result<QByteArray> readFileArgument(const QString& path, qint64 maxBytes, const QString& what)
{
    return InputFile::read(path, maxBytes, what);
}

Result<QJsonObject> readJsonObjectArgument(const QString& path)
{
    auto bytes = readFileArgument(path, limits::kMaxJsonArgumentBytes, QStringLiteral("a JSON file"));
    if (!bytes)
        return Result<QJsonObject>(bytes.status());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1: not a JSON object (%2)").arg(InputFile::displayName(path), pe.errorString()));
    return doc.object();
}

} // namespace lx::cli
