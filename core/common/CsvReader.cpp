#include "common/CsvReader.h"

#include "common/InputFile.h"

#include <QIODevice>
#include <QStringDecoder>

namespace lx {

bool CsvRecord::isBlank() const
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvHeader CsvHeader::fromRecord(const CsvRecord& record)
{
    CsvHeader h;
    for (int i = 0; i < record.fields.size(); ++i)
        h.columns.insert(record.fields.at(i).trimmed().toLower(), i);
    return h;
}

int CsvHeader::index(std::initializer_list<const char*> names) const
{
    for (const char* n : names) {
        const auto it = columns.constFind(QString::fromLatin1(n));
        if (it != columns.constEnd())
            return it.value();
    }
    return -1;
}

QString CsvHeader::cell(const CsvRecord& record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
}

CsvReader::CsvReader(QIODevice& device) : m_device(device)
{
}

bool CsvReader::atEnd() const
{
    return m_device.atEnd();
}

namespace {

bool decodeField(const QByteArray& bytes, QString& out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

bool CsvReader::readPhysicalLine(QByteArray& line, bool& tooLong)
{
    tooLong = false;
    // Room for the longest record accepted, its CR LF, and readLine's terminating NUL.
    const qint64 room = limits::kMaxRecordBytes + 3;
    if (m_buffer.size() != room)
        m_buffer.resize(room);
    const qint64 n = m_device.readLine(m_buffer.data(), room);
    if (n <= 0)
        return false;
    if (n == room - 1 && m_buffer.at(n - 1) != '\n') {
        // Longer than any record accepted: pass over the rest, holding no more than the buffer.
        tooLong = true;
        for (;;) {
            const qint64 more = m_device.readLine(m_buffer.data(), room);
            if (more <= 0 || m_buffer.at(more - 1) == '\n')
                break;
        }
        line.clear();
        return true;
    }
    line = QByteArray(m_buffer.constData(), n);
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    record = CsvRecord();
    if (m_device.atEnd())
        return false;
    record.line = m_line + 1;

    QList<QByteArray> fields;
    QByteArray field;
    bool inQuotes = false;
    bool quotedField = false;
    bool done = false;
    qint64 recordBytes = 0;
    while (!done) {
        QByteArray line;
        bool tooLong = false;
        if (!readPhysicalLine(line, tooLong)) {
            if (inQuotes) {
                record.error = tr("a quoted field that starts on line %1 is never closed").arg(record.line);
                return true;
            }
            if (m_line < record.line)
                return false; // nothing was left but the end
            break;
        }
        ++m_line;
        recordBytes += line.size();
        if (tooLong || recordBytes > limits::kMaxRecordBytes) {
            m_first = false;
            record.error = tr("the record on line %1 is longer than %2").arg(record.line).arg(InputFile::sizeText(limits::kMaxRecordBytes));
            return true;
        }
        if (m_first) {
            m_first = false;
            if (line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
        }
        // Fast path: a whole line without quotes is one record; decode it once and split.
        if (fields.isEmpty() && field.isEmpty() && !inQuotes && !line.contains('"')) {
            qsizetype end = line.size();
            while (end > 0 && (line.at(end - 1) == '\n' || line.at(end - 1) == '\r'))
                --end;
            QString text;
            if (!decodeField(QByteArray::fromRawData(line.constData(), end), text)) {
                record.error = tr("line %1 is not valid UTF-8").arg(record.line);
                return true;
            }
            record.fields = text.split(QLatin1Char(','));
            return true;
        }
        const bool hadNewline = line.endsWith('\n');
        qsizetype i = 0;
        const qsizetype n = line.size();
        while (i < n) {
            const char c = line.at(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && line.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++i;
                    continue;
                }
                field.append(c);
                ++i;
                continue;
            }
            if (c == '"' && field.isEmpty() && !quotedField) {
                inQuotes = true;
                quotedField = true;
                ++i;
                continue;
            }
            if (c == ',') {
                fields.append(field);
                field.clear();
                quotedField = false;
                ++i;
                continue;
            }
            if (c == '\r' && i + 1 < n && line.at(i + 1) == '\n') {
                i += 1;
                continue;
            }
            if (c == '\n') {
                ++i;
                continue;
            }
            field.append(c);
            ++i;
        }
        if (!inQuotes || !hadNewline)
            done = !inQuotes;
        if (inQuotes && !hadNewline && m_device.atEnd()) {
            record.error = tr("a quoted field that starts on line %1 is never closed").arg(record.line);
            return true;
        }
    }
    fields.append(field);
    record.fields.reserve(fields.size());
    for (const QByteArray& f : std::as_const(fields)) {
        QString s;
        if (!decodeField(f, s)) {
            record.error = tr("line %1 is not valid UTF-8").arg(record.line);
            record.fields.clear();
            return true;
        }
        record.fields.append(s);
    }
    return true;
}

QString CsvReader::formatLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
                           || f.contains(QLatin1Char('\r')) || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '));
        if (!quote) {
            out.append(f);
            continue;
        }
        QString escaped = f;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    return out.join(QLatin1Char(','));
}

} // namespace lx
