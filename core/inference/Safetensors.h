#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lx::inference {

// The safetensors format (Hugging Face): an 8-byte little-endian header size, a JSON header
// naming each tensor's dtype, shape and [begin, end) offsets into the data that follows, then the
// data. Read strictly: the header has a size limit and must be one JSON object; every entry's
// dtype is known and its byte size matches its shape; the offsets, taken in order, cover the data
// exactly (no gap, no overlap, nothing past the end of the file). The file is memory-mapped and
// the tensors' bytes are read where they lie, which need not be aligned. No torch here.
class SafetensorsFile final
{
    Q_DECLARE_TR_FUNCTIONS(SafetensorsFile)

public:
    enum class DType { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };

    struct Entry
    {
        QString name;
        DType dtype = DType::F32;
        std::vector<qint64> shape;
        qint64 begin = 0; // into the data, after the header
        qint64 end = 0;
        qint64 elements() const;
    };

    static constexpr qint64 kMaxHeaderBytes = 100 * 1024 * 1024;

    static Result<std::shared_ptr<SafetensorsFile>> open(const QString& path);
    // The same checks on bytes in memory (tests and fuzzing); the bytes are copied.
    static Result<std::shared_ptr<SafetensorsFile>> fromBytes(const QByteArray& bytes, const QString& name);

    const QString& path() const { return m_path; }
    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& name) const;
    const QHash<QString, QString>& metadata() const { return m_metadata; }
    // The entry's bytes, possibly unaligned.
    const uchar* data(const Entry& e) const { return m_data + e.begin; }

    static int dtypeSize(DType t);
    static QString dtypeName(DType t);
    static bool parseDType(const QString& name, DType* out);

private:
    static Result<std::shared_ptr<SafetensorsFile>> parse(std::shared_ptr<SafetensorsFile> f, const uchar* bytes, qint64 size);

    QString m_path;
    std::unique_ptr<QFile> m_file;
    QByteArray m_owned;
    const uchar* m_data = nullptr;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_metadata;
};

// Writes a safetensors file: tensors in the order added, the header padded to 8 bytes.
class SafetensorsWriter final
{
public:
    void add(const QString& name, SafetensorsFile::DType dtype, std::vector<qint64> shape, QByteArray bytes);
    void addF32(const QString& name, std::vector<qint64> shape, const std::vector<float>& values);
    void setMetadata(const QString& key, const QString& value) { m_metadata.insert(key, value); }
    QByteArray bytes() const;
    Status write(const QString& path) const;

private:
    struct Item
    {
        QString name;
        SafetensorsFile::DType dtype;
        std::vector<qint64> shape;
        QByteArray bytes;
    };
    std::vector<Item> m_items;
    QHash<QString, QString> m_metadata;
};

// float <-> half / bfloat16 bit patterns (round to nearest even), for writers and readers alike.
quint16 floatToHalf(float f);
float halfToFloat(quint16 h);
quint16 floatToBf16(float f);
float bf16ToFloat(quint16 b);

} // namespace lx::inference
