#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
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

    // Only empty or whitespace fields: a blank line, skipped by every reader.
    bool isBlank() const;
};

// Column positions by header name (case-insensitive, trimmed), and cells by column.
struct CsvHeader
{
    QHash<QString, int> columns;

    static CsvHeader fromRecord(const CsvRecord& record);
    bool has(const char* name) const { return columns.contains(QString::fromLatin1(name)); }
    // The first of the names present, or -1.
    int index(std::initializer_list<const char*> names) const;
    // The trimmed cell of a column (empty when the column is absent or the row is short).
    static QString cell(const CsvRecord& record, int column);
    QString cell(const CsvRecord& record, const char* name) const { return cell(record, index({name})); }
};

// Streaming RFC 4180 reader: UTF-8 (a BOM is skipped), comma-separated, double quotes around
// fields that hold commas, quotes or line breaks, CRLF or LF. Works on files larger than memory:
// one record at a time. A record with invalid UTF-8 or an unterminated quote comes back with its
// line number and the reason, and reading goes on with the next line. A record longer than
// limits::kMaxRecordBytes is such an error: its bytes are passed over, never held.
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
    // One physical line into m_buffer; false at the end. `tooLong` when it passed the limit.
    bool readPhysicalLine(QByteArray& line, bool& tooLong);

    QIODevice& m_device;
    QByteArray m_buffer;
    int m_line = 0;
    bool m_first = true;
};

} // namespace lx
