// Human-review CSV (date, predicted, reviewed, text) summed per day and per ISO week.
#include "FuzzSupport.h"

#include "quality/ReviewLog.h"

#include <QBuffer>

using namespace lx::quality;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = lx::fuzz::bytesOf(data, size);
    for (ReviewPeriodKind kind : {ReviewPeriodKind::Day, ReviewPeriodKind::Week}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const ReviewLog log = ReviewLog::readCsv(buffer, kind);
        (void)log.correctionsCsv();
    }
    return 0;
}
