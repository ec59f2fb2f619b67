// Writes what the GPU parity check needs from the C++ CPU path: for each text, the feature ids and
// TF-IDF weights the tokenizer gives (that part runs on the CPU in every case) and the class
// probabilities libtorch computes on the CPU. tests/gpu/check_cuda_parity.py replays the tensor
// part on CUDA and on the CPU from the model file alone and compares.
//
// Usage: lx_sentiment_reference MODEL TEXTS.txt OUT.json
#include "inference/ModelFile.h"
#include "inference/SentimentModel.h"
#include "inference/TextFeatures.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace lx::inference;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: lx_sentiment_reference MODEL TEXTS.txt OUT.json\n");
        return 2;
    }
    auto data = loadModel(QString::fromLocal8Bit(argv[1]));
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error()));
        return 1;
    }
    QFile in(QString::fromLocal8Bit(argv[2]));
    if (!in.open(QIODevice::ReadOnly))
        return 1;
    QStringList texts = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    FeatureSpace space;
    SentimentTokenizer tokenizer;
    tokenizer.setTerms(data.value().terms);
    space.setTokenizer(tokenizer);
    space.setWordGrams(data.value().architecture.value(QStringLiteral("word_grams")).toBool());
    space.restore(data.value().hashes, data.value().idf);
    auto model = SentimentClassifier::fromData(data.value(), QStringLiteral("cpu"));
    if (!model) {
        std::fprintf(stderr, "%s\n", qPrintable(model.error()));
        return 1;
    }
    std::vector<float> probs;
    const std::vector<int> classes = model.value()->classify(texts, &probs);
    const int k = int(data.value().labels.size());
    QJsonArray rows;
    for (int i = 0; i < texts.size(); ++i) {
        const SparseFeatures f = space.features(texts.at(i));
        QJsonArray ids, weights, p;
        for (size_t j = 0; j < f.ids.size(); ++j) {
            ids.append(f.ids[j]);
            weights.append(double(f.weights[j]));
        }
        for (int c = 0; c < k; ++c)
            p.append(double(probs[size_t(i * k + c)]));
        rows.append(QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("weights"), weights},
                                {QStringLiteral("cpu_probabilities"), p}, {QStringLiteral("cpu_class"), classes[size_t(i)]}});
    }
    QFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("labels"), QJsonArray::fromStringList(data.value().labels)},
                                        {QStringLiteral("torch"), torchVersion()},
                                        {QStringLiteral("texts"), rows}})
                  .toJson(QJsonDocument::Compact));
    std::printf("%lld texts written\n", static_cast<long long>(texts.size()));
    return 0;
}
