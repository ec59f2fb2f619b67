#include "cli/PasswordPrompt.h"

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <iostream>
#include <string>

namespace lx::cli {

bool PasswordPrompt::interactive()
{
    return isatty(STDIN_FILENO) != 0;
}

namespace {

// One line from standard input, read a byte at a time straight from the descriptor: a buffered
// reader (std::cin, stdio) would take more than the line, and the command's own input that
// follows the password on a pipe would be lost to the readers that come after (they read the
// descriptor, which keeps NUL bytes and long lines intact).
bool readLineUnbuffered(std::string& line)
{
    line.clear();
    char c = 0;
    bool any = false;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return any;
        any = true;
        if (c == '\n')
            return true;
        if (line.size() < 4096) // a password, not a file
            line.push_back(c);
    }
}

} // namespace

QString PasswordPrompt::read(const QString& prompt)
{
    std::string line;
    if (interactive()) {
        std::cerr << prompt.toStdString() << std::flush;
        termios old {};
        const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
        if (haveTerm) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        const bool got = readLineUnbuffered(line);
        if (haveTerm)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::cerr << std::endl;
        if (!got)
            return {};
    } else if (!readLineUnbuffered(line)) {
        return {};
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace lx::cli
