#pragma once

#include "common/Result.h"
#include "inference/LinearSentiment.h"
#include "inference/ModelFile.h"
#include "inference/Predictor.h"
#include "inference/SentimentData.h"
#include "inference/SentimentLexicon.h"
#include "inference/TextFeatures.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lx::inference {

// The model: each text's TF-IDF vector over character/term 1-3-grams, projected by a learned
// embedding (an EmbeddingBag over the features, weighted), a ReLU hidden layer with dropout, and
// a softmax over the labels, averaged with a linear NB-weighted logistic regression on the same
// features (LinearSentiment). Chosen by measurement against a character-CNN, a plain linear bag
// and a TF-IDF + logistic-regression peer, leave-one-category-out (see bench_sentiment); it
// trains in seconds an epoch on two cores.
struct TrainOptions
{
    int folds = 5;
    int epochs = 0;      // 0: the epoch count with the best mean validation accuracy, up to maxEpochs
    int maxEpochs = 6;
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
    // The linear half of the ensemble and its share of the averaged probabilities (0: none).
    LinearSentiment::Options linear;
    double linearShare = 0.5;
    // The sentiment dictionary whose counts join the features: unset, the one Lingxi ships
    // (resources/sentiment/lexicon.txt); an empty one, none.
    std::optional<SentimentLexicon> lexicon;
    // With a category column: one more run per category, trained on the others and tested on it
    // (leave-one-category-out, the stand-in for reviews of a new kind), and the epoch count is
    // chosen on those held-out categories instead of the random folds.
    bool leaveOneCategoryOut = true;
    bool epochsOnCategories = true; // false: chosen on the folds even when there are categories
    // false: no cross-validation at all, only the final model for `epochs` (benchmarks that
    // measure the model on splits of their own).
    bool crossValidate = true;
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

// One held-out category: the model trained on every other category, tested on this one.
struct CategoryReport
{
    QString category;
    int trainRows = 0;
    int validationRows = 0;
    Evaluation evaluation; // at the chosen epoch
    std::vector<EpochPoint> curve;
};

struct TrainProgress
{
    int fold = 0;    // 1..folds for cross-validation, folds + 1 for the final model, 0 for a held-out category
    int folds = 0;
    QString category; // the held-out category of a leave-one-category-out run
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
    QString epochsChosenOn; // "categories" (held-out categories), "folds" or "given"
    // Leave-one-category-out, when the data has categories: one entry each and their mean.
    std::vector<CategoryReport> categories;
    double categoryMeanAccuracy = 0;
    double categoryMeanMacroF1 = 0;
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

// The leave-one-category-out table as the training record stores it: per category its
// Evaluation::toJson() plus "category", "train_rows" and "validation_rows".
QJsonArray categoryResultsJson(const std::vector<CategoryReport>& categories, const QStringList& labels);

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
