#pragma once

#include <QString>

namespace lx::cli {

// Reads secrets for the CLI: from the terminal with echo off, or one line of standard input
// when it is a pipe. Never from the command line, where every user of the machine can read it.
class PasswordPrompt final
{
public:
    PasswordPrompt() = delete;
    static bool interactive();
    // Returns a null QString at end of input.
    static QString read(const QString& prompt);
};

} // namespace lx::cli
