// CsvReader: any bytes are records or line-numbered errors, never a crash or a runaway buffer.
#include "FuzzSupport.h"

#include "common/CsvReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = lx::fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    lx::CsvReader reader(buffer);
    lx::CsvRecord record;
    lx::CsvHeader header;
    bool first = true;
    int lastLine = 0;
    while (reader.next(record)) {
        if (record.line < lastLine)
            abort(); // line numbers only go forward
        lastLine = record.line;
        if (first && record.error.isEmpty()) {
            header = lx::CsvHeader::fromRecord(record);
            first = false;
            continue;
        }
        (void)header.cell(record, "text");
        (void)lx::CsvHeader::cell(record, 1000);
        (void)lx::CsvReader::formatLine(record.fields);
    }
    return 0;
}
