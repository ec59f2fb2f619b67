// A safetensors file: the strict header reader, then every tensor's bytes read as floats.
#include "FuzzSupport.h"

#include "inference/Safetensors.h"

#include <cstring>

using namespace lx::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto f = SafetensorsFile::fromBytes(lx::fuzz::bytesOf(data, size), QStringLiteral("model.safetensors"));
    if (!f)
        return 0;
    // Whatever the header said, every entry lies inside the data and has the bytes its shape needs.
    float sink = 0;
    for (const auto& e : f.value()->entries()) {
        if (e.end - e.begin != e.elements() * SafetensorsFile::dtypeSize(e.dtype))
            abort();
        const uchar* p = f.value()->data(e);
        for (qint64 i = 0; i + 1 < e.end - e.begin && i < 64; i += 2) {
            quint16 h;
            std::memcpy(&h, p + i, 2);
            sink += halfToFloat(h) + bf16ToFloat(h);
        }
    }
    (void)sink;
    return 0;
}
