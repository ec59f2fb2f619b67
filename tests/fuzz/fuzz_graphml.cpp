// GraphML: concepts, relations and types or numbered issues; nesting is bounded.
#include "FuzzSupport.h"

#include "graph/GraphMl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto doc = lx::graph::GraphMl::read(lx::fuzz::bytesOf(data, size), QStringLiteral("fuzz.graphml"));
    (void)doc.issues.size();
    return 0;
}
