#pragma once

#include "common/Result.h"
#include "text/LexiconMatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::text {

struct SourceIssue
{
    QString file;
    int line = 0;
    QString reason;
};

// The word lists a command names: every *.txt of some folders (category = file name) and an
// optional allow-list file, loaded into a matcher through a cache keyed by the files' own bytes.
// Loading unchanged files a second time parses no list at all: the compiled database and the
// lists' line issues come back from the cache (a 180,000-entry set loads in milliseconds instead
// of a third of a second). Any change to a file's name or bytes misses the cache.
class LexiconSource final
{
    Q_DECLARE_TR_FUNCTIONS(LexiconSource)

public:
    LexiconSource() = delete;

    static Result<LexiconStats> load(LexiconMatcher& matcher, const QStringList& dirs, const QString& allowFile,
                                     const QString& cacheDir, QList<SourceIssue>* issues);
};

} // namespace lx::text
