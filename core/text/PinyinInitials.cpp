#include "text/PinyinInitials.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace lx::text {

QString PinyinInitials::of(const QString& text)
{
    // Creating the transliterator reads ICU's rules (milliseconds); one per thread is kept.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (!transliterator || text.isEmpty())
        return {};
    QString out;
    // Syllable by syllable: each Han character transliterated alone gives one syllable.
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            out += c.toLower();
            continue;
        }
        if (!c.isLetter())
            continue;
        icu::UnicodeString u(static_cast<UChar>(c.unicode()));
        transliterator->transliterate(u);
        if (u.length() > 0) {
            const UChar first = u.charAt(0);
            if (first < 0x80 && QChar(first).isLetter())
                out += QChar(first);
        }
    }
    return out;
}

} // namespace lx::text
