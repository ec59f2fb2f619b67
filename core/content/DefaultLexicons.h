#pragma once

#include "text/LexiconFile.h"

namespace lx::content {

// The compliance lists Lingxi ships with: absolute claims that China's Advertising Law forbids
// (最佳, 第一, 国家级, ...) and platform rules against moving users off-platform.
class DefaultLexicons final
{
public:
    DefaultLexicons() = delete;
    static QList<text::LexiconFile> load();
    // Known false positives of those lists (第一次, 第一时间, ...): an allow-list the workspace's
    // checks use; the command line's `content check` takes only the --allow it is given.
    static text::LexiconFile allowList();
    // The seed industry vocabulary for "technology", "beauty" or "education" (empty otherwise).
    static text::LexiconFile industryTerms(const QString& industry);
};

} // namespace lx::content
