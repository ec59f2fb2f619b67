#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lx {

// The one output policy: a path Lingxi writes a report, an export or a model to never replaces
// what it names unless that is a regular file. Files are written beside the path and renamed
// over it (QSaveFile); as root that rename would turn /dev/null into a regular file or replace a
// directory's entry, so an existing directory, device, FIFO or socket is refused before anything
// is written. Every write error, a full disk included, is an error.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // Success when the path does not exist yet or names a regular file (a link to one is
    // followed: the file it points to is replaced, the link kept).
    static Status checkPath(const QString& path);
    // checkPath, then the bytes written atomically: all of them or, on any error, nothing.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace lx
