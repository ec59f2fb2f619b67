#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace lx::store {
class Workspace;
}
namespace lx::auth {
class AuthService;
class Session;
}

namespace lx::text {
class LexiconMatcher;
}

namespace lx::cli {

struct VerbParser;

// lingxi-cli [--workspace PATH] [--as OPERATOR] [--json] <area> <verb> [options]
// Exit status: 0 success, 1 error, 2 usage, 3 a check found a problem.
class Cli final
{
public:
    explicit Cli(QStringList arguments);
    ~Cli();
    int run();

private:
    struct Outcome
    {
        int exitCode = 0;
        QString error;
        QJsonObject json;
        QString text;
        bool streamed = false; // the results already went to stdout as they came (bulk checks)
    };

    Outcome dispatch();
    // Runs the same command line in lingxi-cli-ml, the build that links libtorch (exec: stdin,
    // stdout and the exit status carry over). Returns only when that fails.
    Outcome execWithInference();
    Outcome workspaceArea(const QString& verb, const QStringList& args);
    Outcome operatorsArea(const QString& verb, const QStringList& args);
    Outcome auditArea(const QString& verb, const QStringList& args);
    Outcome demoArea(const QString& verb, const QStringList& args);
    Outcome contentArea(const QString& verb, const QStringList& args);
    Outcome checkMany(const text::LexiconMatcher& compliance); // content check --jsonl
    Outcome contentWorkspaceArea(const QString& verb, const QStringList& args); // ContentCommands.cpp
    Outcome graphArea(const QString& verb, const QStringList& args); // GraphCommands.cpp
    Outcome abArea(const QString& verb, const QStringList& args);    // AbCommands.cpp
    Outcome qualityArea(const QString& verb, const QStringList& args); // QualityCommands.cpp
    Outcome experimentsArea(const QString& verb, const QStringList& args); // ExperimentCommands.cpp
    Outcome profilesArea(const QString& area, const QString& verb, const QStringList& args); // ProfileCommands.cpp
    Outcome funnelArea(const QStringList& args);                                              // ProfileCommands.cpp
    Outcome privacyArea(const QString& verb, const QStringList& args);                        // ProfileCommands.cpp
    Outcome sentimentArea(const QString& verb, const QStringList& args);                      // SentimentCommands.cpp
    Outcome encoderArea(const QString& verb, const QStringList& args);                        // TransformerCommands.cpp
    Outcome llmArea(const QString& verb, const QStringList& args);                            // TransformerCommands.cpp
    // sentiment eval / predict with a model file on the CPU: answered here without libtorch.
    static bool sentimentWithoutTorch(const QStringList& verbAndArgs);                         // SentimentCommands.cpp
    Outcome deskArea(const QString& verb, const QStringList& args);                           // DeskCommands.cpp
    Outcome deskReplay(const QStringList& args);                                              // DeskCommands.cpp
    Outcome deskMonitor(const auth::Session& me, bool once, int interval_ms);                 // DeskCommands.cpp

    // Parses a verb's options, answers --help, opens the workspace; an Outcome means stop here.
    std::optional<Outcome> prepareVerb(VerbParser& v, const QStringList& args, const QList<QCommandLineOption>& options,
                                       const char* help, int maxPositional = 0, bool readOnly = false);
    // readOnly: for the verbs that only look (info, check, verify): nothing is written or migrated.
    Status openWorkspace(bool create, bool readOnly = false);
    Result<auth::Session> login();

    static Outcome fail(const QString& reason, int code = 1);
    // An error as it is printed: one line, at most kMaxErrorChars characters, controls escaped.
    static QString errorLine(const QString& error);
    static constexpr int kMaxErrorChars = 240;
    static Outcome usage(const QString& text);

    QStringList m_arguments;
    QString m_workspacePath;
    QString m_operator;
    QString m_loginPassword;
    bool m_json = false;
    std::unique_ptr<store::Workspace> m_workspace;
    std::unique_ptr<auth::AuthService> m_auth;
};

} // namespace lx::cli
