#include "quality/ReviewSampler.h"

#include "experiments/Assignment.h"
#include "text/TextNormalizer.h"

#include <algorithm>

namespace lx::quality {

QList<ReviewPick> ReviewSampler::pick(const QList<Prediction>& predictions, int sampleSize,
                                      const QStringList& sensitiveKeywords, const QString& day)
{
    // Keywords are matched on normalised text, so "醫 療" and "医疗" are one topic.
    QStringList keywords;
    for (const QString& k : sensitiveKeywords) {
        const QString n = text::TextNormalizer::normalizeWord(k);
        if (!n.isEmpty())
            keywords.append(n);
    }
    QList<ReviewPick> out;
    QList<std::pair<double, int>> rest;
    for (int i = 0; i < predictions.size(); ++i) {
        const QString normalized = text::TextNormalizer::normalize(predictions.at(i).text).text();
        QString hit;
        for (const QString& k : std::as_const(keywords)) {
            if (normalized.contains(k)) {
                hit = k;
                break;
            }
        }
        if (!hit.isEmpty())
            out.append(ReviewPick{predictions.at(i), true, hit});
        else
            rest.append({experiments::Assignment::position(QStringLiteral("review:") + day, predictions.at(i).id), i});
    }
    std::sort(rest.begin(), rest.end());
    for (int j = 0; j < std::min<int>(sampleSize, int(rest.size())); ++j)
        out.append(ReviewPick{predictions.at(rest.at(j).second), false, {}});
    return out;
}

} // namespace lx::quality
