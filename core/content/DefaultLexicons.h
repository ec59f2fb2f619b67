#pragma once

#include "text/LexiconFile.h"

#include <QCoreApplication>

namespace lx::content {

// The compliance lists Lingxi ships with, written for this project: absolute claims that China's
// Advertising Law forbids (最佳, 第一, 国家级 …), medical and efficacy claims (根治, 包治百病,
// 药到病除 …), promised returns (保本, 稳赚不赔 …) and platform rules against moving users
// off-platform (加微信, 好评返现 …); each file is one category.
class DefaultLexicons final
{
    Q_DECLARE_TR_FUNCTIONS(DefaultLexicons)

public:
    DefaultLexicons() = delete;
    // A category's name in the user's language: the shipped ones are translated, a workspace's own
    // list keeps the name an admin gave it.
    static QString categoryTitle(const QString& category);
    static QList<text::LexiconFile> load();
    // Known false positives of those lists (第一次, 第一时间, ...): an allow-list the workspace's
    // checks use; the command line's `content check` takes only the --allow it is given.
    static text::LexiconFile allowList();
    // The seed industry vocabulary for "technology", "beauty" or "education" (empty otherwise).
    static text::LexiconFile industryTerms(const QString& industry);
};

} // namespace lx::content
