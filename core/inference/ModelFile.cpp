#include "inference/ModelFile.h"

#include "common/InputFile.h"
#include "common/OutputFile.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace lx::inference {

namespace {

const QByteArray kMagic = QByteArrayLiteral("LXSENT\x00\x01");
constexpr int kDigest = 32;

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

template<typename T>
void appendRaw(QByteArray& out, const std::vector<T>& values)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the model file is little-endian");
    out.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
}

template<typename T>
bool readRaw(const QByteArray& bytes, qint64& pos, qint64 count, qint64 end, std::vector<T>& out)
{
    // Compared by division: count * sizeof(T) of a damaged header could overflow.
    if (count < 0 || pos > end || count > (end - pos) / qint64(sizeof(T)))
        return false;
    out.resize(size_t(count));
    if (count > 0) // an empty vector's data() may be null, which memcpy must never get
        std::memcpy(out.data(), bytes.constData() + pos, size_t(count) * sizeof(T));
    pos += count * qint64(sizeof(T));
    return true;
}

} // namespace

const NamedTensor* ModelData::tensor(const QString& name) const
{
    for (const auto& t : tensors) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QByteArray serializeModel(const ModelData& model)
{
    QJsonObject header;
    header.insert(QStringLiteral("format_version"), ModelData::kFormatVersion);
    header.insert(QStringLiteral("labels"), QJsonArray::fromStringList(model.labels));
    header.insert(QStringLiteral("terms"), QJsonArray::fromStringList(model.terms));
    header.insert(QStringLiteral("features"), qint64(model.hashes.size()));
    header.insert(QStringLiteral("neutral_below"), model.neutralBelow);
    header.insert(QStringLiteral("architecture"), model.architecture);
    header.insert(QStringLiteral("metadata"), model.metadata);
    QJsonArray tensors;
    for (const auto& t : model.tensors) {
        QJsonArray shape;
        for (qint64 d : t.shape)
            shape.append(d);
        tensors.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("shape"), shape},
                                   {QStringLiteral("count"), qint64(t.values.size())}});
    }
    header.insert(QStringLiteral("tensors"), tensors);
    QByteArray payload;
    appendRaw(payload, model.hashes);
    appendRaw(payload, model.idf);
    for (const auto& t : model.tensors)
        appendRaw(payload, t.values);
    return sealContainer(kMagic, header, payload);
}

QByteArray sealContainer(const QByteArray& magic, const QJsonObject& header, const QByteArray& payload)
{
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(magic.size() + 8 + json.size() + payload.size() + kDigest);
    out.append(magic);
    const quint64 length = quint64(json.size());
    out.append(reinterpret_cast<const char*>(&length), 8);
    out.append(json);
    out.append(payload);
    out.append(crypto::Crypto::sha256(out));
    return out;
}

Result<Container> openContainer(const QByteArray& bytes, qint64 magicSize)
{
    if (bytes.size() < magicSize + 8 + kDigest)
        return Result<Container>::failure(tr("the model file is truncated"));
    const qint64 end = bytes.size() - kDigest;
    // OpenSSL's SHA-256 (several times Qt's own on tens of megabytes: most of a model's load).
    if (crypto::Crypto::sha256(QByteArray::fromRawData(bytes.constData(), end)) != bytes.mid(end))
        return Result<Container>::failure(tr("the model file is damaged or truncated (checksum mismatch)"));
    quint64 length = 0;
    std::memcpy(&length, bytes.constData() + magicSize, 8);
    const qint64 start = magicSize + 8;
    if (length > quint64(end - start) || length > quint64(limits::kMaxModelHeaderBytes))
        return Result<Container>::failure(tr("the model file is damaged (header length)"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start, qsizetype(length)), &error);
    if (!doc.isObject())
        return Result<Container>::failure(tr("the model file's header is damaged: %1").arg(error.errorString()));
    return Container{doc.object(), start + qint64(length), end};
}

Status saveModel(const ModelData& model, const QString& path)
{
    const QByteArray out = serializeModel(model);
    return OutputFile::write(path, out);
}

Result<ModelData> loadModel(const QString& path)
{
    auto bytes = InputFile::read(path, limits::kMaxModelFileBytes, tr("a model file"));
    if (!bytes)
        return Result<ModelData>(bytes.status());
    auto parsed = parseModel(bytes.value());
    if (!parsed)
        return Result<ModelData>::failure(tr("%1: %2").arg(InputFile::displayName(path), parsed.error()));
    return parsed;
}

Result<ModelData> parseModel(const QByteArray& bytes)
{
    if (bytes.size() < kMagic.size() || !bytes.startsWith(kMagic.left(6)))
        return Result<ModelData>::failure(tr("not a Lingxi sentiment model"));
    if (!bytes.startsWith(kMagic))
        return Result<ModelData>::failure(tr("a sentiment model in a format this version does not know"));
    auto container = openContainer(bytes, kMagic.size());
    if (!container)
        return Result<ModelData>(container.status());
    const QJsonObject& header = container.value().header;
    qint64 pos = container.value().payloadStart;
    const qint64 end = container.value().payloadEnd;
    const int version = header.value(QStringLiteral("format_version")).toInt();
    if (version > ModelData::kFormatVersion)
        return Result<ModelData>::failure(tr("the model was written by a newer Lingxi (format %1, this one reads up to %2)")
                                              .arg(version)
                                              .arg(ModelData::kFormatVersion));
    if (version < 1)
        return Result<ModelData>::failure(tr("the model file's header has no format version"));

    ModelData m;
    for (const auto& v : header.value(QStringLiteral("labels")).toArray())
        m.labels.append(v.toString());
    for (const auto& v : header.value(QStringLiteral("terms")).toArray())
        m.terms.append(v.toString());
    m.neutralBelow = header.value(QStringLiteral("neutral_below")).toDouble();
    m.architecture = header.value(QStringLiteral("architecture")).toObject();
    m.metadata = header.value(QStringLiteral("metadata")).toObject();
    if (m.labels.size() < 2 || m.labels.size() > 3)
        return Result<ModelData>::failure(tr("the model file's header names %1 labels (2 or 3 expected)").arg(m.labels.size()));
    const qint64 features = header.value(QStringLiteral("features")).toInteger(-1);
    if (!readRaw(bytes, pos, features, end, m.hashes) || !readRaw(bytes, pos, features, end, m.idf))
        return Result<ModelData>::failure(tr("the model file is damaged (vocabulary)"));
    for (const auto& v : header.value(QStringLiteral("tensors")).toArray()) {
        const QJsonObject o = v.toObject();
        NamedTensor t;
        t.name = o.value(QStringLiteral("name")).toString();
        qint64 product = 1;
        for (const auto& d : o.value(QStringLiteral("shape")).toArray()) {
            const qint64 dim = d.toInteger(-1);
            // Each dimension, and the product so far, stays far below what a qint64 holds.
            if (dim < 0 || dim > (qint64(1) << 32) || (dim > 0 && product > (qint64(1) << 40) / dim))
                return Result<ModelData>::failure(tr("the model file is damaged (tensor %1)").arg(t.name));
            t.shape.push_back(dim);
            product *= dim;
        }
        const qint64 count = o.value(QStringLiteral("count")).toInteger(-1);
        if (count != product || !readRaw(bytes, pos, count, end, t.values))
            return Result<ModelData>::failure(tr("the model file is damaged (tensor %1)").arg(t.name));
        m.tensors.push_back(std::move(t));
    }
    if (pos != end)
        return Result<ModelData>::failure(tr("the model file is damaged (unexpected trailing data)"));
    return m;
}

} // namespace lx::inference
