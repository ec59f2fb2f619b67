#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
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
QCommandLineOption flagOption(const char* name);

} // namespace lx::cli
