#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace lx::inference {

// BERT's tokenizer, exactly as Hugging Face's BertTokenizer: special tokens written in the text
// ([CLS], [SEP], [UNK], [PAD], [MASK]) and added tokens (added_tokens.json, an industry vocabulary)
// are found first, longest first; the rest gets the basic tokenisation
// (NUL, U+FFFD and control characters removed, whitespace to spaces, every CJK character its own
// word, split on whitespace, each word lower-cased with accents stripped (NFD, marks dropped)
// when lowerCase, then split on punctuation: ASCII symbols and Unicode P*), then WordPiece: the
// longest vocabulary prefix first, the rest of the word as "##" pieces, [UNK] for a word that
// cannot be pieced (or longer than 100 characters).
class WordPieceTokenizer final
{
public:
    // vocab.txt's bytes: one token a line, the line number is its id. Needs [CLS], [SEP], [PAD], [UNK].
    static Result<WordPieceTokenizer> fromText(const QByteArray& vocab, bool lowerCase = true);

    QStringList tokenize(const QString& text) const;
    // [CLS] … [SEP] without padding, at most maxLength ids (0: no limit).
    std::vector<qint64> ids(const QString& text, int maxLength) const;

    struct Encoded
    {
        std::vector<qint64> ids;  // [CLS] … [SEP], padded with [PAD] to maxLength
        std::vector<qint64> mask; // 1 for real tokens, 0 for padding
    };
    Encoded encode(const QString& text, int maxLength) const;

    int size() const { return int(m_tokens.size()); }
    const QStringList& vocabulary() const { return m_tokens; }
    qint64 tokenId(const QString& token) const { return m_ids.value(token, -1); }
    qint64 padId() const { return m_pad; }
    bool lowerCase() const { return m_lowerCase; }
    // Tokens found whole in the text before anything else, already in the vocabulary.
    void setAddedTokens(const QStringList& tokens);
    const QStringList& addedTokens() const { return m_added; }
    // New vocabulary entries appended at the end and found whole in text (as added tokens); terms
    // already in the vocabulary or empty after trimming are skipped. Returns the ids given.
    std::vector<qint64> addTerms(const QStringList& terms, QStringList* issues);

private:
    QStringList ordinaryTokens(const QString& text) const;
    QStringList basic(const QString& text) const;
    void wordPieces(const QString& word, QStringList& out) const;

    QStringList m_tokens;
    QHash<QString, qint64> m_ids;
    QStringList m_added;    // longest first
    QStringList m_specials; // [CLS], [SEP], [UNK], [PAD], [MASK] where the vocabulary has them
    bool m_lowerCase = true;
    qint64 m_unk = 0;
    qint64 m_cls = 0;
    qint64 m_sep = 0;
    qint64 m_pad = 0;
};

} // namespace lx::inference
