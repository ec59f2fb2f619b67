#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "quality/AccuracyMonitor.h"
#include "store/ReviewTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace lx::auth {
class AuthService;
}

namespace lx::quality {

struct ReviewSettings
{
    int sampleSize = 50;            // predictions a day, besides the sensitive ones
    QStringList sensitiveKeywords;  // medical and financial topics: always reviewed
    AlertRule rule;                 // 85 %, 2 of 3 days, at least 50 reviews

    static ReviewSettings defaults();
    static Result<ReviewSettings> fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};

// Model quality in the workspace: each day a sample of the sentiment model's answers at the desk
// (every one on a sensitive topic, and a sample of the rest) waits for a person to confirm or
// correct it; accuracy per day with its interval against the threshold, an alert only when M of
// the last N days with enough reviews are below it; corrections export as training data.
class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    explicit ReviewService(auth::AuthService& auth);

    Result<ReviewSettings> settings() const;
    Status setSettings(const auth::Session& actor, const ReviewSettings& settings);

    // Queues the day's sample (China days); returns how many predictions joined the queue.
    Result<int> sampleDay(const auth::Session& actor, const QDate& day);
    Result<QList<store::ReviewRow>> queue(const auth::Session& actor, int limit = 500) const;
    // The reviewer's label for one prediction: the same label confirms it, another corrects it.
    Status review(const auth::Session& actor, qint64 messageId, const QString& label);
    Result<AccuracyReport> accuracy(const auth::Session& actor) const;
    // label,text of every corrected prediction (supervisors and admins).
    Result<qint64> exportCorrections(const auth::Session& actor, const QString& path) const;

private:
    Status requireReviewer(const auth::Session& actor, const QString& action) const;

    auth::AuthService& m_auth;
};

} // namespace lx::quality
