#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

namespace lx::profiles {

// One record as read from a file, before validation: the value of each known key (by index in
// the key list the reader was opened with) as text, nested values (consents, a JSON list of
// interests) as JSON, and every other key kept aside. `where` is "line N" or an XML path.
struct RawRecord
{
    int line = 0;
    QString where; // an XML path; empty for line-based formats, where the line says it all
    QString error; // the record could not even be read (bad JSON, invalid UTF-8, …)
    QStringList values;
    QList<bool> present;
    QList<QJsonValue> nested; // per key: an array or object value, when the file had one
    QJsonObject extras;

    bool has(int key) const { return key < present.size() && present.at(key); }
    QString value(int key) const { return has(key) ? values.at(key) : QString(); }
    QString location() const;
};

enum class RecordFormat { Auto, JsonLines, Csv, Xml };

// Streams records out of JSON Lines, CSV (UTF-8, header row) or XML (a root element holding one
// element per record, whose child elements are the keys) without holding the file in memory.
class RecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    RecordReader(QStringList keys, QString path, RecordFormat format = RecordFormat::Auto);
    ~RecordReader();

    static Result<RecordFormat> parseFormat(const QString& name);
    static RecordFormat guessFormat(const QString& path);

    // Opens the file and reads the CSV header; an error here means nothing can be read.
    Status open();
    bool next(RawRecord& record);
    qint64 bytesRead() const;
    qint64 bytesTotal() const;
    RecordFormat format() const { return m_format; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    RecordFormat m_format;
};

} // namespace lx::profiles
