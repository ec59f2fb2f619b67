#pragma once

#include "common/InputFile.h"
#include "common/InputLimits.h"
#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lx::cli {

// One verb's options: parsed with --help and without positional arguments unless the verb
// takes some (`graph import FILE`).
struct VerbParser
{
    QCommandLineParser parser;
    QString error;
    bool help = false;

    bool parse(const QStringList& args, const QList<QCommandLineOption>& options, int maxPositional = 0);
};

inline bool parseVerb(VerbParser& v, const QStringList& args, const QList<QCommandLineOption>& options)
{
    return v.parse(args, options);
}

QCommandLineOption valueOption(const char* name);
// An optional numeric option: left as it is when absent; false with `error` set when present but
// not a (finite) number, or not a whole number from lo to hi.
bool readNumber(const QCommandLineParser& p, const char* name, double& out, QString& error);
bool readInt(const QCommandLineParser& p, const char* name, int lo, int hi, int& out, QString& error);
QCommandLineOption flagOption(const char* name);

// A file named on the command line ("-" for stdin), whole, up to its limit (common/InputLimits.h);
// `what` names the kind of file in the error. Only regular files are read (InputFile).
Result<QByteArray> readFileArgument(const QString& path, qint64 maxBytes, const QString& what);
// The same, holding one JSON object (policies, settings, rules), up to limits::kMaxJsonArgumentBytes.
Result<QJsonObject> readJsonObjectArgument(const QString& path);

} // namespace lx::cli
