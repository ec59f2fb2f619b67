#include "text/LexiconMatcher.h"

#include "text/TextNormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <hs/hs.h>

#include <algorithm>
#include <cstring>
#include <atomic>
#include <type_traits>

namespace lx::text {

namespace {

// Version 2: flat arrays read straight from the mapped file; list entries decoded on demand.
constexpr quint32 kCacheMagic = 0x4c584853; // "LXHS"
constexpr quint32 kCacheFormat = 2;

struct Entry
{
    QString word;
    QString category;
};

struct RawHit
{
    unsigned id;
    qint32 start;
    qint32 end;
};

struct ScratchHolder
{
    hs_scratch_t* scratch = nullptr;
    ~ScratchHolder()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
};

std::atomic<quint64> g_generation{0};

// One scratch per thread, grown only when a database it has not seen yet is used (a compiled
// database is identified by its generation number, never by an address that could be reused).
hs_scratch_t* threadScratch(const hs_database_t* db, quint64 generation)
{
    thread_local ScratchHolder holder;
    thread_local std::vector<quint64> seen;
    if (holder.scratch && std::find(seen.begin(), seen.end(), generation) != seen.end())
        return holder.scratch;
    if (hs_alloc_scratch(db, &holder.scratch) != HS_SUCCESS)
        return nullptr;
    if (seen.size() > 64)
        seen.clear();
    seen.push_back(generation);
    return holder.scratch;
}

} // namespace

struct LexiconMatcher::Compiled
{
    hs_database_t* db = nullptr;
    QList<QByteArray> patterns;     // normalised UTF-8, by id (kept only while building)
    std::vector<qint32> lengths;    // byte length by id, read in the match callback
    // By id: every list entry that normalises to the pattern, packed as (category index, word
    // length, word UTF-8) and decoded only for the patterns that hit.
    QStringList categoryNames;
    QByteArray entryBlob;
    std::vector<qint32> entryOffsets; // one more than there are patterns
    int denyCount = 0;              // ids >= denyCount are allow-list words
    quint64 generation = ++g_generation;
    LexiconStats stats;

    ~Compiled()
    {
        if (db)
            hs_free_database(db);
    }

    Status build(const QList<LexiconFile>& lists, const QStringList& allow, int minLength);
    int patternCount() const { return int(lengths.size()); }
    QList<Entry> entriesOf(int id) const;
    void pack(const QList<QList<Entry>>& entries);
    bool readCache(const QString& file);
    void writeCache(const QString& file) const;

    void scan(const QByteArray& utf8, std::vector<RawHit>& hits) const
    {
        scanRaw(utf8.constData(), utf8.size(), hits);
    }

    template<typename Hit>
    void scanRaw(const char* utf8, qsizetype size, std::vector<Hit>& hits) const
    {
        if (!db || size <= 0)
            return;
        hs_scratch_t* scratch = threadScratch(db, generation);
        if (!scratch)
            return;
        struct Ctx
        {
            const Compiled* self;
            std::vector<Hit>* hits;
        } ctx{this, &hits};
        hs_scan(
            db, utf8, unsigned(size), 0, scratch,
            [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* c) -> int {
                auto* x = static_cast<Ctx*>(c);
                const qint32 len = x->self->lengths[id];
                if constexpr (std::is_same_v<Hit, RawHit>)
                    x->hits->push_back(RawHit{id, qint32(to) - len, qint32(to)});
                else
                    x->hits->push_back(PatternHit{qint32(to) - len, qint32(to), qint32(id)});
                return 0;
            },
            &ctx);
    }
};

LexiconMatcher::LexiconMatcher() = default;
LexiconMatcher::~LexiconMatcher() = default;

std::shared_ptr<const LexiconMatcher::Compiled> LexiconMatcher::snapshot() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_current;
}

bool LexiconMatcher::isLoaded() const
{
    auto c = snapshot();
    return c && c->db;
}

namespace {

// Names a compiled database by everything that shapes it.
QString cacheFileFor(const QString& cacheDir, const QList<LexiconFile>& lists, const QStringList& allow, int minLength)
{
    if (cacheDir.isEmpty())
        return {};
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(QByteArrayLiteral("lx-lexicon-v2"));
    key.addData(QByteArray(hs_version()));
    key.addData(QByteArray::number(minLength));
    for (const LexiconFile& lf : lists) {
        key.addData(lf.category.toUtf8());
        key.addData(QByteArrayLiteral("\x1e"));
        for (const QString& w : lf.words) {
            key.addData(w.toUtf8());
            key.addData(QByteArrayLiteral("\x1f"));
        }
    }
    key.addData(QByteArrayLiteral("\x1d"));
    for (const QString& w : allow) {
        key.addData(w.toUtf8());
        key.addData(QByteArrayLiteral("\x1f"));
    }
    return QDir(cacheDir).filePath(QString::fromLatin1(key.result().toHex().left(32)) + QStringLiteral(".hsdb"));
}

} // namespace

QList<Entry> LexiconMatcher::Compiled::entriesOf(int id) const
{
    QList<Entry> out;
    if (id < 0 || id >= patternCount())
        return out;
    qsizetype at = entryOffsets[size_t(id)];
    const qsizetype end = entryOffsets[size_t(id) + 1];
    while (at + 8 <= end) {
        qint32 category = 0, length = 0;
        memcpy(&category, entryBlob.constData() + at, 4);
        memcpy(&length, entryBlob.constData() + at + 4, 4);
        at += 8;
        if (length < 0 || at + length > end)
            break;
        out.append(Entry{QString::fromUtf8(entryBlob.constData() + at, length), categoryNames.value(category)});
        at += length;
    }
    return out;
}

void LexiconMatcher::Compiled::pack(const QList<QList<Entry>>& entries)
{
    entryBlob.clear();
    entryOffsets.clear();
    categoryNames.clear();
    QHash<QString, qint32> categories;
    for (const QList<Entry>& list : entries) {
        entryOffsets.push_back(qint32(entryBlob.size()));
        for (const Entry& e : list) {
            auto it = categories.constFind(e.category);
            if (it == categories.constEnd()) {
                it = categories.insert(e.category, qint32(categoryNames.size()));
                categoryNames.append(e.category);
            }
            const QByteArray word = e.word.toUtf8();
            const qint32 header[2] = {it.value(), qint32(word.size())};
            entryBlob.append(reinterpret_cast<const char*>(header), sizeof header);
            entryBlob.append(word);
        }
    }
    entryOffsets.push_back(qint32(entryBlob.size()));
}

namespace {

// Bounds-checked reads from the mapped cache file.
struct CacheReader
{
    const uchar* p;
    qint64 left;
    bool ok = true;

    const uchar* take(qint64 n)
    {
        if (!ok || n < 0 || n > left) {
            ok = false;
            return nullptr;
        }
        const uchar* at = p;
        p += n;
        left -= n;
        return at;
    }
    template<typename T>
    T value()
    {
        T v{};
        if (const uchar* at = take(sizeof(T)))
            memcpy(&v, at, sizeof(T));
        return v;
    }
};

template<typename T>
void appendValue(QByteArray& out, T v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

} // namespace

bool LexiconMatcher::Compiled::readCache(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 32)
        return false;
    const uchar* mapped = f.map(0, f.size());
    if (!mapped)
        return false;
    CacheReader in{mapped, f.size()};
    const bool ok = [&] {
        if (in.value<quint32>() != kCacheMagic || in.value<quint32>() != kCacheFormat)
            return false;
        const qint32 deny = in.value<qint32>(), skipped = in.value<qint32>(), allowWords = in.value<qint32>();
        const qint32 n = in.value<qint32>(), categories = in.value<qint32>();
        if (!in.ok || n < 0 || categories < 0 || deny < 0 || deny > n || qint64(n) * 8 > in.left)
            return false;
        for (qint32 i = 0; i < categories && in.ok; ++i) {
            const qint32 len = in.value<qint32>();
            const uchar* bytes = in.take(len);
            if (bytes)
                categoryNames.append(QString::fromUtf8(reinterpret_cast<const char*>(bytes), len));
        }
        lengths.resize(size_t(n));
        entryOffsets.resize(size_t(n) + 1);
        if (const uchar* at = in.take(qint64(n) * 4))
            memcpy(lengths.data(), at, size_t(n) * 4);
        if (const uchar* at = in.take(qint64(n + 1) * 4))
            memcpy(entryOffsets.data(), at, size_t(n + 1) * 4);
        const qint64 blobSize = in.value<qint64>();
        if (const uchar* at = in.take(blobSize))
            entryBlob = QByteArray(reinterpret_cast<const char*>(at), blobSize);
        const qint64 dbSize = in.value<qint64>();
        const uchar* dbBytes = in.take(dbSize);
        if (!in.ok || !dbBytes)
            return false;
        for (size_t i = 0; i < size_t(n); ++i) {
            if (entryOffsets[i] < 0 || entryOffsets[i] > entryOffsets[i + 1] || lengths[i] <= 0)
                return false;
        }
        if (entryOffsets.back() != blobSize)
            return false;
        if (hs_deserialize_database(reinterpret_cast<const char*>(dbBytes), size_t(dbSize), &db) != HS_SUCCESS)
            return false;
        denyCount = deny;
        stats.words = deny;
        stats.skippedShort = skipped;
        stats.allowWords = allowWords;
        stats.fromCache = true;
        return true;
    }();
    f.unmap(const_cast<uchar*>(mapped));
    if (!ok) {
        lengths.clear();
        entryOffsets.clear();
        entryBlob.clear();
        categoryNames.clear();
    }
    return ok;
}

void LexiconMatcher::Compiled::writeCache(const QString& file) const
{
    char* bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS)
        return;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        QByteArray head;
        appendValue(head, kCacheMagic);
        appendValue(head, kCacheFormat);
        appendValue(head, qint32(denyCount));
        appendValue(head, qint32(stats.skippedShort));
        appendValue(head, qint32(stats.allowWords));
        appendValue(head, qint32(patternCount()));
        appendValue(head, qint32(categoryNames.size()));
        for (const QString& c : categoryNames) {
            const QByteArray u = c.toUtf8();
            appendValue(head, qint32(u.size()));
            head.append(u);
        }
        out.write(head);
        out.write(reinterpret_cast<const char*>(lengths.data()), qint64(lengths.size()) * 4);
        out.write(reinterpret_cast<const char*>(entryOffsets.data()), qint64(entryOffsets.size()) * 4);
        QByteArray sizes;
        appendValue(sizes, qint64(entryBlob.size()));
        out.write(sizes);
        out.write(entryBlob);
        sizes.clear();
        appendValue(sizes, qint64(length));
        out.write(sizes);
        out.write(bytes, qint64(length));
        out.commit(); // a cache that cannot be written only costs the next load a compile
    }
    free(bytes);
}

Status LexiconMatcher::Compiled::build(const QList<LexiconFile>& lists, const QStringList& allow, int minLength)
{
    QHash<QByteArray, int> ids;
    QList<QList<Entry>> entries;
    auto add = [&](const QString& word, const QString& category) {
        const QString norm = TextNormalizer::normalizeWord(word);
        if (TextNormalizer::codePointLength(norm) < minLength)
            return false;
        const QByteArray utf8 = norm.toUtf8();
        auto it = ids.constFind(utf8);
        if (it == ids.constEnd()) {
            it = ids.insert(utf8, int(patterns.size()));
            patterns.append(utf8);
            entries.append(QList<Entry>());
        }
        QList<Entry>& list = entries[it.value()];
        const bool known = std::any_of(list.cbegin(), list.cend(),
                                       [&](const Entry& e) { return e.category == category && e.word == word; });
        if (!known)
            list.append(Entry{word, category});
        return true;
    };
    for (const LexiconFile& lf : lists) {
        for (const QString& w : lf.words) {
            if (!add(w, lf.category))
                ++stats.skippedShort;
        }
    }
    denyCount = int(patterns.size());
    stats.words = denyCount;
    // Allow-list words get their own ids even when a deny entry normalises the same way.
    ids.clear();
    for (const QString& w : allow) {
        const QByteArray utf8 = TextNormalizer::normalizeWord(w).toUtf8();
        if (utf8.isEmpty() || ids.contains(utf8))
            continue;
        ids.insert(utf8, int(patterns.size()));
        patterns.append(utf8);
        entries.append(QList<Entry>{Entry{w, QStringLiteral("allow")}});
        ++stats.allowWords;
    }
    pack(entries);
    for (const QByteArray& p : std::as_const(patterns))
        lengths.push_back(qint32(p.size()));
    if (patterns.isEmpty())
        return Status::success();

    std::vector<const char*> exprs;
    std::vector<size_t> lens;
    std::vector<unsigned> flags(size_t(patterns.size()), 0);
    std::vector<unsigned> idList;
    for (int i = 0; i < patterns.size(); ++i) {
        exprs.push_back(patterns.at(i).constData());
        lens.push_back(size_t(patterns.at(i).size()));
        idList.push_back(unsigned(i));
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_lit_multi(exprs.data(), flags.data(), idList.data(), lens.data(), unsigned(exprs.size()),
                             HS_MODE_BLOCK, nullptr, &db, &err)
        == HS_SUCCESS)
        return Status::success();
    const QString why = err ? QString::fromUtf8(err->message) : QString();
    const int bad = err ? err->expression : -1;
    hs_free_compile_error(err);
    return Status::failure(
        tr("the lexicons could not be compiled (entry %1: %2)")
            .arg(bad >= 0 && bad < patterns.size() ? QString::fromUtf8(patterns.at(bad)) : QString::number(bad), why));
}

Result<LexiconStats> LexiconMatcher::load(const QList<LexiconFile>& lists, const QStringList& allow,
                                          const QString& cacheDir, int minLength)
{
    QElapsedTimer timer;
    timer.start();
    const QString cacheFile = cacheFileFor(cacheDir, lists, allow, minLength);
    auto compiled = std::make_shared<Compiled>();
    if (cacheFile.isEmpty() || !compiled->readCache(cacheFile)) {
        compiled = std::make_shared<Compiled>(); // an unreadable cache is rebuilt
        if (auto st = compiled->build(lists, allow, minLength); !st)
            return Result<LexiconStats>(st);
        if (!cacheFile.isEmpty() && compiled->db)
            compiled->writeCache(cacheFile);
    }
    if (!cacheFile.isEmpty() && compiled->db && QFileInfo::exists(cacheFile))
        compiled->stats.cacheFile = cacheFile;
    compiled->patterns.clear(); // the database and the lengths are all that matching needs
    return publish(std::move(compiled), timer.elapsed());
}

LexiconStats LexiconMatcher::publish(std::shared_ptr<Compiled> compiled, qint64 build_ms)
{
    compiled->stats.build_ms = build_ms;
    const LexiconStats stats = compiled->stats;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_current = std::move(compiled);
    return stats;
}

Result<LexiconStats> LexiconMatcher::loadCompiled(const QString& cacheFile)
{
    QElapsedTimer timer;
    timer.start();
    auto compiled = std::make_shared<Compiled>();
    if (!compiled->readCache(cacheFile))
        return Result<LexiconStats>::failure(tr("the compiled word lists %1 cannot be read").arg(cacheFile));
    compiled->stats.cacheFile = cacheFile;
    return publish(std::move(compiled), timer.elapsed());
}

QList<LexiconHit> LexiconMatcher::match(const QString& text) const
{
    return match(text, TextNormalizer::normalize(text));
}

QList<LexiconHit> LexiconMatcher::match(const QString& original, const NormalizedText& normalized) const
{
    QList<LexiconHit> out;
    auto c = snapshot();
    if (!c)
        return out;
    std::vector<RawHit> raw;
    c->scan(normalized.utf8, raw);
    if (raw.empty())
        return out;
    std::vector<RawHit> allowed;
    for (const RawHit& h : raw) {
        if (int(h.id) >= c->denyCount)
            allowed.push_back(h);
    }
    std::sort(raw.begin(), raw.end(),
              [](const RawHit& a, const RawHit& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    const QList<uint> ucs4 = original.toUcs4();
    for (const RawHit& h : raw) {
        if (int(h.id) >= c->denyCount)
            continue;
        const bool suppressed = std::any_of(allowed.begin(), allowed.end(), [&h](const RawHit& a) {
            return a.start <= h.start && h.end <= a.end;
        });
        if (suppressed)
            continue;
        const auto [start, end] = normalized.originalRange(h.start, h.end);
        QString matched;
        for (qint32 i = start; i < end && i < ucs4.size(); ++i) {
            const char32_t cp = char32_t(ucs4.at(i));
            matched += QString::fromUcs4(&cp, 1);
        }
        // Several list entries may normalise alike (法輪, 法.轮, 法~輪): one hit per category.
        QStringList categories;
        for (const Entry& e : c->entriesOf(int(h.id))) {
            if (categories.contains(e.category))
                continue;
            categories << e.category;
            out.append(LexiconHit{e.word, e.category, start, end, matched});
        }
    }
    return out;
}

qint64 LexiconMatcher::countMatches(const QByteArray& normalizedUtf8) const
{
    auto c = snapshot();
    if (!c)
        return 0;
    std::vector<RawHit> raw;
    raw.reserve(1024);
    c->scan(normalizedUtf8, raw);
    return qint64(raw.size());
}

LexiconSnapshot LexiconMatcher::snapshotForBulk() const
{
    LexiconSnapshot s;
    s.m_compiled = snapshot();
    return s;
}

int LexiconSnapshot::patternCount() const
{
    return m_compiled ? m_compiled->patternCount() : 0;
}

void LexiconSnapshot::denyHits(const char* utf8, qsizetype size, std::vector<PatternHit>& out,
                               std::vector<PatternHit>& scratch) const
{
    out.clear();
    scratch.clear();
    if (!m_compiled)
        return;
    m_compiled->scanRaw(utf8, size, scratch);
    const int deny = m_compiled->denyCount;
    auto allowedBegin = std::partition(scratch.begin(), scratch.end(),
                                       [deny](const PatternHit& h) { return h.pattern < deny; });
    for (auto it = scratch.begin(); it != allowedBegin; ++it) {
        const bool suppressed = std::any_of(allowedBegin, scratch.end(), [&](const PatternHit& a) {
            return a.byteStart <= it->byteStart && it->byteEnd <= a.byteEnd;
        });
        if (!suppressed)
            out.push_back(*it);
    }
    std::sort(out.begin(), out.end(), [](const PatternHit& a, const PatternHit& b) {
        return a.byteStart != b.byteStart ? a.byteStart < b.byteStart : a.byteEnd < b.byteEnd;
    });
}

QStringList LexiconSnapshot::words(int pattern) const
{
    QStringList words;
    QStringList seen;
    if (!m_compiled)
        return words;
    for (const Entry& e : m_compiled->entriesOf(pattern)) {
        if (seen.contains(e.category))
            continue;
        seen << e.category;
        words << e.word;
    }
    return words;
}

QStringList LexiconSnapshot::categories(int pattern) const
{
    QStringList seen;
    if (!m_compiled)
        return seen;
    for (const Entry& e : m_compiled->entriesOf(pattern)) {
        if (!seen.contains(e.category))
            seen << e.category;
    }
    return seen;
}

} // namespace lx::text
