// A WordPiece vocabulary (vocab.txt, one token a line) and text through it.
#include "FuzzSupport.h"

#include "inference/WordPiece.h"

using namespace lx::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = lx::fuzz::bytesOf(data, size);
    const auto [first, rest] = lx::fuzz::splitFirstLine(bytes);
    auto tokenizer = WordPieceTokenizer::fromText(rest, !first.isEmpty() && first.at(0) & 1);
    if (!tokenizer)
        return 0;
    const QString text = QString::fromUtf8(first);
    (void)tokenizer.value().tokenize(text);
    const auto encoded = tokenizer.value().encode(text, 32);
    if (encoded.ids.size() != 32)
        abort(); // always padded or cut to the length asked for
    return 0;
}
