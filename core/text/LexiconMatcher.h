#pragma once

#include "common/Result.h"
#include "text/LexiconFile.h"
#include "text/NormalizedText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace lx::text {

struct LexiconHit
{
    QString word;        // the lexicon entry as written in its list
    QString category;
    qint32 start = 0;    // code points in the original text
    qint32 end = 0;      // exclusive
    QString matchedText; // the original text between start and end, filler and all
};

struct LexiconStats
{
    int words = 0;        // distinct normalised entries compiled
    int skippedShort = 0; // entries too short to match safely
    int allowWords = 0;
    bool fromCache = false;
    qint64 build_ms = 0;
    QString cacheFile; // the compiled database's cache file, when there is one
};

// A deny-list hit in normalised UTF-8: bytes [byteStart, byteEnd) and the compiled pattern.
struct PatternHit
{
    qint32 byteStart = 0;
    qint32 byteEnd = 0;
    qint32 pattern = 0;
};

class LexiconSnapshot;

// Multi-pattern matching of normalised text against word lists with Hyperscan. Entries are
// normalised like the text, so "ＦａＬｕｎ" and "法 輪·功" meet the entries "falun" and "法轮功".
// An allow-list suppresses hits that lie inside an allowed word. load() builds a new database
// (or reads it from the cache) and swaps it in atomically: matching goes on during a reload.
class LexiconMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(LexiconMatcher)

public:
    static constexpr int kDefaultMinLength = 2;

    LexiconMatcher();
    ~LexiconMatcher();
    LexiconMatcher(const LexiconMatcher&) = delete;
    LexiconMatcher& operator=(const LexiconMatcher&) = delete;

    // cacheDir: where compiled databases are kept, keyed by a hash of the lists (empty = none).
    Result<LexiconStats> load(const QList<LexiconFile>& lists, const QStringList& allow = {},
                              const QString& cacheDir = {}, int minLength = kDefaultMinLength);

    // A database that load() cached before, by its file (LexiconSource keeps the names).
    Result<LexiconStats> loadCompiled(const QString& cacheFile);

    QList<LexiconHit> match(const QString& text) const;
    QList<LexiconHit> match(const QString& original, const NormalizedText& normalized) const;
    // Hits only, without the original text (the benchmark's inner loop): number of hits.
    qint64 countMatches(const QByteArray& normalizedUtf8) const;

    bool isLoaded() const;
    LexiconSnapshot snapshotForBulk() const;

private:
    friend class LexiconSnapshot;
    struct Compiled;
    std::shared_ptr<const Compiled> snapshot() const;
    // Swaps a loaded database in for every later match; its figures are the answer.
    LexiconStats publish(std::shared_ptr<Compiled> compiled, qint64 build_ms);

    mutable std::mutex m_mutex;
    std::shared_ptr<const Compiled> m_current;
};

// One compiled database held for a bulk run: it stays valid (and unchanged) while the matcher it
// came from reloads. Pattern numbers refer to this snapshot only.
class LexiconSnapshot final
{
public:
    bool isNull() const { return !m_compiled; }
    int patternCount() const;
    // Deny-list hits of normalised UTF-8, those inside an allow-listed word dropped, sorted by
    // start then end. `scratch` is reused between calls.
    void denyHits(const char* utf8, qsizetype size, std::vector<PatternHit>& out,
                  std::vector<PatternHit>& scratch) const;
    // The list entries that normalise to a pattern: the words as written and their categories,
    // one (the first) word per distinct category.
    QStringList words(int pattern) const;
    QStringList categories(int pattern) const;

private:
    friend class LexiconMatcher;
    std::shared_ptr<const LexiconMatcher::Compiled> m_compiled;
};

} // namespace lx::text
