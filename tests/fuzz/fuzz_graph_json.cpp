// Graph JSON ({"concepts": [...], "relations": [...]}): read or numbered issues.
#include "FuzzSupport.h"

#include "graph/GraphJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto doc = lx::graph::GraphJson::read(lx::fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    (void)doc.issues.size();
    return 0;
}
