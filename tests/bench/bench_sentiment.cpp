// Sentiment model figures on the real corpora in ../shared/data/sentiment: held-out accuracy
// against a character 1-3-gram TF-IDF + logistic-regression peer trained in the same run on the
// same split, 5-fold training time, batch throughput against the peer and against the machine's
// measured matrix-multiply rate, and single-text latency. Prints one JSON object.
//
// Usage: bench_sentiment [--quick] [--data DIR]
#include "inference/SentimentData.h"
#include "inference/SentimentEngine.h"
#include "inference/SentimentModel.h"
#include "inference/TextFeatures.h"
#include "SentimentPeer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace lx::inference;

namespace {

struct Split
{
    Dataset train;
    Dataset test;
};

Split split(const Dataset& all, quint64 seed)
{
    const auto folds = stratifiedFolds(all.labelIndexes(), 5, seed);
    Split s;
    s.train.labels = s.test.labels = all.labels;
    s.train.sha256 = all.sha256;
    for (size_t i = 0; i < all.rows.size(); ++i)
        (folds[i] == 0 ? s.test : s.train).rows.push_back(all.rows[i]);
    return s;
}

QStringList texts(const Dataset& d)
{
    QStringList out;
    for (const auto& r : d.rows)
        out.append(r.text);
    return out;
}

double envDouble(const char* name, double fallback)
{
    bool ok = false;
    const double v = qEnvironmentVariable(name).toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    QString dir = QStringLiteral(LX_SHARED_DATA "/sentiment");
    const int dataAt = int(args.indexOf(QStringLiteral("--data")));
    if (dataAt > 0 && dataAt + 1 < args.size())
        dir = args.at(dataAt + 1);
    configureThreads();

    TrainOptions options;
    options.dim = int(envDouble("LX_DIM", options.dim));
    options.maxEpochs = int(envDouble("LX_EPOCHS", options.maxEpochs));
    options.learningRate = envDouble("LX_LR", options.learningRate);
    options.featureDropout = envDouble("LX_FDROP", options.featureDropout);
    options.dropout = envDouble("LX_DROP", options.dropout);
    options.batch = int(envDouble("LX_BATCH", options.batch));
    options.space.minDf = int(envDouble("LX_MINDF", options.space.minDf));
    options.space.maxFeatures = int(envDouble("LX_MAXF", options.space.maxFeatures));
    options.wordGrams = envDouble("LX_WORDS", 1) > 0;
    options.folds = int(envDouble("LX_FOLDS", quick ? 2 : 5));

    QJsonObject out;
    out.insert(QStringLiteral("torch"), torchVersion());
    out.insert(QStringLiteral("device"), defaultDevice());
    QJsonArray sets;
    const QStringList only = qEnvironmentVariable("LX_SETS", QStringLiteral("shopping_train,weibo3_train")).split(QLatin1Char(','));
    for (const QString& name : only) {
        auto all = readDataset(dir + QLatin1Char('/') + name + QStringLiteral(".csv"));
        if (!all) {
            std::fprintf(stderr, "%s\n", qPrintable(all.error()));
            return 2;
        }
        Split s = split(all.value(), 20261128);
        if (quick) {
            s.train.rows.resize(std::min<size_t>(s.train.rows.size(), 8000));
            s.test.rows.resize(std::min<size_t>(s.test.rows.size(), 3000));
        }
        const QStringList testTexts = texts(s.test);
        std::vector<int> truth = s.test.labelIndexes();
        const int classes = int(all.value().labels.size());

        auto report = trainModel(s.train, options, [](const TrainProgress& p) {
            if (p.point)
                std::fprintf(stderr, "fold %d/%d epoch %d: train %.4f val %.4f\n", p.fold, p.folds + 1, p.epoch,
                             p.point->trainAccuracy, p.point->validationAccuracy.value_or(-1));
        });
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error()));
            return 2;
        }
        auto model = SentimentClassifier::fromData(report.value().model);
        const auto predicted = model.value()->classify(testTexts);
        const Evaluation e = Evaluation::compute(classes, truth, predicted);

        // Throughput: the whole held-out set in batches of 1024, best of three.
        double bestRate = 0;
        for (int rep = 0; rep < 3; ++rep) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < testTexts.size(); i += 1024)
                (void)model.value()->predict(testTexts.mid(i, 1024));
            bestRate = std::max(bestRate, testTexts.size() / (double(t.nsecsElapsed()) / 1e9));
        }
        // One text at a time, as the GUI asks.
        QElapsedTimer single;
        single.start();
        const int singles = std::min<int>(500, int(testTexts.size()));
        for (int i = 0; i < singles; ++i)
            (void)model.value()->predict({testTexts.at(i)});
        const double singleMs = double(single.nsecsElapsed()) / 1e6 / singles;
        // The GUI's path: one request at a time through the sentiment service's thread.
        SentimentEngine engine;
        engine.setModel(model.value());
        QElapsedTimer viaEngine;
        viaEngine.start();
        for (int i = 0; i < singles; ++i)
            engine.classify(testTexts.at(i)).waitForFinished();
        const double engineMs = double(viaEngine.nsecsElapsed()) / 1e6 / singles;

        // The peer, on the same split.
        PeerResult peer = trainAndEvalPeer(s.train, s.test, quick);

        const double gflops = matmulGflops();
        const double flops = model.value()->flopsPerText(testTexts.mid(0, 2000));
        QJsonObject set{
            {QStringLiteral("data"), name},
            {QStringLiteral("train_rows"), qint64(s.train.rows.size())},
            {QStringLiteral("heldout_rows"), qint64(s.test.rows.size())},
            {QStringLiteral("folds"), options.folds},
            {QStringLiteral("epochs"), report.value().epochs},
            {QStringLiteral("cv_mean_accuracy"), report.value().meanAccuracy},
            {QStringLiteral("cv_std_accuracy"), report.value().stdAccuracy},
            {QStringLiteral("train_seconds"), report.value().trainSeconds},
            {QStringLiteral("heldout_accuracy"), e.accuracy},
            {QStringLiteral("heldout_macro_f1"), e.macroF1},
            {QStringLiteral("peer_heldout_accuracy"), peer.accuracy},
            {QStringLiteral("peer_heldout_macro_f1"), peer.macroF1},
            {QStringLiteral("peer_texts_per_second"), peer.textsPerSecond},
            {QStringLiteral("texts_per_second"), bestRate},
            {QStringLiteral("single_prediction_ms"), singleMs},
            {QStringLiteral("single_prediction_via_service_ms"), engineMs},
            {QStringLiteral("features"), int(report.value().model.hashes.size())},
            {QStringLiteral("model_flops_per_text"), flops},
            {QStringLiteral("matmul_gflops"), gflops},
            {QStringLiteral("fraction_of_matmul_rate"), flops * bestRate / (gflops * 1e9)},
            {QStringLiteral("neutral_below"), report.value().model.neutralBelow},
        };
        sets.append(set);
        std::fprintf(stderr, "%s\n", QJsonDocument(set).toJson(QJsonDocument::Compact).constData());
    }
    out.insert(QStringLiteral("sets"), sets);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
