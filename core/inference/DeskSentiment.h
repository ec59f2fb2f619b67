#pragma once

#include "common/Result.h"
#include "desk/DeskTypes.h"

#include <QString>

namespace lx::inference {

class SentimentPredictor;

// One customer message through a model, as the desk keeps the reading: label, the three
// probabilities (0 for neutral from a two-class model) and the model's confidence.
Result<desk::SentimentReading> readSentiment(const SentimentPredictor& model, const QString& text);

} // namespace lx::inference
