#include "text/ContentMetrics.h"

#include <vector>

namespace lx::text {

qint32 ContentMetrics::platformLength(const QString& text)
{
    qint32 n = 0;
    const QList<uint> ucs4 = text.toUcs4();
    for (uint cp : ucs4) {
        if (!QChar::isSpace(char32_t(cp)))
            ++n;
    }
    return n;
}

Metrics ContentMetrics::measure(const QString& text, const LexiconMatcher* terms)
{
    Metrics m;
    m.length = platformLength(text);
    if (!terms || !terms->isLoaded() || m.length == 0)
        return m;
    m.terms = terms->match(text);
    const QList<uint> ucs4 = text.toUcs4();
    std::vector<bool> covered(size_t(ucs4.size()), false);
    for (const LexiconHit& h : std::as_const(m.terms)) {
        for (qint32 i = h.start; i < h.end && i < ucs4.size(); ++i)
            covered[size_t(i)] = true;
    }
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        if (covered[size_t(i)] && !QChar::isSpace(char32_t(ucs4.at(i))))
            ++m.termCharacters;
    }
    m.termDensity = double(m.termCharacters) / double(m.length);
    return m;
}

} // namespace lx::text
