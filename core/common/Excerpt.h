#pragma once

#include "common/InputLimits.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace lx {

// What an error message may quote of its input: at most `maxChars` characters (an ellipsis
// marks the cut), control characters written as \xNN or \uNNNN so that nothing raw reaches a
// terminal or a log, and no line break. Every message that repeats a value, a name or a line
// read from a file or the command line goes through this.
QString excerpt(QStringView text, int maxChars = limits::kExcerptChars);
// The same for raw bytes: invalid UTF-8 is shown as \xNN.
QString excerpt(const QByteArray& bytes, int maxChars = limits::kExcerptChars);

// True when the text holds a control character (C0, DEL, C1, NUL included), a line or paragraph
// separator, or a lone surrogate: never part of an id, a name or a word.
bool hasControlCharacters(QStringView text);

} // namespace lx
