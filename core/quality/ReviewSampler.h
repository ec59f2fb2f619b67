#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lx::quality {

struct Prediction
{
    QString id;
    QString text;
    QString label;
    double confidence = 1;
};

struct ReviewPick
{
    Prediction prediction;
    bool sensitive = false;      // matched a sensitive-topic keyword: always reviewed
    QString matchedKeyword;
};

// Picks a day's predictions for human review: every prediction on a sensitive topic (medical,
// financial … by keyword list) and, from the rest, a sample of the configured size. The sample is
// drawn by hashing the day and the prediction id, so it is random with respect to the content but
// the same on every run.
class ReviewSampler final
{
public:
    ReviewSampler() = delete;
    static QList<ReviewPick> pick(const QList<Prediction>& predictions, int sampleSize, const QStringList& sensitiveKeywords,
                                  const QString& day);
};

} // namespace lx::quality
