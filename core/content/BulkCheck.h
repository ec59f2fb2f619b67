#pragma once

#include "common/Result.h"
#include "text/LexiconMatcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <atomic>
#include <memory>

class QIODevice;

namespace lx::content {

struct BulkCheckSummary
{
    qint64 lines = 0;
    qint64 blocked = 0; // lines with at least one compliance hit
    qint64 bad = 0;     // lines that could not be read (not JSON, no text, too long)
    qint64 hits = 0;    // distinct hit spans
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    bool jsonInput = false;
};

// Checks many texts against the compliance lists in one stream, for auditing exported comments
// and posts. Input: one text per line, or one {"id": …, "text": …} object per line (the first
// non-empty line decides which). Output: one JSON object per input line, in input order —
//   {"line": N, "id": …, "verdict": "pass"|"blocked"|"error", "hits": [{"start", "end",
//    "matched_text", "word", "categories"}], "error": "…"}
// where start/end are code points of that line's text, and a span listed in several categories
// is reported once with all of them. Only compliance hits decide the verdict (length and term
// density are judged per platform by the single-text check). Memory stays bounded: lines are
// read in blocks, a few blocks are in flight on the thread pool, and a line over kMaxLineBytes is
// reported as an error without being held.
class BulkCheck final
{
    Q_DECLARE_TR_FUNCTIONS(BulkCheck)

public:
    static constexpr qint64 kMaxLineBytes = 1 << 20;

    explicit BulkCheck(const text::LexiconMatcher& compliance);
    ~BulkCheck();
    BulkCheck(const BulkCheck&) = delete;
    BulkCheck& operator=(const BulkCheck&) = delete;

    // Reads `in` to its end and writes the results to `out`. Fails only when reading or writing
    // fails or `cancel` is set; bad lines are results, not failures.
    Result<BulkCheckSummary> run(QIODevice& in, QIODevice& out, const std::atomic<bool>* cancel = nullptr);

    // Appends the result line (with its newline) for one input line to `out`, and counts it.
    void checkLine(QByteArrayView line, qint64 lineNumber, bool json, BulkCheckSummary& counts, QByteArray& out) const;

private:
    struct Fragments;
    text::LexiconSnapshot m_snapshot;
    std::unique_ptr<Fragments> m_fragments;
};

} // namespace lx::content
