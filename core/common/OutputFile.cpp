#include "common/OutputFile.h"

#include "common/InputFile.h"

#include <QSaveFile>

#include <sys/stat.h>

namespace lx {

Status OutputFile::checkPath(const QString& path)
{
    if (path.isEmpty())
        return Status::failure(tr("no output file named"), ErrorCode::Invalid);
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Status::success(); // not there yet (or a dangling link, which QSaveFile creates)
    if (S_ISREG(st.st_mode))
        return Status::success();
    const QString kind = S_ISDIR(st.st_mode)    ? tr("a directory")
                         : S_ISCHR(st.st_mode)  ? tr("a character device")
                         : S_ISBLK(st.st_mode)  ? tr("a block device")
                         : S_ISFIFO(st.st_mode) ? tr("a named pipe (FIFO)")
                         : S_ISSOCK(st.st_mode) ? tr("a socket")
                                                : tr("not a regular file");
    return Status::failure(tr("will not write %1: it is %2, and writing would replace it; name a file")
                               .arg(InputFile::displayName(path), kind),
                           ErrorCode::Invalid);
}

Status OutputFile::write(const QString& path, const QByteArray& bytes)
{
    if (auto st = checkPath(path); !st)
        return st;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(InputFile::displayName(path), f.errorString()), ErrorCode::Io);
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        return Status::failure(tr("cannot write %1: %2").arg(InputFile::displayName(path), why), ErrorCode::Io);
    }
    if (!f.commit())
        return Status::failure(tr("cannot write %1: %2").arg(InputFile::displayName(path), f.errorString()), ErrorCode::Io);
    return Status::success();
}

} // namespace lx
