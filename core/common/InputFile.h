#pragma once

#include "common/InputLimits.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

class QIODevice;

namespace lx {

// The one input policy every reader follows. A path names a regular file (a symbolic link to
// one is fine) or is "-" for standard input; a directory, a device such as /dev/zero, a FIFO
// or a socket is refused with a one-line error before anything is read from it (a FIFO is never
// waited on). What is read whole is read up to a named limit (common/InputLimits.h): a larger
// regular file is refused by its size before a byte is read, and a stream that goes on past the
// limit is refused once the limit is reached, so an input never costs more memory than its limit.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    enum class Line {
        Ok,      // `line` holds the line without its line break
        TooLong, // the line is longer than the limit: `line` holds its first maxBytes bytes
        End,     // nothing more to read
    };

    // Opens a path for reading; "-" is standard input.
    static Result<std::unique_ptr<QFile>> open(const QString& path);
    // A whole file of at most maxBytes; `what` names the kind of input in the error ("template").
    static Result<QByteArray> read(const QString& path, qint64 maxBytes, const QString& what);
    // The rest of an open device, at most maxBytes.
    static Result<QByteArray> read(QIODevice& device, qint64 maxBytes, const QString& name, const QString& what);
    // The whole of standard input, at most maxBytes.
    static Result<QByteArray> readStdin(qint64 maxBytes, const QString& what);

    enum class Overflow {
        SkipRest, // after TooLong the rest of the long line has been read past, in bounded steps
        Stop,     // after TooLong the rest is left unread (standard input that may never end)
    };
    // One line of at most maxBytes (not counting its CR LF or LF). Keep `line` between calls:
    // its buffer is reused.
    static Line readLine(QIODevice& device, qint64 maxBytes, QByteArray& line, Overflow overflow = Overflow::SkipRest);

    // "stdin" for "-", else the path as an error message may quote it (an excerpt).
    static QString displayName(const QString& path);
    // "1 MiB", "256 MiB", "64 KiB", "100 bytes".
    static QString sizeText(qint64 bytes);
};

} // namespace lx
