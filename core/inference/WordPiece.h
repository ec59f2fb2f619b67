#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace lx::inference {

// BERT's tokenizer, for models trained elsewhere: basic tokenisation (control characters
// removed, every CJK character its own word, optional lower-casing with accents stripped, split
// on whitespace and punctuation), then WordPiece: the longest vocabulary prefix first, the rest of
// the word as "##" pieces, [UNK] for a word that cannot be pieced (or longer than 100 characters).
class WordPieceTokenizer final
{
public:
    // vocab.txt's bytes: one token a line, the line number is its id. Needs [CLS], [SEP], [PAD], [UNK].
    static Result<WordPieceTokenizer> fromText(const QByteArray& vocab, bool lowerCase = true);

    QStringList tokenize(const QString& text) const;

    struct Encoded
    {
        std::vector<qint64> ids;  // [CLS] … [SEP], padded with [PAD] to maxLength
        std::vector<qint64> mask; // 1 for real tokens, 0 for padding
    };
    Encoded encode(const QString& text, int maxLength) const;

    int size() const { return int(m_tokens.size()); }

private:
    QStringList basic(const QString& text) const;
    void wordPieces(const QString& word, QStringList& out) const;

    QStringList m_tokens;
    QHash<QString, qint64> m_ids;
    bool m_lowerCase = true;
    qint64 m_unk = 0;
    qint64 m_cls = 0;
    qint64 m_sep = 0;
    qint64 m_pad = 0;
};

} // namespace lx::inference
