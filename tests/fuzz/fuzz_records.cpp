// RecordReader (profiles and events) on one format: every record is read or rejected with its
// place. Built three times: LX_FUZZ_RECORD_FORMAT is JsonLines, Csv or Xml, LX_FUZZ_RECORD_SUFFIX
// the scratch file's extension.
#include "FuzzSupport.h"

#include "profiles/RecordReader.h"
#include "profiles/Records.h"

using namespace lx::profiles;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = lx::fuzz::scratchFile(lx::fuzz::bytesOf(data, size), LX_FUZZ_RECORD_SUFFIX);
    // Odd sizes read as events, even as profiles: both key lists get the bytes.
    RecordReader reader(size % 2 != 0 ? Records::eventKeys() : Records::profileKeys(), path, RecordFormat::LX_FUZZ_RECORD_FORMAT);
    if (!reader.open())
        return 0;
    const bool events = size % 2 != 0;
    RawRecord record;
    while (reader.next(record)) {
        (void)record.location();
        if (!record.error.isEmpty())
            continue;
        // The validation every imported record goes through.
        if (events)
            (void)Records::event(record);
        else
            (void)Records::profile(record, 2026, {QStringLiteral("id_card"), QStringLiteral("phone")});
    }
    return 0;
}
