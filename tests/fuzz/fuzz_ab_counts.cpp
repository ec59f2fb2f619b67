// A/B counts CSV (variant, exposures, conversions, optional date): counts or refused lines;
// counts that are accepted can be analysed.
#include "FuzzSupport.h"

#include "experiments/AbAnalysis.h"

#include <QBuffer>

using namespace lx::experiments;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = lx::fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const AbInput in = AbAnalysis::readCsv(buffer);
    if (!in.issues.isEmpty() || in.variants.isEmpty())
        return 0;
    (void)AbAnalysis::analyze(in.variants, AbOptions{});
    if (!in.days.isEmpty())
        (void)AbAnalysis::timeline(in, 0);
    return 0;
}
