// A packed checkpoint folder as the model registry stores it: the pack, its config and weights.
#include "FuzzSupport.h"

#include "inference/HfCheckpoint.h"

using namespace lx::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes("LINGXI-HF-PACK 1\n");
    bytes += lx::fuzz::bytesOf(data, size);
    auto c = HfCheckpoint::fromPack(bytes, QStringLiteral("pack"));
    if (!c)
        return 0;
    std::vector<float> values;
    for (const QString& name : c.value()->names()) {
        const auto* e = c.value()->find(name);
        if (e && e->elements() < 4096)
            (void)c.value()->readFloats(name, e->shape, &values);
    }
    (void)c.value()->configInt(QStringLiteral("hidden_size"));
    return 0;
}
