// The sentiment model file: raw bytes (magic, header length, header, payload, checksum) and,
// since random bytes rarely pass the checksum, a sealed container whose header (first line,
// JSON) and payload (the rest) come from the input, so the header and weights checks are reached.
#include "FuzzSupport.h"

#include "inference/ModelFile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace lx::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = lx::fuzz::bytesOf(data, size);
    (void)parseModel(bytes);
    const auto [headerLine, payload] = lx::fuzz::splitFirstLine(bytes);
    const QJsonObject header = QJsonDocument::fromJson(headerLine).object();
    static const QByteArray magic("LXSENT\x00\x01", 8);
    (void)parseModel(sealContainer(magic, header, payload));
    return 0;
}
