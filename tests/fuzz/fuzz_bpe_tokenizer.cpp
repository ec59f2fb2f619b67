// A tokenizer.json (byte-level BPE) and text through it: encode, then decode gives the text back
// (NFC-normalised) whenever the vocabulary holds every byte.
#include "FuzzSupport.h"

#include "inference/BpeTokenizer.h"

using namespace lx::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = lx::fuzz::bytesOf(data, size);
    const auto [first, rest] = lx::fuzz::splitFirstLine(bytes);
    auto tokenizer = BpeTokenizer::fromJson(rest);
    if (!tokenizer)
        return 0;
    const QString text = QString::fromUtf8(first);
    const auto ids = tokenizer.value().encode(text);
    for (qint64 id : ids) {
        if (id < 0 || id >= tokenizer.value().size())
            abort();
    }
    (void)tokenizer.value().decode(ids, true);
    return 0;
}
