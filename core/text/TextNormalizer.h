#pragma once

#include "text/NormalizedText.h"

#include <QChar>
#include <QString>

#include <vector>

namespace lx::text {

// A text normalised straight from UTF-8 into buffers reused from one text to the next (bulk
// checks). The rules are normalize()'s; each kept code point remembers its original code point
// index and the original's bytes, so hits map back to offsets and excerpts of the input.
struct Utf8Normalized
{
    struct Origin
    {
        qint32 normalizedByte; // where this code point starts in utf8
        qint32 index;          // original code point index
        qint32 byteStart;      // the original code point's bytes in the input
        qint32 byteEnd;
    };
    QByteArray utf8;
    std::vector<Origin> origin;
    qint32 originalLength = 0; // code points in the input (an invalid byte counts as one)

    // Index of the normalised code point that starts at (or contains) a normalised byte offset.
    int indexAtByte(qint32 byte) const;
};

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
    // The same from UTF-8 (invalid bytes read as U+FFFD, one code point each, and dropped as filler).
    static void normalizeUtf8(const char* data, qsizetype size, Utf8Normalized& out);
    // The same normalisation for a lexicon entry, as plain text.
    static QString normalizeWord(const QString& word);
    static bool isFiller(char32_t cp);
    // Unicode's punctuation classes (P*).
    static bool isPunctuation(char32_t cp);
    // Joiners and variation selectors: invisible glue between the characters of an emoji.
    static bool isJoiner(char32_t cp);
    // Calls f(codePoint) for each code point of text (surrogate pairs decoded).
    template<typename F>
    static void forEachCodePoint(const QString& text, F&& f)
    {
        const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            char32_t cp = p[i];
            if (QChar::isHighSurrogate(cp) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
                cp = QChar::surrogateToUcs4(char16_t(cp), p[i + 1]);
                ++i;
            }
            f(cp);
        }
    }
    // The character-level part alone: compatibility form, traditional to simplified, case fold.
    // Keeps punctuation and emoji (a sentiment model reads them; a filter drops them).
    static char32_t fold(char32_t cp);

    // Converts a code point offset in `text` to a UTF-16 offset (for QTextCursor and friends).
    static int utf16Offset(const QString& text, qint32 codePointOffset);
    static qint32 codePointLength(const QString& text);
    // Appends one code point as UTF-8.
    static void appendUtf8(QByteArray& out, char32_t cp);
};

} // namespace lx::text
