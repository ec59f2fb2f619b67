#pragma once

#include "common/Result.h"
#include "inference/ModelFile.h"
#include "inference/Predictor.h"
#include "inference/SentimentData.h"
#include "inference/TextFeatures.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lx::inference {

// The model: each text's TF-IDF vector over character/term 1-3-grams, projected by a learned
// embedding (an EmbeddingBag over the features, weighted), a ReLU hidden layer with dropout, and
// a softmax over the labels. Chosen by measurement against a character-CNN and a plain linear
// bag (see bench_sentiment); it trains in seconds an epoch on two cores.
struct TrainOptions
{
    int folds = 5;
    int epochs = 0;      // 0: the epoch count with the best mean validation accuracy, up to maxEpochs
    int maxEpochs = 8;
    quint64 seed = 42;
    int dim = 64;
    int batch = 64;
    double learningRate = 4e-3;
    double featureDropout = 0.4;
    double dropout = 0.5;
    FeatureSpace::Options space;
    QStringList terms;
    bool wordGrams = true; // ICU word 1-2-grams beside the character n-grams
    int threads = 0;     // 0: one per core
};

struct EpochPoint
{
    int epoch = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    std::optional<double> validationLoss;
    std::optional<double> validationAccuracy;
};

struct FoldReport
{
    int fold = 0;
    int trainRows = 0;
    int validationRows = 0;
    Evaluation evaluation; // at the chosen epoch
    std::vector<EpochPoint> curve;
};

struct TrainProgress
{
    int fold = 0;    // 1..folds for cross-validation, folds + 1 for the final model
    int folds = 0;
    int epoch = 0;
    int epochs = 0;
    double fraction = 0; // of the whole run
    std::optional<EpochPoint> point; // set when an epoch ends
};

struct TrainReport
{
    QStringList labels;
    std::vector<FoldReport> folds;
    Evaluation outOfFold; // every row predicted by the fold model that did not see it
    double meanAccuracy = 0;
    double stdAccuracy = 0;
    double meanMacroF1 = 0;
    double stdMacroF1 = 0;
    int epochs = 0; // what the final model trained for
    std::vector<EpochPoint> finalCurve;
    double trainSeconds = 0;
    ModelData model;
};

using ProgressFn = std::function<void(const TrainProgress&)>;
using CancelFn = std::function<bool()>;

// K-fold cross-validation, then the final model on all the rows. Deterministic for a seed and a
// thread count. Cancelled: an error saying so, and nothing is kept.
Result<TrainReport> trainModel(const Dataset& data, const TrainOptions& options, const ProgressFn& progress = {},
                               const CancelFn& cancelled = {});

// A loaded model ready to answer. predict() may be called from one thread at a time.
class SentimentClassifier final : public SentimentPredictor
{
public:
    ~SentimentClassifier() override;
    static Result<std::shared_ptr<SentimentClassifier>> fromData(ModelData data, const QString& device = {});
    static Result<std::shared_ptr<SentimentClassifier>> load(const QString& path, const QString& device = {});

    std::vector<Prediction> predict(const QStringList& texts) const;
    Result<std::vector<Prediction>> answer(const QStringList& texts) const override { return predict(texts); }
    // Class index per text (into labels()), for evaluation.
    std::vector<int> classify(const QStringList& texts, std::vector<float>* probabilities = nullptr) const;

    const ModelData& data() const;
    QStringList labels() const override { return data().labels; }
    QString deviceName() const override;
    // Multiply-adds one prediction costs on average for texts like these (for the benchmark).
    double flopsPerText(const QStringList& sample) const;

private:
    SentimentClassifier();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Where models run: "cuda" when libtorch was built with CUDA and a device is present, else "cpu".
QString defaultDevice();
bool cudaAvailable();
QString torchVersion();
// The machine's measured single-precision matrix-multiply rate (n×n by n×n), in GFLOP/s.
double matmulGflops(int n = 1024);
// Intra-op threads for the calling thread: `threads`, or one per core.
void configureThreads(int threads = 0);

} // namespace lx::inference
