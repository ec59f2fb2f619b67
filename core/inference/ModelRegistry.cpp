#include "inference/ModelRegistry.h"

#include "common/InputFile.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "inference/SentimentModel.h"
#include "inference/HfCheckpoint.h"
#include "inference/TorchScriptModel.h"
#include "inference/Transformer.h"
#include "store/ModelTable.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace lx::inference {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

RegisteredModel fromRow(const store::ModelRow& r)
{
    RegisteredModel m;
    m.id = r.id;
    m.name = r.name;
    m.sha256 = r.sha256;
    m.kind = r.kind;
    for (const auto& v : QJsonDocument::fromJson(r.labels.toUtf8()).array())
        m.labels.append(v.toString());
    m.metrics = QJsonDocument::fromJson(r.metrics.toUtf8()).object();
    m.meanAccuracy = m.metrics.value(QStringLiteral("mean_accuracy")).toDouble();
    m.meanMacroF1 = m.metrics.value(QStringLiteral("mean_macro_f1")).toDouble();
    m.sizeBytes = r.sizeBytes;
    m.createdBy = r.createdBy;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(r.createdMs, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m.active = r.active;
    return m;
}

// What the registry keeps of a model's training record (not the curves: those stay in the file).
QJsonObject summary(const ModelData& model)
{
    QJsonObject out;
    for (const char* key : {"mean_accuracy", "std_accuracy", "mean_macro_f1", "std_macro_f1", "folds", "rows", "epochs",
                            "trained_at", "data_sha256", "label_counts", "train_seconds", "features", "out_of_fold"}) {
        const QString k = QString::fromLatin1(key);
        if (model.metadata.contains(k))
            out.insert(k, model.metadata.value(k));
    }
    out.insert(QStringLiteral("neutral_below"), model.neutralBelow);
    return out;
}

} // namespace

QJsonObject RegisteredModel::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("labels"), QJsonArray::fromStringList(labels)},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("size_bytes"), sizeBytes},
                       {QStringLiteral("created_by"), createdBy},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("active"), active}};
}

ModelRegistry::ModelRegistry(auth::AuthService& auth) : m_auth(auth)
{
}

Result<QList<RegisteredModel>> ModelRegistry::list() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    auto rows = store::ModelTable::all(db);
    if (!rows)
        return Result<QList<RegisteredModel>>(rows.status());
    QList<RegisteredModel> out;
    for (const auto& r : rows.value())
        out.append(fromRow(r));
    return out;
}

Result<std::optional<qint64>> ModelRegistry::activeId() const
{
    QSqlDatabase db = m_auth.workspace().reader();
    return store::ModelTable::activeId(db);
}

Result<qint64> ModelRegistry::registerFile(const auth::Session& actor, const QString& path, const QString& name)
{
    auto read = InputFile::read(path, limits::kMaxModelFileBytes, tr("a model file"));
    if (!read)
        return Result<qint64>(read.status());
    const QByteArray& bytes = read.value();
    auto model = parseModel(bytes);
    if (!model)
        return Result<qint64>::failure(tr("%1: %2").arg(InputFile::displayName(path), model.error()));
    const QString given = name.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : name.trimmed();
    return store(actor, bytes, QStringLiteral("lingxi"), model.value().labels, summary(model.value()), given);
}

Result<qint64> ModelRegistry::registerModel(const auth::Session& actor, const ModelData& model, const QString& name)
{
    const QByteArray bytes = serializeModel(model);
    return store(actor, bytes, QStringLiteral("lingxi"), model.labels, summary(model), name.trimmed());
}

Result<qint64> ModelRegistry::registerTorchScript(const auth::Session& actor, const QString& modulePath, const QString& vocabPath,
                                                  const QStringList& labels, int maxLength, const QString& name)
{
    if (auto st = m_auth.require(actor, auth::Permission::TrainModels, QStringLiteral("model.register"), name); !st)
        return Result<qint64>(st);
    auto bundle = TorchScriptClassifier::makeBundle(modulePath, vocabPath, labels, maxLength);
    if (!bundle)
        return Result<qint64>(bundle.status());
    // Only a module that loads and answers is kept.
    auto loaded = TorchScriptClassifier::fromBundle(bundle.value(), QStringLiteral("cpu"));
    if (!loaded)
        return Result<qint64>::failure(tr("%1: %2").arg(modulePath, loaded.error()));
    const QJsonObject metrics{{QStringLiteral("max_length"), bundle.value().maxLength},
                              {QStringLiteral("vocabulary"), loaded.value()->tokenizer().size()}};
    const QString given = name.trimmed().isEmpty() ? QFileInfo(modulePath).completeBaseName() : name.trimmed();
    return store(actor, TorchScriptClassifier::serialize(bundle.value()), QStringLiteral("torchscript"), bundle.value().labels,
                 metrics, given);
}

Result<qint64> ModelRegistry::registerEncoder(const auth::Session& actor, const QString& dir, const QString& name)
{
    if (auto st = m_auth.require(actor, auth::Permission::TrainModels, QStringLiteral("model.register"), name); !st)
        return Result<qint64>(st);
    auto packed = HfCheckpoint::pack(dir);
    if (!packed)
        return Result<qint64>(packed.status());
    // Only an encoder that loads from its pack, has a head and tells sentiment is kept.
    auto checkpoint = HfCheckpoint::fromPack(packed.value(), dir);
    if (!checkpoint)
        return Result<qint64>(checkpoint.status());
    auto encoder = BertEncoder::fromCheckpoint(*checkpoint.value(), QStringLiteral("cpu"));
    if (!encoder)
        return Result<qint64>(encoder.status());
    if (!encoder.value()->hasClassifier())
        return Result<qint64>::failure(tr("%1 has no classification head: fine-tune it first (encoder finetune)").arg(dir), ErrorCode::Invalid);
    if (encoder.value()->sentimentLabels().isEmpty())
        return Result<qint64>::failure(tr("%1: the labels %2 are not sentiment labels (positive, neutral, negative)")
                                           .arg(dir, encoder.value()->configLabels().join(QStringLiteral(", "))),
                                       ErrorCode::Invalid);
    const QJsonObject& config = checkpoint.value()->config();
    QJsonObject metrics{{QStringLiteral("max_length"), encoder.value()->maxPositions()},
                        {QStringLiteral("vocabulary"), encoder.value()->tokenizer().size()},
                        {QStringLiteral("layers"), config.value(QStringLiteral("num_hidden_layers"))},
                        {QStringLiteral("hidden_size"), config.value(QStringLiteral("hidden_size"))}};
    // Fine-tuned by Lingxi: its cross-validation figures, the same keys as Lingxi's own models.
    if (auto training = checkpoint.value()->readOptional(QStringLiteral("lingxi_training.json"), 16 * 1024 * 1024);
        training && !training.value().isEmpty()) {
        const QJsonObject t = QJsonDocument::fromJson(training.value()).object();
        for (auto it = t.begin(); it != t.end(); ++it)
            metrics.insert(it.key(), it.value());
    }
    const QString given = name.trimmed().isEmpty() ? QFileInfo(dir).fileName() : name.trimmed();
    return store(actor, packed.value(), QStringLiteral("encoder"), encoder.value()->sentimentLabels(), metrics, given);
}

Result<qint64> ModelRegistry::store(const auth::Session& actor, const QByteArray& file, const QString& kind, const QStringList& labels,
                                    const QJsonObject& metrics, const QString& name)
{
    if (auto st = m_auth.require(actor, auth::Permission::TrainModels, QStringLiteral("model.register"), name); !st)
        return Result<qint64>(st);
    if (name.isEmpty())
        return Result<qint64>::failure(tr("A model needs a name"));
    store::ModelRow row;
    row.name = name;
    row.sha256 = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    row.kind = kind;
    row.labels = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact));
    row.metrics = QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact));
    row.createdBy = actor.name();
    row.createdMs = m_auth.nowMs();
    auto id = m_auth.workspace().writer().runSync(
        [row, file, metrics](QSqlDatabase& db) -> Result<QVariant> {
            auto newId = store::ModelTable::insert(db, row, file);
            if (!newId)
                return Result<QVariant>(newId.status());
            QJsonObject details{{QStringLiteral("name"), row.name}, {QStringLiteral("sha256"), row.sha256},
                                {QStringLiteral("kind"), row.kind},
                                {QStringLiteral("mean_accuracy"), metrics.value(QStringLiteral("mean_accuracy"))}};
            if (auto st = audit::AuditLog::append(db, row.createdBy, QStringLiteral("model.register"),
                                                  QStringLiteral("model/%1").arg(newId.value()), details, row.createdMs);
                !st)
                return Result<QVariant>(st);
            return QVariant(newId.value());
        },
        store::Durability::Full);
    if (!id)
        return Result<qint64>(id.status());
    return id.value().toLongLong();
}

Status ModelRegistry::activate(const auth::Session& actor, qint64 id)
{
    if (auto st = m_auth.require(actor, auth::Permission::ManageModels, QStringLiteral("model.activate"), QString::number(id)); !st)
        return st;
    // Only a model that loads may become active.
    auto model = load(id, QStringLiteral("cpu"));
    if (!model)
        return model.status();
    const QString actorName = actor.name();
    const qint64 now = m_auth.nowMs();
    auto r = m_auth.workspace().writer().runSync(
        [id, actorName, now](QSqlDatabase& db) -> Result<QVariant> {
            if (auto st = store::ModelTable::activate(db, id); !st)
                return Result<QVariant>(st);
            return store::jobResult(
                audit::AuditLog::append(db, actorName, QStringLiteral("model.activate"), QStringLiteral("model/%1").arg(id), {}, now));
        },
        store::Durability::Full);
    return r.status();
}

Result<std::shared_ptr<SentimentPredictor>> ModelRegistry::load(qint64 id, const QString& device) const
{
    using R = Result<std::shared_ptr<SentimentPredictor>>;
    QSqlDatabase db = m_auth.workspace().reader();
    auto bytes = store::ModelTable::file(db, id);
    if (!bytes)
        return R(bytes.status());
    if (HfCheckpoint::looksLikePack(bytes.value())) {
        auto checkpoint = HfCheckpoint::fromPack(bytes.value(), tr("model %1").arg(id));
        if (!checkpoint)
            return R(checkpoint.status());
        auto encoder = BertEncoder::fromCheckpoint(*checkpoint.value(), device);
        if (!encoder)
            return R::failure(tr("model %1: %2").arg(id).arg(encoder.error()), encoder.code());
        return std::shared_ptr<SentimentPredictor>(encoder.value());
    }
    if (TorchScriptClassifier::looksLikeBundle(bytes.value())) {
        auto bundle = TorchScriptClassifier::parse(bytes.value());
        if (!bundle)
            return R::failure(tr("model %1: %2").arg(id).arg(bundle.error()));
        auto c = TorchScriptClassifier::fromBundle(bundle.value(), device);
        if (!c)
            return R::failure(tr("model %1: %2").arg(id).arg(c.error()));
        return std::shared_ptr<SentimentPredictor>(c.value());
    }
    auto model = parseModel(bytes.value());
    if (!model)
        return R::failure(tr("model %1: %2").arg(id).arg(model.error()));
    auto c = SentimentClassifier::fromData(model.take(), device);
    if (!c)
        return R(c.status());
    return std::shared_ptr<SentimentPredictor>(c.value());
}

Result<std::shared_ptr<SentimentPredictor>> ModelRegistry::loadActive(const QString& device) const
{
    auto id = activeId();
    if (!id)
        return Result<std::shared_ptr<SentimentPredictor>>(id.status());
    if (!id.value())
        return Result<std::shared_ptr<SentimentPredictor>>::failure(
            tr("the workspace has no active sentiment model: train one and activate it (sentiment register / activate)"));
    return load(*id.value(), device);
}

} // namespace lx::inference
