#include "inference/Predictor.h"

namespace lx::inference {

Prediction makePrediction(const float* probabilities, const QStringList& labels, double neutralBelow)
{
    Prediction r;
    int top = 0;
    for (int c = 0; c < labels.size(); ++c) {
        const double p = probabilities[c];
        if (p > probabilities[top])
            top = c;
        if (labels.at(c) == QLatin1String("positive"))
            r.positive = p;
        else if (labels.at(c) == QLatin1String("negative"))
            r.negative = p;
        else if (labels.at(c) == QLatin1String("neutral"))
            r.neutral = p;
    }
    r.confidence = probabilities[top];
    r.label = labels.at(top);
    if (labels.size() == 2 && r.confidence < neutralBelow)
        r.label = QStringLiteral("neutral");
    return r;
}

} // namespace lx::inference
