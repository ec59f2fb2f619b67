#pragma once

#include "text/NormalizedText.h"

#include <QString>

namespace lx::text {

// Normalises text for matching the way filters people trust do: compatibility forms (full-width
// letters and digits, circled numbers) to their plain form, case folding, traditional to
// simplified Chinese (OpenCC's character table), and removal of what people insert to slip past
// a filter: zero-width and format characters, spaces, punctuation, symbols and emoji. Every kept
// code point remembers where it came from, so a hit is reported in the original text.
class TextNormalizer final
{
public:
    TextNormalizer() = delete;

    static NormalizedText normalize(const QString& text);
    // The same normalisation for a lexicon entry, as plain text.
    static QString normalizeWord(const QString& word);
    static bool isFiller(char32_t cp);
    // The character-level part alone: compatibility form, traditional to simplified, case fold.
    // Keeps punctuation and emoji (a sentiment model reads them; a filter drops them).
    static char32_t fold(char32_t cp);

    // Converts a code point offset in `text` to a UTF-16 offset (for QTextCursor and friends).
    static int utf16Offset(const QString& text, qint32 codePointOffset);
    static qint32 codePointLength(const QString& text);
};

} // namespace lx::text
