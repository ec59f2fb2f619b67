#pragma once

#include "common/InputLimits.h"
#include "common/Result.h"
#include "inference/SentimentLexicon.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace lx::inference {

// What a sentiment model reads of a text: its first limits::kMaxSentimentChars characters (never
// half a surrogate pair). The rest is cut before tokenising, so a megabyte message costs what
// its opening costs; textCut() says whether anything was cut, for the caller to report.
QString modelWindow(const QString& text);
bool textCut(const QString& text);

// Splits normalised text into the model's tokens: one token per Chinese character, punctuation
// mark or emoji; runs of ASCII letters or digits as one token; an industry term (from the
// vocabulary file) as one whole token, longest match first. Normalisation is the text engine's
// character fold: full/half width, case, traditional to simplified; spaces and zero-width
// characters are dropped.
class SentimentTokenizer final
{
public:
    void setTerms(const QStringList& terms);
    const QStringList& terms() const { return m_terms; }

    QStringList tokens(const QString& text) const;
    // The normalised text itself (what the tokens are cut from).
    static QString normalize(const QString& text);
    // 64-bit hashes of the tokens, in order (what the feature space works on).
    std::vector<quint64> tokenHashes(const QString& text) const;
    // The same from the normalised code points (fold()), so a caller that needs them for more
    // than the tokens folds once.
    void tokenHashes(const std::u32string& folded, std::vector<quint64>& out) const;
    static std::u32string fold(const QString& text);

    // One term a line, UTF-8; empty lines and '#' comments skipped, bad UTF-8 lines reported.
    static Result<QStringList> readTermsFile(const QString& path, QStringList* issues = nullptr);

private:
    template<typename Emit>
    void scan(const std::u32string& folded, Emit&& emit) const;

    QStringList m_terms;              // normalised, as given
    QHash<QString, int> m_termIndex;  // normalised term -> index
    QHash<char32_t, int> m_termStarts; // first code point -> longest term starting with it
};

// A text as the model sees it: feature ids with their TF-IDF weights (L2-normalised).
struct SparseFeatures
{
    std::vector<qint32> ids;
    std::vector<float> weights;
};

// Character/term 1..3-grams hashed to 64 bits, with a vocabulary of the n-grams seen in at least
// minDf training texts (at most maxFeatures, the most frequent first) and their smoothed IDF.
class FeatureSpace final
{
public:
    static constexpr int kMaxN = 3;

    struct Options
    {
        int minDf = 2;
        int maxFeatures = 200000;
    };

    void setTokenizer(SentimentTokenizer tokenizer) { m_tokenizer = std::move(tokenizer); }
    // Adds ICU word unigrams and bigrams of the normalised text to the character n-grams.
    void setWordGrams(bool on) { m_wordGrams = on; }
    bool wordGrams() const { return m_wordGrams; }
    // Adds the lexicon's counts (SentimentLexicon::features) to the n-grams.
    void setLexicon(SentimentLexicon lexicon) { m_lexicon = std::move(lexicon); }
    const SentimentLexicon& lexicon() const { return m_lexicon; }
    const SentimentTokenizer& tokenizer() const { return m_tokenizer; }

    // Distinct n-gram hashes of a text with their counts.
    std::vector<std::pair<quint64, int>> grams(const QString& text) const;

    void build(const QStringList& texts, const Options& options);
    // The same from grams() already taken (training takes them once for every fold).
    using Grams = std::vector<std::pair<quint64, int>>;
    void buildFromGrams(const std::vector<const Grams*>& docs, const Options& options);
    SparseFeatures featuresFromGrams(const Grams& grams) const;
    // Restores a saved space (hashes and idf in id order).
    void restore(std::vector<quint64> hashes, std::vector<float> idf);

    SparseFeatures features(const QString& text) const;
    int size() const { return int(m_hashes.size()); }
    const std::vector<quint64>& hashes() const { return m_hashes; }
    const std::vector<float>& idf() const { return m_idf; }

private:
    SentimentTokenizer m_tokenizer;
    bool m_wordGrams = false;
    SentimentLexicon m_lexicon;
    std::vector<quint64> m_hashes;
    std::vector<float> m_idf;
    // Open addressing over the (already well mixed) hashes: the lookup every n-gram of every
    // text makes. Key 0 marks an empty slot; a feature whose hash is 0 lives in m_zeroId.
    qint32 find(quint64 hash) const;
    struct Slot
    {
        quint64 key = 0;
        qint32 id = -1;
    };
    std::vector<Slot> m_slots; // key and id side by side: one cache line per lookup
    quint64 m_slotMask = 0;
    qint32 m_zeroId = -1;
};

} // namespace lx::inference
