#pragma once

#include "common/Result.h"
#include "inference/BpeTokenizer.h"
#include "inference/Predictor.h"
#include "inference/SentimentData.h"
#include "inference/WordPiece.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace lx::inference {

class HfCheckpoint;

// Pretrained transformers read from Hugging Face checkpoint folders (config.json, safetensors,
// vocab.txt / tokenizer.json), run on libtorch in float32 on the CPU (F16/BF16 weights are
// widened: half matrix products are not available on the CPU in libtorch 1.13) and in the
// checkpoint's half type on CUDA. Torch stays inside the .cpp files.

// One text's answer from an encoder with a classification head.
struct EncoderOutput
{
    std::vector<qint64> ids; // [CLS] … [SEP], without padding
    std::vector<float> logits;
    std::vector<float> probabilities; // softmax of the logits
    int labelIndex = 0;
    QString label; // from config.json's id2label
};

// A BERT-family encoder (bert-base-chinese, chinese-roberta-wwm-ext and MacBERT load as BERT) with
// BERT's tokenizer; with a sequence-classification head (classifier.weight) it classifies.
class BertEncoder final : public SentimentPredictor
{
    Q_DECLARE_TR_FUNCTIONS(BertEncoder)

public:
    static Result<std::shared_ptr<BertEncoder>> load(const QString& dir, const QString& device = {});
    static Result<std::shared_ptr<BertEncoder>> fromCheckpoint(const HfCheckpoint& checkpoint, const QString& device = {});
    ~BertEncoder() override;

    // Texts in a padded batch (padded to the longest), cut to maxLength tokens (0: the model's
    // max_position_embeddings). Fails where the checkpoint has no classification head.
    Result<std::vector<EncoderOutput>> classify(const QStringList& texts, int maxLength = 0) const;
    // The last hidden state of [CLS] for each text (no head needed).
    Result<std::vector<std::vector<float>>> embed(const QStringList& texts, int maxLength = 0) const;

    Result<std::vector<Prediction>> answer(const QStringList& texts) const override;
    // The labels in order, as positive/neutral/negative where they all are sentiment labels.
    QStringList labels() const override;
    // config.json's id2label in order, as written.
    QStringList configLabels() const;
    // The same as positive/neutral/negative where every label is one (正面, POSITIVE, 1 …); else
    // empty, and answer() refuses: the model does not tell sentiment.
    QStringList sentimentLabels() const;
    QString deviceName() const override;
    bool hasClassifier() const;
    int maxPositions() const;
    const WordPieceTokenizer& tokenizer() const;

    struct Impl;
    const Impl& impl() const { return *d; }

private:
    BertEncoder();
    std::unique_ptr<Impl> d;
};

// Fine-tuning an encoder for a label set: K-fold validation, then the final model on every row.
struct EncoderTrainOptions
{
    QString modelDir;   // the pretrained checkpoint
    QString outDir;     // where the fine-tuned Hugging Face folder is written
    int folds = 5;      // 0: no cross-validation, the final model only
    int steps = 400;    // optimiser steps per training run
    double learningRate = 5e-5;
    double warmup = 0.1; // fraction of the steps with a linearly rising rate; then linear decay to 0
    double weightDecay = 0.01;
    int batch = 16;
    int maxLength = 128;
    int evalEvery = 0; // validation points per fold along the way (0: about ten)
    quint64 seed = 42;
    QStringList terms; // industry vocabulary: new WordPiece entries (embeddings start as the mean of their pieces)
    QString device;
};

struct EncoderCurvePoint
{
    int step = 0;
    double trainLoss = 0;
    double validationLoss = -1; // -1 where not measured
    double validationAccuracy = -1;
};

struct EncoderFoldReport
{
    int fold = 0;
    int trainRows = 0;
    int validationRows = 0;
    Evaluation evaluation;
    std::vector<EncoderCurvePoint> curve;
};

struct EncoderTrainReport
{
    QStringList labels;
    std::vector<EncoderFoldReport> folds;
    double meanAccuracy = 0, stdAccuracy = 0, meanMacroF1 = 0, stdMacroF1 = 0;
    Evaluation outOfFold; // every row predicted by the fold model that did not train on it
    std::vector<EncoderCurvePoint> finalCurve;
    double firstLoss = 0; // mean training loss over the first tenth of the final run's steps
    double lastLoss = 0;  // and over its last tenth
    int addedTerms = 0;
    QStringList termIssues;
    double trainSeconds = 0;
};

struct EncoderTrainProgress
{
    int fold = 0;  // 1..folds; folds + 1 is the final model
    int folds = 0;
    int step = 0;
    int steps = 0;
    double loss = 0;
    double fraction = 0;
    const EncoderCurvePoint* point = nullptr; // set at the steps where the curves get a point
};

// What a checkpoint folder holds, read from its config and headers without loading the weights.
struct EncoderInfo
{
    QString modelType;
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    int vocabulary = 0;
    int positions = 0;
    qint64 parameters = 0;
    bool classifier = false;
    QStringList labels; // id2label, where there is a head
};
Result<EncoderInfo> describeEncoder(const QString& dir);

// Trains and writes the fine-tuned folder (config.json with id2label, model.safetensors,
// vocab.txt, tokenizer_config.json, and lingxi_training.json: the cross-validation figures the
// model registry shows beside Lingxi's own models). progress may return false to cancel (the result is then a
// failure with ErrorCode::Failed and "cancelled").
Result<EncoderTrainReport> fineTuneEncoder(const Dataset& data, const EncoderTrainOptions& options,
                                           const std::function<bool(const EncoderTrainProgress&)>& progress = {});
// Seconds one training step of this checkpoint takes here, measured on a batch of random ids.
Result<double> measureEncoderStep(const QString& modelDir, int batch, int maxLength, const QString& device = {});

struct GenerateOptions
{
    int maxNewTokens = 128;
    bool greedy = true;
    double temperature = 1.0;
    int topK = 0;      // 0: off
    double topP = 1.0; // 1: off
    double repetitionPenalty = 1.0;
    quint64 seed = 0;
    QStringList stopStrings;
    bool useCache = true; // false recomputes every position at every step (for tests)
    // Called with each newly decoded piece of text as it comes; returning false cancels.
    std::function<bool(const QString& piece)> onText;
};

struct GenerateResult
{
    std::vector<qint64> ids; // the new tokens, the stop token included when one ended it
    QString text;            // their text, special tokens left out, cut before a stop string
    double secondsToFirstToken = 0;
    double tokensPerSecond = 0; // new tokens over the whole generation
    bool cancelled = false;
    QString stopReason; // "eos", "stop_string", "max_tokens" or "cancelled"
};

// A Qwen2-family decoder (Qwen2, Qwen2.5) with its byte-level BPE tokenizer.
class Qwen2Decoder final
{
    Q_DECLARE_TR_FUNCTIONS(Qwen2Decoder)

public:
    static Result<std::shared_ptr<Qwen2Decoder>> load(const QString& dir, const QString& device = {});
    ~Qwen2Decoder();

    const BpeTokenizer& tokenizer() const;
    // The chat template's text for one user turn (and the template's default system turn), ready for the assistant.
    QString chatPrompt(const QString& user, const QString& system = {}) const;
    // The logits of the last position over the whole vocabulary.
    Result<std::vector<float>> lastLogits(const std::vector<qint64>& ids) const;
    Result<GenerateResult> generate(const std::vector<qint64>& prompt, const GenerateOptions& options) const;
    qint64 vocabSize() const;
    QString deviceName() const;

    struct Impl;

private:
    Qwen2Decoder();
    std::unique_ptr<Impl> d;
};

} // namespace lx::inference
