#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lx::inference {

struct Prediction
{
    QString label; // positive, neutral or negative
    double positive = 0;
    double negative = 0;
    std::optional<double> neutral; // none for a two-class model (neutral is its low-confidence band)
    double confidence = 0;         // the top probability
};

// Answers from class probabilities: the label with the highest probability, except that a
// two-class model answers neutral when its top probability is below its calibrated band.
Prediction makePrediction(const float* probabilities, const QStringList& labels, double neutralBelow);

// What the sentiment service runs: Lingxi's own model or an imported TorchScript classifier.
class SentimentPredictor
{
public:
    virtual ~SentimentPredictor() = default;
    // One answer per text, or why the model could not answer.
    virtual Result<std::vector<Prediction>> answer(const QStringList& texts) const = 0;
    virtual QStringList labels() const = 0;
    virtual QString deviceName() const = 0;
};

} // namespace lx::inference
