#include "text/WordSegmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include <memory>

namespace lx::text {

QList<Word> WordSegmenter::segment(const QString& text)
{
    QList<Word> out;
    // Creating an iterator loads ICU's dictionaries: one per thread, reused.
    thread_local std::unique_ptr<icu::BreakIterator> it;
    if (!it) {
        UErrorCode status = U_ZERO_ERROR;
        it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
        if (U_FAILURE(status))
            it.reset();
        if (!it)
            return out;
    }
    const icu::UnicodeString us(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    it->setText(us);
    int32_t start = it->first();
    int32_t startCodePoint = 0; // counted as the words go, not from the text's start each time
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const int32_t length = us.countChar32(start, end - start);
        const int32_t at = startCodePoint;
        startCodePoint += length;
        // Rule status "none" marks spaces and punctuation.
        if (it->getRuleStatus() == UBRK_WORD_NONE)
            continue;
        Word w;
        w.text = text.mid(start, end - start);
        w.start = at;
        w.end = at + length;
        out.append(w);
    }
    return out;
}

QStringList WordSegmenter::words(const QString& text)
{
    QStringList out;
    for (const Word& w : segment(text))
        out << w.text;
    return out;
}

QString WordSegmenter::icuVersion()
{
    return QString::fromLatin1(U_ICU_VERSION);
}

} // namespace lx::text
