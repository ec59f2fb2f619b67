#pragma once

#include <QString>

namespace lx::text {

// Pinyin initials of a Chinese name ("烟酰胺" → "yxa"), through ICU's Han-Latin transliteration,
// so that people can find a concept by typing the first letters of its syllables. Latin letters
// and digits in the name are kept as they are (lower case).
class PinyinInitials final
{
public:
    PinyinInitials() = delete;
    static QString of(const QString& text);
};

} // namespace lx::text
