#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace lx::inference {

struct NamedTensor
{
    QString name;
    std::vector<qint64> shape;
    std::vector<float> values;
};

// Everything a sentiment model is: weights, the feature space (vocabulary), labels, the neutral
// band of a two-class model, the architecture and the training record.
struct ModelData
{
    static constexpr int kFormatVersion = 1;

    QStringList labels;
    QStringList terms;             // the industry vocabulary it was trained with
    std::vector<quint64> hashes;   // feature n-gram hashes, in id order
    std::vector<float> idf;
    std::vector<NamedTensor> tensors;
    double neutralBelow = 0;       // two-class model: a top probability below this answers neutral
    QJsonObject architecture;      // {"kind":"tfidf-mlp","dim":…,"hidden":…}
    QJsonObject metadata;          // data hash, folds, metrics, learning curves, date, versions

    const NamedTensor* tensor(const QString& name) const;
};

// The container every model file uses (Lingxi's own and imported TorchScript bundles): an
// 8-byte magic, the JSON header's length (u64, little-endian), the header, a payload and a SHA-256
// of everything before it.
QByteArray sealContainer(const QByteArray& magic, const QJsonObject& header, const QByteArray& payload);
struct Container
{
    QJsonObject header;
    qint64 payloadStart = 0;
    qint64 payloadEnd = 0; // the checksum follows
};
// Checks size, checksum and header; the caller has checked the magic (it tells the file's kind).
Result<Container> openContainer(const QByteArray& bytes, qint64 magicSize);

// The file: an 8-byte magic, a JSON header, little-endian blobs (hashes, idf, tensors) and a
// SHA-256 of all of it at the end. Written to a temporary file and renamed, so a cancelled or
// failed save leaves nothing half-written. Loading checks the magic, the format version, every
// size and the checksum before using anything: a truncated, damaged or foreign file is a clear
// error.
Status saveModel(const ModelData& model, const QString& path);
QByteArray serializeModel(const ModelData& model);
Result<ModelData> loadModel(const QString& path);
Result<ModelData> parseModel(const QByteArray& bytes);

} // namespace lx::inference
