#pragma once

#include "text/LexiconMatcher.h"

#include <QString>

namespace lx::text {

struct Metrics
{
    qint32 length = 0;            // as the platforms count it: non-whitespace code points
    qint32 termCharacters = 0;    // characters covered by industry terms (overlaps counted once)
    double termDensity = 0.0;     // termCharacters / length
    QList<LexiconHit> terms;
};

// Length and domain-term density of a text.
class ContentMetrics final
{
public:
    ContentMetrics() = delete;
    static qint32 platformLength(const QString& text);
    // terms: a matcher loaded with the industry vocabulary (may be empty).
    static Metrics measure(const QString& text, const LexiconMatcher* terms);
};

} // namespace lx::text
