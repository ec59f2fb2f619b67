#pragma once

#include "common/Result.h"
#include "inference/Safetensors.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace lx::inference {

// A Hugging Face checkpoint folder as users download it: config.json and the weights in
// model.safetensors or in shards named by model.safetensors.index.json. A folder with only a
// pickled pytorch_model.bin is refused with the fix named (convert it to safetensors): a pickle
// can run code when loaded and Lingxi reads none. No torch here.
class HfCheckpoint final
{
    Q_DECLARE_TR_FUNCTIONS(HfCheckpoint)

public:
    static Result<std::shared_ptr<HfCheckpoint>> open(const QString& dir);

    // A folder packed into one blob for the workspace's model registry: the weights and the files
    // that describe them (config, vocabulary, tokenizer), nothing else; and read back from it.
    static Result<QByteArray> pack(const QString& dir);
    static bool looksLikePack(const QByteArray& bytes);
    static Result<std::shared_ptr<HfCheckpoint>> fromPack(const QByteArray& bytes, const QString& name);

    const QString& dir() const { return m_dir; }
    const QJsonObject& config() const { return m_config; }
    QString modelType() const { return m_config.value(QStringLiteral("model_type")).toString(); }
    // A whole-number config value; fails with the key named when it is missing or not positive.
    Result<qint64> configInt(const QString& key) const;
    qint64 configInt(const QString& key, qint64 fallback) const;
    // Every one of these keys a positive whole number, or the first that is not, named.
    Status requireInts(std::initializer_list<const char*> keys) const;
    double configDouble(const QString& key, double fallback) const;

    // The tensor of that name, its file, or nullptr.
    const SafetensorsFile::Entry* find(const QString& name, const SafetensorsFile** file = nullptr) const;
    QStringList names() const;
    // The tensor's values as float32 (F16/BF16/F64 widened or narrowed), checked against the shape.
    Status readFloats(const QString& name, const std::vector<qint64>& shape, std::vector<float>* out) const;
    // The same into memory the caller holds for the shape's element count.
    Status readFloats(const QString& name, const std::vector<qint64>& shape, float* out) const;

    // A file in the folder, read whole (at most maxBytes); empty and no error when it is absent.
    Result<QByteArray> readOptional(const QString& file, qint64 maxBytes) const;

private:
    struct Source;
    static Result<std::shared_ptr<HfCheckpoint>> load(const Source& source);

    QString m_dir;
    QHash<QString, QByteArray> m_memory; // the files of a pack
    QJsonObject m_config;
    std::vector<std::shared_ptr<SafetensorsFile>> m_files;
};

QString shapeText(const std::vector<qint64>& shape);

} // namespace lx::inference
