#pragma once

#include "common/Result.h"
#include "inference/LinearSentiment.h"
#include "inference/ModelFile.h"
#include "inference/Predictor.h"
#include "inference/TextFeatures.h"

#include <memory>
#include <optional>
#include <vector>

namespace lx::inference {

// Lingxi's own n-gram model answered on the CPU without libtorch: the weighted embedding bag,
// its ReLU layer and the output layer, averaged with the linear half, in plain C++. What
// `lingxi-cli sentiment eval` and `predict` with a model file run (the process starts in
// milliseconds instead of the ~0.5 s libtorch takes to load); SentimentClassifier gives the same
// answers through torch (and on CUDA). Texts are cut into features on every core.
class NgramScorer final : public SentimentPredictor
{
public:
    static Result<std::shared_ptr<NgramScorer>> fromData(ModelData data);
    static Result<std::shared_ptr<NgramScorer>> load(const QString& path);

    // Class probabilities, [texts × labels].
    std::vector<float> probabilities(const QStringList& texts) const;
    std::vector<Prediction> predict(const QStringList& texts) const;
    Result<std::vector<Prediction>> answer(const QStringList& texts) const override { return predict(texts); }
    QStringList labels() const override { return m_data.labels; }
    QString deviceName() const override { return QStringLiteral("cpu"); }
    const ModelData& data() const { return m_data; }

private:
    NgramScorer() = default;
    void score(const SparseFeatures& x, float* out) const;

    ModelData m_data;
    FeatureSpace m_space;
    int m_dim = 0;
    int m_classes = 0;
    const float* m_embed = nullptr; // [features × dim], into m_data
    const float* m_bias = nullptr;  // [dim]
    const float* m_outW = nullptr;  // [classes × dim]
    const float* m_outB = nullptr;  // [classes]
    std::optional<LinearSentiment> m_linear;
    double m_linearShare = 0;
};

} // namespace lx::inference
