#include "cli/PasswordPrompt.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace lx::cli {

bool PasswordPrompt::interactive()
{
    return isatty(STDIN_FILENO) != 0;
}

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
        const bool got = bool(std::getline(std::cin, line));
        if (haveTerm)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::cerr << std::endl;
        if (!got)
            return {};
    } else if (!std::getline(std::cin, line)) {
        return {};
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace lx::cli
