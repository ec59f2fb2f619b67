#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>
#include <unordered_map>
#include <vector>

namespace lx::inference {

// A sentiment dictionary: positive, negative and neutral words and the negations that turn them
// (resources/sentiment/lexicon.txt is the one Lingxi ships; a user may edit it). The model
// counts a text's words of each kind, negated or not, as five extra features beside its
// n-grams: a word the training data never held still carries its sentiment.
class SentimentLexicon final
{
public:
    enum Kind { Positive, Negative, Neutral, Negation, KindCount };

    // Sections [positive], [negative], [neutral], [negation]; one word a line; '#' comments.
    static Result<SentimentLexicon> parse(const QByteArray& utf8);
    static Result<SentimentLexicon> read(const QString& path);
    // The one Lingxi ships (:/sentiment/lexicon.txt).
    static const SentimentLexicon& builtin();

    // As a model file keeps it: {"positive": [...], "negative": [...], ...}; and back.
    QJsonObject toJson() const;
    static SentimentLexicon fromJson(const QJsonObject& json);

    bool isEmpty() const { return m_index.empty(); }
    int size() const { return int(m_index.size()); }
    const QStringList& words(Kind kind) const { return m_words[kind]; }

    // Appends one hash per sentiment word found in `folded` (the tokenizer's normalised code
    // points), longest match first: its kind, and whether a negation stands just before it.
    void features(const std::u32string& folded, std::vector<quint64>& out) const;

private:
    void add(Kind kind, const QString& word);

    QStringList m_words[KindCount];
    std::unordered_map<quint64, Kind> m_index; // hash of the folded word -> kind
    int m_maxLength = 0;                       // code points
    std::vector<quint64> m_startsBmp;          // bit per BMP code point that starts a word
    bool m_startsOutsideBmp = false;
};

} // namespace lx::inference
