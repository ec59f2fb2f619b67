#include "inference/TextFeatures.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include "text/LexiconFile.h"
#include "text/TextNormalizer.h"
#include "text/WordSegmenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace lx::inference {

namespace {

constexpr quint64 kFnvOffset = 1469598103934665603ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;
constexpr quint64 kTermSeed = 0x7465726d5eedULL;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: spreads every input bit over the output.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

quint64 hashCodePoints(const char32_t* begin, const char32_t* end, quint64 seed)
{
    quint64 h = kFnvOffset ^ seed;
    for (const char32_t* p = begin; p != end; ++p) {
        h ^= quint64(*p);
        h *= kFnvPrime;
    }
    return mix(h);
}

bool ignorable(char32_t cp)
{
    if (text::TextNormalizer::isJoiner(cp))
        return true;
    switch (QChar::category(cp)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

bool asciiWord(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9');
}

std::u32string foldText(const QString& text)
{
    std::u32string out;
    out.reserve(size_t(text.size()));
    text::TextNormalizer::forEachCodePoint(text, [&out](char32_t cp) {
        if (cp >= U'A' && cp <= U'Z')
            cp += 32;
        else if (cp >= 0x80)
            cp = text::TextNormalizer::fold(cp);
        if (cp < 0x80 ? (cp <= U' ' || cp == 0x7F) : ignorable(cp))
            return;
        out.push_back(cp);
    });
    return out;
}

QString toQString(const char32_t* begin, const char32_t* end)
{
    return QString::fromUcs4(begin, end - begin);
}

} // namespace

void SentimentTokenizer::setTerms(const QStringList& terms)
{
    m_terms.clear();
    m_termIndex.clear();
    m_termStarts.clear();
    for (const QString& raw : terms) {
        const std::u32string folded = foldText(raw);
        if (folded.size() < 2)
            continue; // a one-character term is already a token
        const QString term = toQString(folded.data(), folded.data() + folded.size());
        if (m_termIndex.contains(term))
            continue;
        m_termIndex.insert(term, int(m_terms.size()));
        m_terms.append(term);
        int& longest = m_termStarts[folded.front()];
        longest = std::max(longest, int(folded.size()));
    }
}

template<typename Emit>
void SentimentTokenizer::scan(const std::u32string& cps, Emit&& emit) const
{
    const char32_t* p = cps.data();
    const char32_t* end = p + cps.size();
    while (p < end) {
        if (!m_termStarts.isEmpty()) {
            const auto it = m_termStarts.constFind(*p);
            if (it != m_termStarts.cend()) {
                bool matched = false;
                for (int len = int(std::min<qsizetype>(it.value(), end - p)); len >= 2 && !matched; --len) {
                    if (m_termIndex.contains(toQString(p, p + len))) {
                        emit(p, p + len, true);
                        p += len;
                        matched = true;
                    }
                }
                if (matched)
                    continue;
            }
        }
        const char32_t* q = p + 1;
        if (asciiWord(*p)) {
            while (q < end && asciiWord(*q))
                ++q;
        }
        emit(p, q, false);
        p = q;
    }
}

QString SentimentTokenizer::normalize(const QString& text)
{
    const std::u32string cps = foldText(text);
    return toQString(cps.data(), cps.data() + cps.size());
}

std::u32string SentimentTokenizer::fold(const QString& text)
{
    return foldText(text);
}

QStringList SentimentTokenizer::tokens(const QString& text) const
{
    QStringList out;
    scan(foldText(text), [&](const char32_t* b, const char32_t* e, bool) { out.append(toQString(b, e)); });
    return out;
}

std::vector<quint64> SentimentTokenizer::tokenHashes(const QString& text) const
{
    std::vector<quint64> out;
    tokenHashes(foldText(text), out);
    return out;
}

void SentimentTokenizer::tokenHashes(const std::u32string& folded, std::vector<quint64>& out) const
{
    out.reserve(out.size() + folded.size());
    scan(folded, [&](const char32_t* b, const char32_t* e, bool term) { out.push_back(hashCodePoints(b, e, term ? kTermSeed : 0)); });
}

Result<QStringList> SentimentTokenizer::readTermsFile(const QString& path, QStringList* issues)
{
    auto opened = InputFile::open(path);
    if (!opened)
        return Result<QStringList>(opened.status());
    QFile& file = *opened.value();
    QStringList terms;
    int line = 0;
    QByteArray bytes;
    for (;;) {
        const InputFile::Line got = InputFile::readLine(file, limits::kMaxRecordBytes, bytes);
        if (got == InputFile::Line::End)
            break;
        ++line;
        if (got == InputFile::Line::TooLong) {
            if (issues)
                issues->append(QCoreApplication::translate("lx::inference", "line %1: longer than a term can be, skipped").arg(line));
            continue;
        }
        if (line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = QString(decoder.decode(bytes)).trimmed();
        if (decoder.hasError()) {
            if (issues)
                issues->append(QCoreApplication::translate("lx::inference", "line %1: not UTF-8, skipped").arg(line));
            continue;
        }
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        if (!text::LexiconFile::entryProblem(text).isEmpty()) { // the rule every word list follows
            if (issues)
                issues->append(QCoreApplication::translate("lx::inference", "line %1: not a term (too long or a control character), skipped").arg(line));
            continue;
        }
        terms.append(text);
    }
    return terms;
}

QString modelWindow(const QString& text)
{
    if (!textCut(text))
        return text;
    qsizetype n = limits::kMaxSentimentChars;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

bool textCut(const QString& text)
{
    return text.size() > limits::kMaxSentimentChars;
}

std::vector<std::pair<quint64, int>> FeatureSpace::grams(const QString& whole) const
{
    const std::u32string folded = foldText(modelWindow(whole));
    std::vector<quint64> tokens;
    m_tokenizer.tokenHashes(folded, tokens);
    std::vector<quint64> all;
    all.reserve(tokens.size() * kMaxN);
    for (size_t i = 0; i < tokens.size(); ++i) {
        quint64 h = 0;
        for (int n = 1; n <= kMaxN && i + size_t(n) <= tokens.size(); ++n) {
            h = mix(h * 31 + tokens[i + size_t(n) - 1] + quint64(n));
            all.push_back(h);
        }
    }
    if (m_wordGrams) {
        constexpr quint64 kWordSeed = 0x776f7264ULL;
        const QList<text::Word> words = text::WordSegmenter::segment(toQString(folded.data(), folded.data() + folded.size()));
        quint64 previous = 0;
        for (const text::Word& w : words) {
            const std::u32string cps = w.text.toStdU32String();
            const quint64 h = hashCodePoints(cps.data(), cps.data() + cps.size(), kWordSeed);
            all.push_back(h);
            if (previous)
                all.push_back(mix(previous * 31 + h + kWordSeed));
            previous = h;
        }
    }
    m_lexicon.features(folded, all);
    std::sort(all.begin(), all.end());
    std::vector<std::pair<quint64, int>> out;
    for (size_t i = 0; i < all.size();) {
        size_t j = i + 1;
        while (j < all.size() && all[j] == all[i])
            ++j;
        out.emplace_back(all[i], int(j - i));
        i = j;
    }
    return out;
}

void FeatureSpace::build(const QStringList& texts, const Options& options)
{
    std::vector<Grams> all;
    all.reserve(size_t(texts.size()));
    for (const QString& t : texts)
        all.push_back(grams(t));
    std::vector<const Grams*> docs;
    for (const auto& g : all)
        docs.push_back(&g);
    buildFromGrams(docs, options);
}

void FeatureSpace::buildFromGrams(const std::vector<const Grams*>& docs, const Options& options)
{
    std::unordered_map<quint64, int> df;
    df.reserve(docs.size() * 40);
    for (const Grams* g : docs) {
        for (const auto& entry : *g)
            ++df[entry.first];
    }
    std::vector<std::pair<int, quint64>> kept;
    for (const auto& [h, n] : df) {
        if (n >= options.minDf)
            kept.emplace_back(n, h);
    }
    // Most frequent first; equal counts in hash order, so the space does not depend on the
    // hash table's iteration order.
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    if (int(kept.size()) > options.maxFeatures)
        kept.resize(size_t(options.maxFeatures));
    const double n = double(docs.size());
    std::vector<quint64> hashes;
    std::vector<float> idf;
    hashes.reserve(kept.size());
    idf.reserve(kept.size());
    for (const auto& [count, h] : kept) {
        hashes.push_back(h);
        idf.push_back(float(std::log((1.0 + n) / (1.0 + count)) + 1.0));
    }
    restore(std::move(hashes), std::move(idf));
}

void FeatureSpace::restore(std::vector<quint64> hashes, std::vector<float> idf)
{
    m_hashes = std::move(hashes);
    m_idf = std::move(idf);
    size_t slotCount = 16;
    while (slotCount < m_hashes.size() * 2)
        slotCount *= 2;
    m_slots.assign(slotCount, Slot());
    m_slotMask = slotCount - 1;
    m_zeroId = -1;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        const quint64 h = m_hashes[i];
        if (h == 0) {
            if (m_zeroId < 0)
                m_zeroId = qint32(i);
            continue;
        }
        for (quint64 s = h & m_slotMask;; s = (s + 1) & m_slotMask) {
            if (m_slots[s].key == h)
                break; // a repeated hash keeps its first id
            if (m_slots[s].key == 0) {
                m_slots[s] = Slot{h, qint32(i)};
                break;
            }
        }
    }
}

qint32 FeatureSpace::find(quint64 hash) const
{
    if (hash == 0)
        return m_zeroId;
    if (m_slots.empty())
        return -1;
    for (quint64 s = hash & m_slotMask;; s = (s + 1) & m_slotMask) {
        if (m_slots[s].key == hash)
            return m_slots[s].id;
        if (m_slots[s].key == 0)
            return -1;
    }
}

SparseFeatures FeatureSpace::features(const QString& text) const
{
    return featuresFromGrams(grams(text));
}

SparseFeatures FeatureSpace::featuresFromGrams(const Grams& gs) const
{
    SparseFeatures out;
    out.ids.reserve(gs.size());
    out.weights.reserve(gs.size());
    double norm = 0;
    for (const auto& [h, count] : gs) {
        const qint32 id = find(h);
        if (id < 0)
            continue;
        const float w = float((1.0 + std::log(double(count))) * m_idf[size_t(id)]);
        out.ids.push_back(id);
        out.weights.push_back(w);
        norm += double(w) * w;
    }
    if (norm > 0) {
        const float inv = float(1.0 / std::sqrt(norm));
        for (float& w : out.weights)
            w *= inv;
    }
    return out;
}

} // namespace lx::inference
