#include "inference/HfCheckpoint.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"
#include "common/InputLimits.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
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

// Where a checkpoint's files come from: a folder on disk or the files of a pack.
struct HfCheckpoint::Source
{
    QString name; // the folder, as the user named it
    QString dir;  // absolute, for a folder
    const QHash<QString, QByteArray>* memory = nullptr;

    bool exists(const QString& file) const { return memory ? memory->contains(file) : QFileInfo::exists(QDir(dir).filePath(file)); }
    QStringList matching(const QStringList& patterns) const
    {
        if (!memory)
            return QDir(dir).entryList(patterns, QDir::Files, QDir::Name);
        QStringList out;
        for (const QString& f : memory->keys()) {
            for (const QString& p : patterns) {
                if (QDir::match(p, f)) {
                    out << f;
                    break;
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    Result<QByteArray> read(const QString& file, qint64 maxBytes, const QString& what) const
    {
        if (memory)
            return memory->value(file);
        return InputFile::read(QDir(dir).filePath(file), maxBytes, what);
    }
    Result<std::shared_ptr<SafetensorsFile>> weights(const QString& file) const
    {
        if (memory)
            return SafetensorsFile::fromBytes(memory->value(file), name + QLatin1Char('/') + file);
        return SafetensorsFile::open(QDir(dir).filePath(file));
    }
};

Result<std::shared_ptr<HfCheckpoint>> HfCheckpoint::open(const QString& dirPath)
{
    const QFileInfo info(dirPath);
    if (!info.isDir())
        return Result<std::shared_ptr<HfCheckpoint>>::failure(
            tr("%1 is not a checkpoint folder (a folder with config.json and model.safetensors)").arg(dirPath), ErrorCode::NotFound);
    Source source;
    source.name = dirPath;
    source.dir = QDir(dirPath).absolutePath();
    return load(source);
}

Result<std::shared_ptr<HfCheckpoint>> HfCheckpoint::load(const Source& source)
{
    using R = Result<std::shared_ptr<HfCheckpoint>>;
    const QString& dirPath = source.name;
    auto c = std::make_shared<HfCheckpoint>();
    c->m_dir = source.memory ? source.name : source.dir;
    auto config = source.read(QStringLiteral("config.json"), kMaxJsonBytes, tr("model configuration"));
    if (!config)
        return R::failure(tr("%1 has no readable config.json: %2").arg(dirPath, config.error()), config.code());
    if (!source.exists(QStringLiteral("config.json")))
        return R::failure(tr("%1 has no config.json").arg(dirPath), ErrorCode::NotFound);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(config.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("%1/config.json is not a JSON object (%2)").arg(dirPath, error.errorString()), ErrorCode::Invalid);
    c->m_config = doc.object();

    QStringList files;
    const QString indexName = QStringLiteral("model.safetensors.index.json");
    const bool single = source.exists(QStringLiteral("model.safetensors"));
    QJsonObject weightMap;
    if (single) {
        files << QStringLiteral("model.safetensors");
    } else if (source.exists(indexName)) {
        auto bytes = source.read(indexName, kMaxJsonBytes, tr("shard index"));
        if (!bytes)
            return R::failure(bytes.error(), bytes.code());
        const QJsonDocument idx = QJsonDocument::fromJson(bytes.value(), &error);
        weightMap = idx.object().value(QStringLiteral("weight_map")).toObject();
        if (error.error != QJsonParseError::NoError || weightMap.isEmpty())
            return R::failure(tr("%1/%2 has no weight_map").arg(dirPath, indexName), ErrorCode::Invalid);
        QSet<QString> seen;
        for (auto it = weightMap.begin(); it != weightMap.end(); ++it) {
            const QString f = it->toString();
            if (f.isEmpty() || f.contains(QLatin1Char('/')) || f.contains(QLatin1Char('\\')) || f.startsWith(QLatin1Char('.')))
                return R::failure(tr("%1/%2 names the shard '%3', which is not a file in the folder").arg(dirPath, indexName, excerpt(f)),
                                  ErrorCode::Invalid);
            if (!seen.contains(f)) {
                seen.insert(f);
                files << f;
            }
        }
        std::sort(files.begin(), files.end());
    } else {
        const QStringList shards = source.matching({QStringLiteral("model-*-of-*.safetensors")});
        if (!shards.isEmpty()) {
            files = shards;
        } else if (!source.matching({QStringLiteral("pytorch_model*.bin"), QStringLiteral("*.bin.index.json")}).isEmpty()) {
            return R::failure(tr("%1 holds only pytorch_model.bin, a pickled checkpoint that Lingxi does not load (unpickling can run code); "
                                 "convert it to safetensors first (Hugging Face's convert tool, or save_pretrained(..., safe_serialization=True))")
                                  .arg(dirPath),
                              ErrorCode::Invalid);
        } else {
            return R::failure(tr("%1 has no model.safetensors (nor shards with model.safetensors.index.json)").arg(dirPath), ErrorCode::NotFound);
        }
    }
    for (const QString& f : std::as_const(files)) {
        if (!source.exists(f))
            return R::failure(tr("%1: the shard %2 is missing").arg(dirPath, f), ErrorCode::NotFound);
        auto opened = source.weights(f);
        if (!opened)
            return R::failure(opened.error(), opened.code());
        c->m_files.push_back(opened.value());
    }
    // Every tensor the index names must be in the shard it names.
    for (auto it = weightMap.begin(); it != weightMap.end(); ++it) {
        const SafetensorsFile* in = nullptr;
        if (!c->find(it.key(), &in) || !in->path().endsWith(QLatin1Char('/') + it->toString()))
            return R::failure(tr("%1/%2 says tensor '%3' is in %4, but it is not there").arg(dirPath, indexName, excerpt(it.key()), it->toString()),
                              ErrorCode::Invalid);
    }
    return c;
}

namespace {

const QByteArray kPackMagic("LINGXI-HF-PACK 1\n");

bool packable(const QString& file)
{
    static const QStringList exact{QStringLiteral("config.json"), QStringLiteral("vocab.txt"), QStringLiteral("tokenizer.json"),
                                   QStringLiteral("tokenizer_config.json"), QStringLiteral("added_tokens.json"),
                                   QStringLiteral("special_tokens_map.json"), QStringLiteral("generation_config.json"),
                                   QStringLiteral("lingxi_training.json"),
                                   QStringLiteral("model.safetensors"), QStringLiteral("model.safetensors.index.json")};
    return exact.contains(file) || QDir::match(QStringLiteral("model-*-of-*.safetensors"), file);
}

} // namespace

Result<QByteArray> HfCheckpoint::pack(const QString& dirPath)
{
    auto opened = open(dirPath); // only a folder that opens is packed
    if (!opened)
        return Result<QByteArray>::failure(opened.error(), opened.code());
    const QDir dir(dirPath);
    QJsonArray entries;
    QByteArray body;
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) {
        if (!packable(f))
            continue;
        auto bytes = InputFile::read(dir.filePath(f), limits::kMaxModelFileBytes, f);
        if (!bytes)
            return Result<QByteArray>::failure(bytes.error(), bytes.code());
        if (body.size() + bytes.value().size() > limits::kMaxModelFileBytes)
            return Result<QByteArray>::failure(tr("%1 is larger than a workspace model may be (%2)").arg(dirPath, InputFile::sizeText(limits::kMaxModelFileBytes)),
                                               ErrorCode::Invalid);
        entries.append(QJsonObject{{QStringLiteral("name"), f}, {QStringLiteral("size"), double(bytes.value().size())}});
        body += bytes.value();
    }
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("files"), entries}}).toJson(QJsonDocument::Compact);
    QByteArray out = kPackMagic;
    out += QByteArray::number(header.size()) + '\n' + header + body;
    return out;
}

bool HfCheckpoint::looksLikePack(const QByteArray& bytes)
{
    return bytes.startsWith(kPackMagic);
}

Result<std::shared_ptr<HfCheckpoint>> HfCheckpoint::fromPack(const QByteArray& bytes, const QString& name)
{
    using R = Result<std::shared_ptr<HfCheckpoint>>;
    auto broken = [&](const QString& why) { return R::failure(tr("%1 is not a valid checkpoint pack: %2").arg(name, why), ErrorCode::Invalid); };
    if (!looksLikePack(bytes))
        return broken(tr("it does not start with the pack's signature"));
    const qsizetype nl = bytes.indexOf('\n', kPackMagic.size());
    bool ok = false;
    const qint64 headerSize = nl < 0 ? -1 : bytes.mid(kPackMagic.size(), nl - kPackMagic.size()).toLongLong(&ok);
    if (!ok || headerSize < 2 || headerSize > bytes.size() - nl - 1)
        return broken(tr("its header size is wrong"));
    const QJsonArray entries = QJsonDocument::fromJson(bytes.mid(nl + 1, qsizetype(headerSize))).object().value(QStringLiteral("files")).toArray();
    qint64 at = nl + 1 + headerSize;
    QHash<QString, QByteArray> files;
    for (const QJsonValue& e : entries) {
        const QString f = e.toObject().value(QStringLiteral("name")).toString();
        const double size = e.toObject().value(QStringLiteral("size")).toDouble(-1);
        if (!packable(f) || size < 0 || size != double(qint64(size)) || qint64(size) > bytes.size() - at || files.contains(f))
            return broken(tr("entry '%1' is not a checkpoint file of a valid size").arg(excerpt(f)));
        files.insert(f, bytes.mid(qsizetype(at), qsizetype(size)));
        at += qint64(size);
    }
    if (at != bytes.size())
        return broken(tr("%1 bytes after the last file").arg(bytes.size() - at));
    Source source;
    source.name = name;
    source.memory = &files;
    auto c = load(source);
    if (!c)
        return c;
    c.value()->m_memory = files; // the safetensors readers copied their bytes; the rest is read from here
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

Status HfCheckpoint::requireInts(std::initializer_list<const char*> keys) const
{
    for (const char* key : keys) {
        if (auto v = configInt(QString::fromLatin1(key)); !v)
            return v.status();
    }
    return Status::success();
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
    if (!m_memory.isEmpty())
        return m_memory.value(file).left(qsizetype(std::min<qint64>(maxBytes, m_memory.value(file).size())));
    const QString path = QDir(m_dir).filePath(file);
    if (!QFileInfo::exists(path))
        return QByteArray();
    return InputFile::read(path, maxBytes, file);
}

} // namespace lx::inference
