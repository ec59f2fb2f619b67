#include "inference/DeskSentiment.h"

#include "inference/Predictor.h"

#include <QStringList>

namespace lx::inference {

Result<desk::SentimentReading> readSentiment(const SentimentPredictor& model, const QString& text)
{
    auto answer = model.answer(QStringList{text});
    if (!answer)
        return Result<desk::SentimentReading>(answer.status());
    const Prediction& p = answer.value().front();
    desk::SentimentReading r;
    r.label = p.label;
    r.positive = p.positive;
    r.negative = p.negative;
    r.neutral = p.neutral.value_or(0.0);
    r.confidence = p.confidence;
    return r;
}

} // namespace lx::inference
