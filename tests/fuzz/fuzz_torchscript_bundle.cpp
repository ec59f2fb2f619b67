// An imported TorchScript model's bundle header (labels, lengths, vocabulary and module sizes),
// raw and sealed as in fuzz_model_file; a bundle that parses has its vocabulary read too.
#include "FuzzSupport.h"

#include "inference/ModelFile.h"
#include "inference/TorchScriptModel.h"
#include "inference/WordPiece.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace lx::inference;

namespace {
void check(const QByteArray& bytes)
{
    auto bundle = TorchScriptClassifier::parse(bytes);
    if (!bundle)
        return;
    auto tokenizer = WordPieceTokenizer::fromText(bundle.value().vocab, bundle.value().lowerCase);
    if (tokenizer)
        (void)tokenizer.value().encode(QStringLiteral("这个面霜用了三天就过敏了"), bundle.value().maxLength);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = lx::fuzz::bytesOf(data, size);
    check(bytes);
    const auto [headerLine, payload] = lx::fuzz::splitFirstLine(bytes);
    static const QByteArray magic("LXTSBND\x01", 8);
    check(sealContainer(magic, QJsonDocument::fromJson(headerLine).object(), payload));
    return 0;
}
