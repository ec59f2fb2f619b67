// The content library file (templates with their platform, type and body) as JSON.
#include "FuzzSupport.h"

#include "content/ContentLibrary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)lx::content::ContentLibrary::parse(lx::fuzz::bytesOf(data, size));
    return 0;
}
