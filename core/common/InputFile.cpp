#include "common/InputFile.h"

#include "common/Excerpt.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lx {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return InputFile::tr("a directory");
    if (S_ISCHR(mode))
        return InputFile::tr("a character device");
    if (S_ISBLK(mode))
        return InputFile::tr("a block device");
    if (S_ISFIFO(mode))
        return InputFile::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return InputFile::tr("a socket");
    return InputFile::tr("not a regular file");
}

} // namespace

QString InputFile::displayName(const QString& path)
{
    return path == QLatin1String("-") ? QStringLiteral("stdin") : excerpt(path, 120);
}

QString InputFile::sizeText(qint64 bytes)
{
    if (bytes >= (1LL << 30) && bytes % (1LL << 30) == 0)
        return tr("%1 GiB").arg(bytes >> 30);
    if (bytes >= (1LL << 20) && bytes % (1LL << 20) == 0)
        return tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes >> 10);
    return tr("%n byte(s)", nullptr, int(qMin<qint64>(bytes, INT_MAX)));
}

Result<std::unique_ptr<QFile>> InputFile::open(const QString& path)
{
    using R = Result<std::unique_ptr<QFile>>;
    auto file = std::make_unique<QFile>();
    if (path == QLatin1String("-")) {
        // The descriptor, not stdio's FILE: QFile reads lines from a FILE with fgets, which stops
        // at a NUL byte; the descriptor keeps every byte.
        if (!file->open(STDIN_FILENO, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
            return R::failure(tr("cannot read stdin: %1").arg(file->errorString()), ErrorCode::Io);
        return R(std::move(file));
    }
    if (path.isEmpty())
        return R::failure(tr("no file named"), ErrorCode::Invalid);
    if (path.startsWith(QLatin1String(":/"))) {
        // A resource compiled into Lingxi (the shipped graph, lexicons, calendar): no device there.
        file->setFileName(path);
        if (!file->open(QIODevice::ReadOnly))
            return R::failure(tr("cannot read %1: %2").arg(displayName(path), file->errorString()), ErrorCode::NotFound);
        return R(std::move(file));
    }
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the descriptor's type is checked
    // before anything is read, then it reads normally.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int e = errno;
        return R::failure(tr("cannot read %1: %2").arg(displayName(path), QString::fromLocal8Bit(std::strerror(e))),
                          e == ENOENT ? ErrorCode::NotFound : ErrorCode::Io);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString kind = kindOf(st.st_mode);
        ::close(fd);
        return R::failure(tr("cannot read %1: it is %2, not a regular file").arg(displayName(path), kind),
                          ErrorCode::Invalid);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    file->setFileName(path);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return R::failure(tr("cannot read %1: %2").arg(displayName(path), file->errorString()), ErrorCode::Io);
    }
    return R(std::move(file));
}

Result<QByteArray> InputFile::read(QIODevice& device, qint64 maxBytes, const QString& name, const QString& what)
{
    if (!device.isSequential() && device.size() > maxBytes)
        return Result<QByteArray>::failure(tr("%1 is larger than %2, the limit for %3").arg(name, sizeText(maxBytes), what),
                                           ErrorCode::Invalid);
    QByteArray out;
    constexpr qint64 kBlock = 1 << 16;
    for (;;) {
        // Reads one byte past the limit at most: enough to know the input is too large.
        const qint64 room = maxBytes + 1 - out.size();
        if (room <= 0)
            return Result<QByteArray>::failure(
                tr("%1 is larger than %2, the limit for %3").arg(name, sizeText(maxBytes), what), ErrorCode::Invalid);
        const qint64 want = qMin(kBlock, room);
        const qsizetype at = out.size();
        out.resize(at + want);
        const qint64 got = device.read(out.data() + at, want);
        if (got < 0)
            return Result<QByteArray>::failure(tr("cannot read %1: %2").arg(name, device.errorString()), ErrorCode::Io);
        out.resize(at + got);
        if (got == 0)
            break; // files and standard input block until they have data: nothing means the end
    }
    return out;
}

Result<QByteArray> InputFile::read(const QString& path, qint64 maxBytes, const QString& what)
{
    auto file = open(path);
    if (!file)
        return Result<QByteArray>(file.status());
    return read(*file.value(), maxBytes, displayName(path), what);
}

Result<QByteArray> InputFile::readStdin(qint64 maxBytes, const QString& what)
{
    return read(QStringLiteral("-"), maxBytes, what);
}

InputFile::Line InputFile::readLine(QIODevice& device, qint64 maxBytes, QByteArray& line, Overflow overflow)
{
    // Room for the longest line accepted, its CR LF, and readLine's terminating NUL.
    line.resize(maxBytes + 3);
    const qint64 n = device.readLine(line.data(), line.size());
    if (n <= 0) {
        line.clear();
        return Line::End;
    }
    line.resize(n);
    const bool complete = line.endsWith('\n') || n < maxBytes + 2;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (!complete && overflow == Overflow::SkipRest) {
        char buffer[1 << 14];
        for (;;) {
            const qint64 more = device.readLine(buffer, sizeof(buffer));
            if (more <= 0 || buffer[more - 1] == '\n')
                break;
        }
    }
    if (!complete || line.size() > maxBytes) {
        line.truncate(maxBytes);
        return Line::TooLong;
    }
    return Line::Ok;
}

} // namespace lx
