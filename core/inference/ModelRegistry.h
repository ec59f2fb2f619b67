#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "inference/ModelFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lx::auth {
class AuthService;
}

namespace lx::inference {

class SentimentPredictor;

struct RegisteredModel
{
    qint64 id = 0;
    QString name;
    QString sha256;
    QString kind;
    QStringList labels;
    QJsonObject metrics; // mean/std accuracy and macro-F1, folds, rows, epochs, trained_at
    double meanAccuracy = 0;
    double meanMacroF1 = 0;
    qint64 sizeBytes = 0;
    QString createdBy;
    QString createdAt; // ISO date-time, China time
    bool active = false;

    QJsonObject toJson() const;
};

// The workspace's sentiment models: registering a trained file (marketers, supervisors, admins),
// choosing the active one (supervisors and admins), and loading it for the sentiment service.
// Registration and activation are audited.
class ModelRegistry final
{
public:
    explicit ModelRegistry(auth::AuthService& auth);

    Result<QList<RegisteredModel>> list() const;
    Result<std::optional<qint64>> activeId() const;

    Result<qint64> registerFile(const auth::Session& actor, const QString& path, const QString& name);
    Result<qint64> registerModel(const auth::Session& actor, const ModelData& model, const QString& name);
    // An externally trained TorchScript classifier with its WordPiece vocabulary; it must load and
    // answer one score per label before it is stored.
    Result<qint64> registerTorchScript(const auth::Session& actor, const QString& modulePath, const QString& vocabPath,
                                       const QStringList& labels, int maxLength, const QString& name);
    // A fine-tuned BERT-family encoder folder (encoder finetune, or a Hugging Face folder with a
    // classification head whose labels are sentiment labels); kept whole in the workspace.
    Result<qint64> registerEncoder(const auth::Session& actor, const QString& dir, const QString& name);
    Status activate(const auth::Session& actor, qint64 id);

    Result<std::shared_ptr<SentimentPredictor>> load(qint64 id, const QString& device = {}) const;
    Result<std::shared_ptr<SentimentPredictor>> loadActive(const QString& device = {}) const;

private:
    Result<qint64> store(const auth::Session& actor, const QByteArray& file, const QString& kind, const QStringList& labels,
                         const QJsonObject& metrics, const QString& name);

    auth::AuthService& m_auth;
};

} // namespace lx::inference
