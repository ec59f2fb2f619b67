#include "inference/HfCheckpoint.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cstring>

namespace lx::inference {

namespace {

constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;

} // namespace

QString shapeText(const std::vector<qint64>& shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

Result<std::shared_ptr<HfCheckpoint>> HfCheckpoint::open(const QString& dirPath)
{
    using R = Result<std::shared_ptr<HfCheckpoint>>;
    const QFileInfo info(dirPath);
    if (!info.isDir())
        return R::failure(tr("%1 is not a checkpoint folder (a folder with config.json and model.safetensors)").arg(dirPath),
                          ErrorCode::NotFound);
    auto c = std::make_shared<HfCheckpoint>();
    c->m_dir = QDir(dirPath).absolutePath();
    const QDir dir(c->m_dir);
    auto config = InputFile::read(dir.filePath(QStringLiteral("config.json")), kMaxJsonBytes, tr("model configuration"));
    if (!config)
        return R::failure(tr("%1 has no readable config.json: %2").arg(dirPath, config.error()), config.code());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(config.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("%1/config.json is not a JSON object (%2)").arg(dirPath, error.errorString()), ErrorCode::Invalid);
    c->m_config = doc.object();

    QStringList files;
    const QString index = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    if (QFileInfo::exists(dir.filePath(QStringLiteral("model.safetensors")))) {
        files << QStringLiteral("model.safetensors");
    } else if (QFileInfo::exists(index)) {
        auto bytes = InputFile::read(index, kMaxJsonBytes, tr("shard index"));
        if (!bytes)
            return R::failure(bytes.error(), bytes.code());
        const QJsonDocument idx = QJsonDocument::fromJson(bytes.value(), &error);
        const QJsonObject map = idx.object().value(QStringLiteral("weight_map")).toObject();
        if (error.error != QJsonParseError::NoError || map.isEmpty())
            return R::failure(tr("%1 has no weight_map").arg(index), ErrorCode::Invalid);
        QSet<QString> seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString f = it->toString();
            if (f.isEmpty() || f.contains(QLatin1Char('/')) || f.contains(QLatin1Char('\\')) || f.startsWith(QLatin1Char('.')))
                return R::failure(tr("%1 names the shard '%2', which is not a file in the folder").arg(index, excerpt(f)), ErrorCode::Invalid);
            if (!seen.contains(f)) {
                seen.insert(f);
                files << f;
            }
        }
        std::sort(files.begin(), files.end());
    } else {
        const QStringList shards = dir.entryList({QStringLiteral("model-*-of-*.safetensors")}, QDir::Files, QDir::Name);
        if (!shards.isEmpty()) {
            files = shards;
        } else if (!dir.entryList({QStringLiteral("pytorch_model*.bin"), QStringLiteral("*.bin.index.json")}, QDir::Files).isEmpty()) {
            return R::failure(tr("%1 holds only pytorch_model.bin, a pickled checkpoint that Lingxi does not load (unpickling can run code); "
                                 "convert it to safetensors first (Hugging Face's convert tool, or save_pretrained(..., safe_serialization=True))")
                                  .arg(dirPath),
                              ErrorCode::Invalid);
        } else {
            return R::failure(tr("%1 has no model.safetensors (nor shards with model.safetensors.index.json)").arg(dirPath), ErrorCode::NotFound);
        }
    }
    for (const QString& f : std::as_const(files)) {
        auto opened = SafetensorsFile::open(dir.filePath(f));
        if (!opened)
            return R::failure(opened.error(), opened.code());
        c->m_files.push_back(opened.value());
    }
    if (QFileInfo::exists(index) && !QFileInfo::exists(dir.filePath(QStringLiteral("model.safetensors")))) {
        // Every tensor the index names must be in the shard it names.
        const QJsonObject map = QJsonDocument::fromJson(InputFile::read(index, kMaxJsonBytes, tr("shard index")).value()).object().value(
            QStringLiteral("weight_map")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const SafetensorsFile* in = nullptr;
            if (!c->find(it.key(), &in) || QFileInfo(in->path()).fileName() != it->toString())
                return R::failure(tr("%1 says tensor '%2' is in %3, but it is not there").arg(index, excerpt(it.key()), it->toString()),
                                  ErrorCode::Invalid);
        }
    }
    return c;
}

Result<qint64> HfCheckpoint::configInt(const QString& key) const
{
    const QJsonValue v = m_config.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d <= 0 || d != double(qint64(d)) || d > 1e12)
        return Result<qint64>::failure(tr("%1/config.json: '%2' is missing or not a positive whole number").arg(m_dir, key), ErrorCode::Invalid);
    return qint64(d);
}

qint64 HfCheckpoint::configInt(const QString& key, qint64 fallback) const
{
    if (!m_config.contains(key))
        return fallback;
    auto v = configInt(key);
    return v ? v.value() : fallback;
}

double HfCheckpoint::configDouble(const QString& key, double fallback) const
{
    const QJsonValue v = m_config.value(key);
    return v.isDouble() ? v.toDouble() : fallback;
}

const SafetensorsFile::Entry* HfCheckpoint::find(const QString& name, const SafetensorsFile** file) const
{
    for (const auto& f : m_files) {
        if (const auto* e = f->find(name)) {
            if (file)
                *file = f.get();
            return e;
        }
    }
    return nullptr;
}

QStringList HfCheckpoint::names() const
{
    QStringList out;
    for (const auto& f : m_files) {
        for (const auto& e : f->entries())
            out << e.name;
    }
    return out;
}

Status HfCheckpoint::readFloats(const QString& name, const std::vector<qint64>& shape, std::vector<float>* out) const
{
    qint64 n = 1;
    for (qint64 dim : shape)
        n *= dim;
    out->resize(size_t(n));
    return readFloats(name, shape, out->data());
}

Status HfCheckpoint::readFloats(const QString& name, const std::vector<qint64>& shape, float* o) const
{
    const SafetensorsFile* file = nullptr;
    const auto* e = find(name, &file);
    if (!e)
        return Status::failure(tr("%1: the weights have no tensor '%2'").arg(m_dir, name), ErrorCode::Invalid);
    if (e->shape != shape)
        return Status::failure(tr("%1: tensor '%2' has shape %3, config.json implies %4").arg(m_dir, name, shapeText(e->shape), shapeText(shape)),
                               ErrorCode::Invalid);
    const qint64 n = e->elements();
    const uchar* p = file->data(*e);
    switch (e->dtype) {
    case SafetensorsFile::DType::F32:
        std::memcpy(o, p, size_t(n) * 4);
        break;
    case SafetensorsFile::DType::F16:
        for (qint64 i = 0; i < n; ++i)
            o[i] = halfToFloat(quint16(p[2 * i] | (p[2 * i + 1] << 8)));
        break;
    case SafetensorsFile::DType::BF16:
        for (qint64 i = 0; i < n; ++i)
            o[i] = bf16ToFloat(quint16(p[2 * i] | (p[2 * i + 1] << 8)));
        break;
    case SafetensorsFile::DType::F64:
        for (qint64 i = 0; i < n; ++i) {
            double d;
            std::memcpy(&d, p + 8 * i, 8);
            o[i] = float(d);
        }
        break;
    default:
        return Status::failure(tr("%1: tensor '%2' is %3; weights must be F32, F16 or BF16")
                                   .arg(m_dir, name, SafetensorsFile::dtypeName(e->dtype)),
                               ErrorCode::Invalid);
    }
    return Status::success();
}

Result<QByteArray> HfCheckpoint::readOptional(const QString& file, qint64 maxBytes) const
{
    const QString path = QDir(m_dir).filePath(file);
    if (!QFileInfo::exists(path))
        return QByteArray();
    return InputFile::read(path, maxBytes, file);
}

} // namespace lx::inference
