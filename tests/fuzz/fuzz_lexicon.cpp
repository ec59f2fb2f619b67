// Word lists: entries or line-numbered rejects. Whatever a list holds once accepted, matching
// still works for the other lists: a known word beside it is still found.
#include "FuzzSupport.h"

#include "text/LexiconFile.h"
#include "text/LexiconMatcher.h"

#include <cstdio>

using namespace lx::text;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = lx::fuzz::bytesOf(data, size);
    const LexiconFile file = LexiconFile::parse(bytes, QStringLiteral("fuzz"));
    for (const QString& w : file.words)
        if (!LexiconFile::entryProblem(w).isEmpty())
            abort(); // a word that parse accepted must be one the matcher may hold
    // Compiling is the slow part: only for lists of a size a fuzzer input usually has.
    if (file.words.size() > 64)
        return 0;
    LexiconFile known;
    known.category = QStringLiteral("known");
    known.words = {QStringLiteral("包治百病")};
    LexiconMatcher matcher;
    if (!matcher.load({file, known}))
        abort(); // accepted entries must always compile
    const QList<LexiconHit> hits = matcher.match(QStringLiteral("这款药包治百病。"));
    // 包治百病 is code points [3, 7); a fuzzed entry that holds it may report the span instead.
    for (const LexiconHit& h : hits)
        if (h.start <= 3 && h.end >= 7)
            return 0;
    std::fprintf(stderr, "known word lost: %d words accepted, %lld hits\n", int(file.words.size()), qint64(hits.size()));
    for (const LexiconHit& h : hits)
        std::fprintf(stderr, "  hit [%d, %d) %s\n", h.start, h.end, qPrintable(h.category));
    abort(); // the other list stopped matching
}
