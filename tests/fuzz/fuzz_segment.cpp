// Segment expressions as a marketer types them (platform=douyin AND age_band=18-24 …).
#include "FuzzSupport.h"

#include "profiles/Segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(lx::fuzz::bytesOf(data, size));
    auto segment = lx::profiles::Segment::parse(text);
    if (segment)
        (void)lx::profiles::Segment::parse(segment.value().expression());
    return 0;
}
