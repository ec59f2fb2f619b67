#pragma once

// What every libFuzzer target here shares: the input as a QByteArray (a copy, so that reading
// past its end is an AddressSanitizer report) and, for readers that take a path, one scratch
// file per process that each input overwrites.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace lx::fuzz {

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input split at its first newline: a header or option line, and the rest.
inline std::pair<QByteArray, QByteArray> splitFirstLine(const QByteArray& bytes)
{
    const qsizetype nl = bytes.indexOf('\n');
    if (nl < 0)
        return {bytes, QByteArray()};
    return {bytes.left(nl), bytes.mid(nl + 1)};
}

// Writes the input to <temp>/lx-fuzz-<pid><suffix> and returns the path; the file is removed
// when the process exits.
inline QString scratchFile(const QByteArray& bytes, const char* suffix)
{
    struct Scratch
    {
        QString path;
        ~Scratch() { QFile::remove(path); }
    };
    static Scratch scratch{QDir::tempPath() + QStringLiteral("/lx-fuzz-%1").arg(QCoreApplication::applicationPid())
                           + QString::fromLatin1(suffix)};
    const QString& path = scratch.path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        abort(); // the fuzzer's own machinery failed, not the code under test
    return path;
}

} // namespace lx::fuzz
