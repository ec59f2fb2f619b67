#pragma once

// Runs the command-line tool (LX_CLI_PATH) the way a user's shell would, for the tests that
// drive it: a private HOME and data folder, no LINGXI_OPERATOR or LINGXI_WORKSPACE from the
// caller's environment, standard input given as bytes or a file. A command still running after
// `timeoutMs` is killed and reads as exit code -1. Header-only.
#include <QByteArray>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lx::test {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

struct CliOptions
{
    QByteArray stdinData;
    QString stdinFile;  // instead of stdinData
    QString stdoutFile; // instead of capturing standard output
    QString cacheHome;  // XDG_CACHE_HOME, when the test keeps caches apart
    int timeoutMs = 120000;
};

inline CliRun runCli(const QString& home, const QStringList& args, const CliOptions& o = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("xdg")));
    if (!o.cacheHome.isEmpty())
        env.insert(QStringLiteral("XDG_CACHE_HOME"), o.cacheHome);
    env.remove(QStringLiteral("LINGXI_OPERATOR"));
    env.remove(QStringLiteral("LINGXI_WORKSPACE"));
    p.setProcessEnvironment(env);
    if (!o.stdinFile.isEmpty())
        p.setStandardInputFile(o.stdinFile);
    if (!o.stdoutFile.isEmpty())
        p.setStandardOutputFile(o.stdoutFile);
    p.start(QStringLiteral(LX_CLI_PATH), args);
    p.waitForStarted();
    if (o.stdinFile.isEmpty()) {
        p.write(o.stdinData);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(o.timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace lx::test
