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
    // The seed industry vocabulary for "technology", "beauty" or "education" (empty otherwise).
    static text::LexiconFile industryTerms(const QString& industry);
};

} // namespace lx::content
