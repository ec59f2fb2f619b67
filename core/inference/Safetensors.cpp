#include "inference/Safetensors.h"

#include "common/Excerpt.h"
#include "common/OutputFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <limits>

namespace lx::inference {

namespace {

struct DTypeName
{
    SafetensorsFile::DType type;
    const char* name;
    int size;
};

constexpr DTypeName kDTypes[] = {
    {SafetensorsFile::DType::F32, "F32", 4}, {SafetensorsFile::DType::F16, "F16", 2}, {SafetensorsFile::DType::BF16, "BF16", 2},
    {SafetensorsFile::DType::F64, "F64", 8}, {SafetensorsFile::DType::I64, "I64", 8}, {SafetensorsFile::DType::I32, "I32", 4},
    {SafetensorsFile::DType::I16, "I16", 2}, {SafetensorsFile::DType::I8, "I8", 1},   {SafetensorsFile::DType::U8, "U8", 1},
    {SafetensorsFile::DType::Bool, "BOOL", 1},
};

} // namespace

qint64 SafetensorsFile::Entry::elements() const
{
    qint64 n = 1;
    for (qint64 d : shape)
        n *= d;
    return n;
}

int SafetensorsFile::dtypeSize(DType t)
{
    for (const auto& d : kDTypes) {
        if (d.type == t)
            return d.size;
    }
    return 0;
}

QString SafetensorsFile::dtypeName(DType t)
{
    for (const auto& d : kDTypes) {
        if (d.type == t)
            return QString::fromLatin1(d.name);
    }
    return {};
}

bool SafetensorsFile::parseDType(const QString& name, DType* out)
{
    for (const auto& d : kDTypes) {
        if (name == QLatin1String(d.name)) {
            *out = d.type;
            return true;
        }
    }
    return false;
}

const SafetensorsFile::Entry* SafetensorsFile::find(const QString& name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_entries[size_t(*it)];
}

Result<std::shared_ptr<SafetensorsFile>> SafetensorsFile::open(const QString& path)
{
    auto f = std::make_shared<SafetensorsFile>();
    f->m_path = path;
    f->m_file = std::make_unique<QFile>(path);
    if (!f->m_file->open(QIODevice::ReadOnly))
        return Result<std::shared_ptr<SafetensorsFile>>::failure(
            tr("cannot open %1: %2").arg(path, f->m_file->errorString()), ErrorCode::Io);
    const qint64 size = f->m_file->size();
    if (size < 8)
        return Result<std::shared_ptr<SafetensorsFile>>::failure(
            tr("%1 is not a safetensors file: %2 bytes, shorter than its 8-byte header size").arg(path).arg(size),
            ErrorCode::Invalid);
    const uchar* mapped = f->m_file->map(0, size);
    if (!mapped)
        return Result<std::shared_ptr<SafetensorsFile>>::failure(
            tr("cannot map %1: %2").arg(path, f->m_file->errorString()), ErrorCode::Io);
    return parse(std::move(f), mapped, size);
}

Result<std::shared_ptr<SafetensorsFile>> SafetensorsFile::fromBytes(const QByteArray& bytes, const QString& name)
{
    auto f = std::make_shared<SafetensorsFile>();
    f->m_path = name;
    f->m_owned = bytes;
    if (bytes.size() < 8)
        return Result<std::shared_ptr<SafetensorsFile>>::failure(
            tr("%1 is not a safetensors file: %2 bytes, shorter than its 8-byte header size").arg(name).arg(bytes.size()),
            ErrorCode::Invalid);
    const auto* p = reinterpret_cast<const uchar*>(f->m_owned.constData());
    const qint64 n = f->m_owned.size(); // before f is moved into the call
    return parse(std::move(f), p, n);
}

Result<std::shared_ptr<SafetensorsFile>> SafetensorsFile::parse(std::shared_ptr<SafetensorsFile> f, const uchar* bytes, qint64 size)
{
    using R = Result<std::shared_ptr<SafetensorsFile>>;
    const QString& path = f->m_path;
    auto bad = [&](const QString& why) { return R::failure(tr("%1 is not a valid safetensors file: %2").arg(path, why), ErrorCode::Invalid); };
    quint64 headerSize = 0;
    for (int i = 7; i >= 0; --i)
        headerSize = (headerSize << 8) | bytes[i];
    if (headerSize > quint64(kMaxHeaderBytes))
        return bad(tr("its header claims %1 bytes, over the limit of %2").arg(headerSize).arg(kMaxHeaderBytes));
    if (qint64(headerSize) > size - 8)
        return bad(tr("its header claims %1 bytes but the file has only %2 after the size").arg(headerSize).arg(size - 8));
    const QByteArray header = QByteArray::fromRawData(reinterpret_cast<const char*>(bytes + 8), qsizetype(headerSize));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(header.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(error.error != QJsonParseError::NoError ? tr("its header is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)
                                                           : tr("its header is not a JSON object"));
    f->m_data = bytes + 8 + headerSize;
    const qint64 dataSize = size - 8 - qint64(headerSize);
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("__metadata__")) {
            if (!it->isObject())
                return bad(tr("__metadata__ is not an object"));
            const QJsonObject meta = it->toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m->isString())
                    return bad(tr("metadata '%1' is not a string").arg(excerpt(m.key())));
                f->m_metadata.insert(m.key(), m->toString());
            }
            continue;
        }
        if (!it->isObject())
            return bad(tr("tensor '%1' is not described by an object").arg(excerpt(name)));
        const QJsonObject o = it->toObject();
        Entry e;
        e.name = name;
        const QString dtype = o.value(QStringLiteral("dtype")).toString();
        if (!parseDType(dtype, &e.dtype))
            return bad(tr("tensor '%1' has the unknown dtype '%2' (F32, F16 and BF16 are read)").arg(excerpt(name), excerpt(dtype)));
        const QJsonValue shape = o.value(QStringLiteral("shape"));
        const QJsonValue offsets = o.value(QStringLiteral("data_offsets"));
        if (!shape.isArray() || !offsets.isArray() || offsets.toArray().size() != 2)
            return bad(tr("tensor '%1' lacks a shape or its two data_offsets").arg(excerpt(name)));
        const QJsonArray dims = shape.toArray();
        if (dims.size() > 8)
            return bad(tr("tensor '%1' has %2 dimensions").arg(excerpt(name)).arg(dims.size()));
        qint64 elements = 1;
        for (const QJsonValue& d : dims) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v != double(qint64(v)) || v > 9.0e15)
                return bad(tr("tensor '%1' has a dimension that is not a whole number").arg(excerpt(name)));
            const qint64 dim = qint64(v);
            if (dim != 0 && elements > std::numeric_limits<qint64>::max() / 8 / dim)
                return bad(tr("tensor '%1' is too large").arg(excerpt(name)));
            elements *= dim;
            e.shape.push_back(dim);
        }
        const QJsonArray off = offsets.toArray();
        for (int k = 0; k < 2; ++k) {
            const double v = off.at(k).toDouble(-1);
            if (!off.at(k).isDouble() || v < 0 || v != double(qint64(v)) || v > 9.0e15)
                return bad(tr("tensor '%1' has offsets that are not whole numbers").arg(excerpt(name)));
        }
        e.begin = qint64(off.at(0).toDouble());
        e.end = qint64(off.at(1).toDouble());
        if (e.end < e.begin)
            return bad(tr("tensor '%1' ends before it begins").arg(excerpt(name)));
        if (e.end > dataSize)
            return bad(tr("tensor '%1' lies past the end of the file (offset %2, %3 data bytes)").arg(excerpt(name)).arg(e.end).arg(dataSize));
        if (e.end - e.begin != elements * dtypeSize(e.dtype))
            return bad(tr("tensor '%1' has %2 bytes, its shape and dtype need %3")
                           .arg(excerpt(name))
                           .arg(e.end - e.begin)
                           .arg(elements * dtypeSize(e.dtype)));
        f->m_index.insert(name, int(f->m_entries.size()));
        f->m_entries.push_back(std::move(e));
    }
    std::vector<const Entry*> order;
    for (const Entry& e : f->m_entries)
        order.push_back(&e);
    std::sort(order.begin(), order.end(), [](const Entry* a, const Entry* b) { return a->begin != b->begin ? a->begin < b->begin : a->end < b->end; });
    qint64 at = 0;
    for (const Entry* e : order) {
        if (e->begin != at)
            return bad(e->begin > at ? tr("the data has a gap before tensor '%1'").arg(excerpt(e->name))
                                     : tr("tensor '%1' overlaps another").arg(excerpt(e->name)));
        at = e->end;
    }
    if (at != dataSize)
        return bad(tr("%1 bytes after the last tensor are not described by the header").arg(dataSize - at));
    return f;
}

void SafetensorsWriter::add(const QString& name, SafetensorsFile::DType dtype, std::vector<qint64> shape, QByteArray bytes)
{
    m_items.push_back({name, dtype, std::move(shape), std::move(bytes)});
}

void SafetensorsWriter::addF32(const QString& name, std::vector<qint64> shape, const std::vector<float>& values)
{
    QByteArray b(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    std::memcpy(b.data(), values.data(), size_t(b.size()));
    add(name, SafetensorsFile::DType::F32, std::move(shape), std::move(b));
}

QByteArray SafetensorsWriter::bytes() const
{
    QJsonObject header;
    qint64 at = 0;
    for (const Item& it : m_items) {
        QJsonArray shape;
        for (qint64 d : it.shape)
            shape.append(double(d));
        header.insert(it.name, QJsonObject{{QStringLiteral("dtype"), SafetensorsFile::dtypeName(it.dtype)},
                                           {QStringLiteral("shape"), shape},
                                           {QStringLiteral("data_offsets"), QJsonArray{double(at), double(at + it.bytes.size())}}});
        at += it.bytes.size();
    }
    if (!m_metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = m_metadata.begin(); it != m_metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        header.insert(QStringLiteral("__metadata__"), meta);
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0)
        json.append(' ');
    QByteArray out;
    out.reserve(8 + json.size() + at);
    quint64 n = quint64(json.size());
    for (int i = 0; i < 8; ++i)
        out.append(char((n >> (8 * i)) & 0xff));
    out.append(json);
    for (const Item& it : m_items)
        out.append(it.bytes);
    return out;
}

Status SafetensorsWriter::write(const QString& path) const
{
    return OutputFile::write(path, bytes());
}

quint16 floatToHalf(float f)
{
    quint32 x;
    std::memcpy(&x, &f, 4);
    const quint32 sign = (x >> 16) & 0x8000;
    const int exp = int((x >> 23) & 0xff);
    quint32 mant = x & 0x7fffff;
    if (exp == 0xff)
        return quint16(sign | 0x7c00 | (mant ? 0x200 : 0));
    int e = exp - 127 + 15;
    if (e >= 0x1f)
        return quint16(sign | 0x7c00);
    if (e <= 0) {
        if (e < -10)
            return quint16(sign);
        mant |= 0x800000;
        const int shift = 14 - e;
        quint32 half = mant >> shift;
        const quint32 rem = mant & ((1u << shift) - 1);
        const quint32 mid = 1u << (shift - 1);
        if (rem > mid || (rem == mid && (half & 1)))
            ++half;
        return quint16(sign | half);
    }
    quint32 half = (quint32(e) << 10) | (mant >> 13);
    const quint32 rem = mant & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (half & 1)))
        ++half;
    return quint16(sign | half);
}

float halfToFloat(quint16 h)
{
    const quint32 sign = quint32(h & 0x8000) << 16;
    int exp = (h >> 10) & 0x1f;
    quint32 mant = h & 0x3ff;
    quint32 x;
    if (exp == 0) {
        if (mant == 0) {
            x = sign;
        } else {
            exp = 1;
            while (!(mant & 0x400)) {
                mant <<= 1;
                --exp;
            }
            mant &= 0x3ff;
            x = sign | (quint32(exp - 15 + 127) << 23) | (mant << 13);
        }
    } else if (exp == 0x1f) {
        x = sign | 0x7f800000 | (mant << 13);
    } else {
        x = sign | (quint32(exp - 15 + 127) << 23) | (mant << 13);
    }
    float f;
    std::memcpy(&f, &x, 4);
    return f;
}

quint16 floatToBf16(float f)
{
    quint32 x;
    std::memcpy(&x, &f, 4);
    if ((x & 0x7fffffff) > 0x7f800000)
        return quint16((x >> 16) | 0x40);
    const quint32 rounding = 0x7fff + ((x >> 16) & 1);
    return quint16((x + rounding) >> 16);
}

float bf16ToFloat(quint16 b)
{
    const quint32 x = quint32(b) << 16;
    float f;
    std::memcpy(&f, &x, 4);
    return f;
}

} // namespace lx::inference
