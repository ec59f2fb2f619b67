// Points rules (JSON): rules that parse survive a round trip through their own JSON.
#include "FuzzSupport.h"

#include "points/PointsRules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)lx::points::PointsRules::fromJson(lx::fuzz::bytesOf(data, size));
    return 0;
}
