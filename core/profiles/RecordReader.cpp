#include "profiles/RecordReader.h"

#include "common/CsvReader.h"
#include "common/Excerpt.h"
#include "common/InputFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

namespace lx::profiles {

namespace {
// Element names quoted in a record's position: names are structure, yet a file may hold any.
constexpr int kMaxNameInPath = 32;
} // namespace

struct RecordReader::Private
{
    QStringList keys;
    QHash<QString, int> keyIndex;
    QString path;
    std::unique_ptr<QFile> file;
    // CSV
    std::unique_ptr<CsvReader> csv;
    QList<int> columnKey;    // column → key index or -1
    QStringList columnNames; // header names, for extras
    // JSON Lines
    int line = 0;
    QByteArray lineBuffer;
    // XML
    std::unique_ptr<QXmlStreamReader> xml;
    QString rootName;
    int recordCount = 0;
    bool xmlErrorReported = false;

    // Reuses the record's lists: a million-row file should not allocate them a million times.
    void reset(RawRecord& r) const
    {
        r.line = 0;
        r.where.clear();
        r.error.clear();
        r.extras = QJsonObject();
        if (r.values.size() != keys.size()) {
            r.values = QStringList(keys.size());
            r.nested = QList<QJsonValue>(keys.size());
        } else {
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (r.present.at(i)) {
                    r.values[i].clear();
                    r.nested[i] = QJsonValue();
                }
            }
        }
        r.present.fill(false, keys.size());
    }

    void put(RawRecord& r, const QString& name, const QJsonValue& v) const
    {
        const int k = keyIndex.value(name.trimmed().toLower(), -1);
        if (k < 0) {
            r.extras.insert(name, v);
            return;
        }
        r.present[k] = true;
        if (v.isArray() || v.isObject()) {
            r.nested[k] = v;
            return;
        }
        if (v.isBool())
            r.values[k] = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            r.values[k] = QString::number(v.toDouble(), 'g', 17);
        else if (v.isNull())
            r.present[k] = false;
        else
            r.values[k] = v.toString().trimmed();
    }

    bool nextCsv(RawRecord& r);
    bool nextJson(RawRecord& r);
    bool nextXml(RawRecord& r);
};

QString RawRecord::location() const
{
    return where.isEmpty() ? RecordReader::tr("line %1").arg(line) : where;
}

RecordReader::RecordReader(QStringList keys, QString path, RecordFormat format)
    : d(std::make_unique<Private>()), m_format(format == RecordFormat::Auto ? guessFormat(path) : format)
{
    d->keys = std::move(keys);
    for (int i = 0; i < d->keys.size(); ++i)
        d->keyIndex.insert(d->keys.at(i), i);
    d->path = std::move(path);
}

RecordReader::~RecordReader() = default;

Result<RecordFormat> RecordReader::parseFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return RecordFormat::Auto;
    if (n == QLatin1String("jsonl") || n == QLatin1String("json") || n == QLatin1String("ndjson"))
        return RecordFormat::JsonLines;
    if (n == QLatin1String("csv"))
        return RecordFormat::Csv;
    if (n == QLatin1String("xml"))
        return RecordFormat::Xml;
    return Result<RecordFormat>::failure(tr("unknown format '%1' (jsonl, csv or xml)").arg(excerpt(name)));
}

RecordFormat RecordReader::guessFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return RecordFormat::Csv;
    if (suffix == QLatin1String("xml"))
        return RecordFormat::Xml;
    return RecordFormat::JsonLines;
}

Status RecordReader::open()
{
    auto opened = InputFile::open(d->path);
    if (!opened)
        return opened.status();
    d->file = opened.take();
    const QString name = InputFile::displayName(d->path);
    if (m_format == RecordFormat::Csv) {
        d->csv = std::make_unique<CsvReader>(*d->file);
        CsvRecord header;
        while (d->csv->next(header)) {
            if (!header.error.isEmpty())
                return Status::failure(tr("%1: the header cannot be read: %2").arg(name, header.error));
            if (!header.isBlank())
                break;
        }
        if (header.fields.isEmpty())
            return Status::failure(tr("%1 is empty: a CSV file needs a header row").arg(name));
        for (const QString& name : std::as_const(header.fields)) {
            d->columnNames.append(name.trimmed());
            d->columnKey.append(d->keyIndex.value(name.trimmed().toLower(), -1));
        }
        if (!d->columnKey.contains(d->keyIndex.value(QStringLiteral("platform_user_id"), -2)))
            return Status::failure(tr("%1: the header has no platform_user_id column").arg(name));
    } else if (m_format == RecordFormat::Xml) {
        d->xml = std::make_unique<QXmlStreamReader>(d->file.get());
        while (!d->xml->atEnd()) {
            if (d->xml->readNext() == QXmlStreamReader::StartElement) {
                d->rootName = excerpt(d->xml->name(), kMaxNameInPath);
                break;
            }
        }
        if (d->xml->hasError() || d->rootName.isEmpty())
            return Status::failure(tr("%1 is not an XML file: %2 (line %3)")
                                       .arg(name, d->xml->hasError() ? d->xml->errorString() : tr("no root element"))
                                       .arg(d->xml->lineNumber()));
    }
    return Status::success();
}

qint64 RecordReader::bytesRead() const
{
    return d->file ? d->file->pos() : 0;
}

qint64 RecordReader::bytesTotal() const
{
    return d->file ? d->file->size() : 0;
}

bool RecordReader::next(RawRecord& record)
{
    switch (m_format) {
    case RecordFormat::Csv:
        return d->nextCsv(record);
    case RecordFormat::Xml:
        return d->nextXml(record);
    default:
        return d->nextJson(record);
    }
}

bool RecordReader::Private::nextCsv(RawRecord& r)
{
    CsvRecord rec;
    while (csv->next(rec)) {
        if (rec.error.isEmpty() && rec.isBlank())
            continue;
        reset(r);
        r.line = rec.line;
        if (!rec.error.isEmpty()) {
            r.error = rec.error;
            return true;
        }
        if (rec.fields.size() > columnKey.size()) {
            r.error = RecordReader::tr("%n field(s) more than the header has", nullptr, int(rec.fields.size() - columnKey.size()));
            return true;
        }
        for (int c = 0; c < rec.fields.size(); ++c) {
            const int k = columnKey.at(c);
            const QString cell = rec.fields.at(c).trimmed();
            if (k < 0) {
                if (!cell.isEmpty())
                    r.extras.insert(columnNames.at(c), cell);
                continue;
            }
            if (cell.isEmpty())
                continue;
            r.present[k] = true;
            r.values[k] = cell;
        }
        return true;
    }
    return false;
}

bool RecordReader::Private::nextJson(RawRecord& r)
{
    for (;;) {
        const InputFile::Line got = InputFile::readLine(*file, limits::kMaxRecordBytes, lineBuffer);
        if (got == InputFile::Line::End)
            return false;
        ++line;
        if (got == InputFile::Line::TooLong) {
            reset(r);
            r.line = line;
            r.error = RecordReader::tr("the line is longer than %1").arg(InputFile::sizeText(limits::kMaxRecordBytes));
            return true;
        }
        const QByteArray trimmed = lineBuffer.trimmed();
        if (trimmed.isEmpty())
            continue;
        reset(r);
        r.line = line;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
        if (err.error != QJsonParseError::NoError) {
            r.error = RecordReader::tr("not valid JSON: %1 at character %2").arg(err.errorString()).arg(err.offset + 1);
            return true;
        }
        if (!doc.isObject()) {
            r.error = RecordReader::tr("a line must hold one JSON object");
            return true;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            put(r, it.key(), it.value());
        return true;
    }
    return false;
}

namespace {

// What one XML record may cost: its depth and its characters.
struct XmlBudget
{
    qint64 chars = 0;
    bool tooLarge = false;

    // False (and the rest of the record's text is dropped) once the record is over the limit.
    bool take(qint64 n)
    {
        chars += n;
        tooLarge = tooLarge || chars > limits::kMaxRecordBytes;
        return !tooLarge;
    }
};

// An element's content as JSON: text for a leaf; an array of its children for a list
// (<interests><interest>…</interest></interests>); an object for a record-like child. `depth` is
// the element's own depth in the document: deeper than limits::kMaxXmlDepth stops the reader
// with an error (the recursion, and the document, go no further).
QJsonValue readXmlValue(QXmlStreamReader& xml, int depth, XmlBudget& budget)
{
    QString text;
    QJsonArray items;
    QJsonObject fields;
    bool hasChildren = false;
    if (depth > limits::kMaxXmlDepth) {
        xml.raiseError(RecordReader::tr("elements nested deeper than %1 levels").arg(limits::kMaxXmlDepth));
        return QJsonValue();
    }
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            if (budget.take(xml.text().size()))
                text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            hasChildren = true;
            const QString name = xml.name().toString();
            QJsonObject attrs;
            for (const auto& a : xml.attributes()) {
                if (budget.take(a.name().size() + a.value().size()))
                    attrs.insert(a.name().toString(), a.value().toString());
            }
            QJsonValue child = readXmlValue(xml, depth + 1, budget);
            if (xml.hasError())
                return QJsonValue();
            if (!attrs.isEmpty()) {
                QJsonObject merged = child.isObject() ? child.toObject() : QJsonObject();
                for (auto it = attrs.begin(); it != attrs.end(); ++it)
                    merged.insert(it.key(), it.value());
                if (!child.isObject() && !child.toString().isEmpty())
                    merged.insert(QStringLiteral("value"), child);
                child = merged;
            }
            items.append(child);
            fields.insert(name, child);
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (!hasChildren)
        return text.trimmed();
    // A list when its children repeat one name (or are objects); a record otherwise.
    if (fields.size() == 1 && items.size() >= 1)
        return items;
    if (fields.size() < items.size())
        return items;
    return fields;
}

} // namespace

bool RecordReader::Private::nextXml(RawRecord& r)
{
    while (!xml->atEnd()) {
        const auto token = xml->readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString recordName = excerpt(xml->name(), kMaxNameInPath);
            ++recordCount;
            reset(r);
            r.line = int(xml->lineNumber());
            r.where = QStringLiteral("/%1/%2[%3] (line %4)").arg(rootName, recordName).arg(recordCount).arg(r.line);
            XmlBudget budget;
            for (const auto& a : xml->attributes()) {
                if (budget.take(a.name().size() + a.value().size()))
                    put(r, a.name().toString(), a.value().toString());
            }
            while (!xml->atEnd()) {
                const auto t = xml->readNext();
                if (t == QXmlStreamReader::StartElement) {
                    const QString key = xml->name().toString();
                    const QJsonValue value = readXmlValue(*xml, 3, budget);
                    if (xml->hasError())
                        break;
                    if (!budget.tooLarge)
                        put(r, key, value);
                } else if (t == QXmlStreamReader::EndElement) {
                    break;
                }
            }
            if (budget.tooLarge && !xml->hasError())
                r.error = RecordReader::tr("the record is larger than %1").arg(InputFile::sizeText(limits::kMaxRecordBytes));
            if (xml->hasError()) {
                r.error = RecordReader::tr("XML error: %1").arg(xml->errorString());
                xmlErrorReported = true;
            }
            return true;
        }
    }
    if (xml->hasError() && !xmlErrorReported) {
        // A malformed document cannot be read past the error: say where it is, once.
        reset(r);
        r.line = int(xml->lineNumber());
        r.where = RecordReader::tr("line %1").arg(r.line);
        r.error = RecordReader::tr("XML error: %1; the rest of the file cannot be read").arg(xml->errorString());
        xmlErrorReported = true;
        return true;
    }
    return false;
}

} // namespace lx::profiles
