#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lx::inference {

// The byte-level BPE tokenizer of GPT-2, Qwen2 and their kin, read from a Hugging Face
// tokenizer.json: added tokens are found in the text first (leftmost, longest); the rest is
// normalised (NFC and the like), split by the pre-tokenizer's regular expression (Unicode
// properties), each piece's UTF-8 bytes are mapped to GPT-2's printable byte alphabet and merged
// by merge rank, lowest first. Decoding maps the alphabet back to bytes. No torch here.
class BpeTokenizer final
{
    Q_DECLARE_TR_FUNCTIONS(BpeTokenizer)

public:
    static Result<BpeTokenizer> fromJson(const QByteArray& tokenizerJson);

    std::vector<qint64> encode(const QString& text) const;
    // The bytes the ids stand for; special tokens are left out when skipSpecial.
    QByteArray decodeBytes(const std::vector<qint64>& ids, bool skipSpecial) const;
    QString decode(const std::vector<qint64>& ids, bool skipSpecial) const;
    // The id of a token (an added token's content or a vocabulary entry), or -1.
    qint64 tokenId(const QString& token) const;
    bool isSpecial(qint64 id) const;
    // One more than the largest id.
    qint64 size() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace lx::inference
