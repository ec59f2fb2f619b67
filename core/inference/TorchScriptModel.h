#pragma once

#include "common/Result.h"
#include "inference/Predictor.h"
#include "inference/WordPiece.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace lx::inference {

// A classifier trained elsewhere (a BERT or RoBERTa fine-tuned and exported with torch.jit) with
// its WordPiece vocab.txt. The module's forward takes (input_ids, attention_mask), both int64
// [batch, length], and returns logits [batch, labels] (or a tuple whose first element is).
class TorchScriptClassifier final : public SentimentPredictor
{
public:
    // Everything the workspace keeps of an imported model, as one blob.
    struct Bundle
    {
        QStringList labels;
        int maxLength = 128;
        bool lowerCase = true;
        double neutralBelow = 0;
        QByteArray vocab;
        QByteArray module;
    };
    static Result<Bundle> makeBundle(const QString& modulePath, const QString& vocabPath, const QStringList& labels, int maxLength,
                                     bool lowerCase = true);
    static QByteArray serialize(const Bundle& bundle);
    static Result<Bundle> parse(const QByteArray& bytes);
    static bool looksLikeBundle(const QByteArray& bytes);

    ~TorchScriptClassifier() override;
    // Loads the module and checks, with one dry run, that it answers one score per label.
    static Result<std::shared_ptr<TorchScriptClassifier>> fromBundle(const Bundle& bundle, const QString& device = {});

    Result<std::vector<Prediction>> answer(const QStringList& texts) const override;
    QStringList labels() const override;
    QString deviceName() const override;
    const WordPieceTokenizer& tokenizer() const;

private:
    TorchScriptClassifier();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lx::inference
