#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lx {

// One CSV record and where it started in the file (1-based line), or why it could not be read.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
    QString error; // empty when the record is good
};

// Streaming RFC 4180 reader: UTF-8 (a BOM is skipped), comma-separated, double quotes around
// fields that hold commas, quotes or line breaks, CRLF or LF. Works on files larger than memory:
// one record at a time. A record with invalid UTF-8 or an unterminated quote comes back with its
// line number and the reason, and reading goes on with the next line.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice& device);

    // False at the end of the input.
    bool next(CsvRecord& record);
    bool atEnd() const;

    // Joins fields into one CSV line (no line break), quoting where needed.
    static QString formatLine(const QStringList& fields);

private:
    QIODevice& m_device;
    int m_line = 0;
    bool m_first = true;
};

} // namespace lx
