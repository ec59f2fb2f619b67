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

class SentimentClassifier;

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
    Status activate(const auth::Session& actor, qint64 id);

    Result<ModelData> data(qint64 id) const;
    Result<std::shared_ptr<SentimentClassifier>> load(qint64 id, const QString& device = {}) const;
    Result<std::shared_ptr<SentimentClassifier>> loadActive(const QString& device = {}) const;

private:
    Result<qint64> store(const auth::Session& actor, const QByteArray& file, const ModelData& model, const QString& name);

    auth::AuthService& m_auth;
};

} // namespace lx::inference
