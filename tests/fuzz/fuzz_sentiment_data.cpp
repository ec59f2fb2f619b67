// Sentiment training CSV (label, text): rows or line-numbered skips, with and without a label set.
#include "FuzzSupport.h"

#include "inference/SentimentData.h"

using namespace lx::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = lx::fuzz::scratchFile(lx::fuzz::bytesOf(data, size), ".csv");
    auto any = readDataset(path);
    if (any) {
        for (const LabeledText& row : any.value().rows)
            if (row.label < 0 || row.label >= any.value().labels.size())
                abort();
        (void)stratifiedFolds(any.value().labelIndexes(), 5, 7);
    }
    (void)readDataset(path, canonicalLabels());
    return 0;
}
