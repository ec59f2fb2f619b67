// Sentiment model figures on the real corpora in ../shared/data/sentiment, each beside a
// character 1-3-gram TF-IDF + logistic-regression peer trained in the same run on the same rows:
//
//  loco     shopping reviews, leave-one-category-out: the model `sentiment train` makes by default
//           (its own table: trained on nine categories, tested on the tenth) against the peer
//           trained on the same nine, per category and the mean; plus the in-domain 5-fold figures
//           and the training time. The closest stand-in for reviews of a kind neither has seen.
//  kfold    Weibo, 3 classes: repeated stratified 5-fold (LX_REPEATS, default 3), accuracy and
//           macro-F1 as mean ± sd over the repeats, the model and the peer on the same folds.
//  heldout  an 80/20 split of each file: held-out accuracy, batch throughput against the peer
//           and against the machine's matrix-multiply rate, single-text latency.
//
// Usage: bench_sentiment [--quick] [--data DIR] [--only loco,kfold,heldout]
// The epoch count of each model is chosen as `sentiment train` chooses it (held-out categories
// for shopping, the folds for Weibo), on the same runs the table reports: a one-number choice,
// the same for every category or fold. Prints one JSON object.
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

#include <cmath>
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

std::pair<double, double> meanSd(const std::vector<double>& xs)
{
    double mean = 0;
    for (double x : xs)
        mean += x / double(xs.size());
    double ss = 0;
    for (double x : xs)
        ss += (x - mean) * (x - mean);
    return {mean, xs.size() > 1 ? std::sqrt(ss / double(xs.size() - 1)) : 0.0};
}

void progressLine(const TrainProgress& p)
{
    if (p.point)
        std::fprintf(stderr, "fold %d/%d epoch %d: train %.4f val %.4f\n", p.fold, p.folds + 1, p.epoch, p.point->trainAccuracy,
                     p.point->validationAccuracy.value_or(-1));
    else if (!p.category.isEmpty() && p.epoch > 0)
        std::fprintf(stderr, "held-out %s epoch %d\n", qPrintable(p.category), p.epoch);
}

// Leave-one-category-out on a file with a category column.
QJsonObject leaveOneCategoryOut(const Dataset& all, const TrainOptions& options, bool quick)
{
    auto report = trainModel(all, options, progressLine);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error()));
        return {};
    }
    const TrainReport& r = report.value();
    QJsonArray rows;
    double peerAcc = 0, peerF1 = 0;
    for (const CategoryReport& c : r.categories) {
        Dataset train, test;
        train.labels = test.labels = all.labels;
        for (const auto& row : all.rows)
            (row.category == c.category ? test : train).rows.push_back(row);
        // LX_PEER=0 leaves the peer out (its figures do not depend on the model's settings).
        const PeerResult peer = qEnvironmentVariable("LX_PEER") == QLatin1String("0") ? PeerResult() : trainAndEvalPeer(train, test, quick);
        peerAcc += peer.accuracy / double(r.categories.size());
        peerF1 += peer.macroF1 / double(r.categories.size());
        QJsonObject o{{QStringLiteral("category"), c.category},
                      {QStringLiteral("rows"), c.validationRows},
                      {QStringLiteral("accuracy"), c.evaluation.accuracy},
                      {QStringLiteral("macro_f1"), c.evaluation.macroF1},
                      {QStringLiteral("peer_accuracy"), peer.accuracy},
                      {QStringLiteral("peer_macro_f1"), peer.macroF1}};
        std::fprintf(stderr, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        rows.append(o);
    }
    // The peer in-domain on the model's own folds.
    std::vector<double> peerFoldAcc;
    const auto folds = stratifiedFolds(all.labelIndexes(), options.folds, options.seed);
    for (int f = 0; f < options.folds && qEnvironmentVariable("LX_PEER_FOLDS", QStringLiteral("1")) != QLatin1String("0"); ++f) {
        Dataset train, test;
        train.labels = test.labels = all.labels;
        for (size_t i = 0; i < all.rows.size(); ++i)
            (folds[i] == f ? test : train).rows.push_back(all.rows[i]);
        peerFoldAcc.push_back(trainAndEvalPeer(train, test, quick).accuracy);
    }
    const auto [peerFoldMean, peerFoldSd] = meanSd(peerFoldAcc);
    return QJsonObject{{QStringLiteral("categories"), rows},
                       {QStringLiteral("mean_accuracy"), r.categoryMeanAccuracy},
                       {QStringLiteral("mean_macro_f1"), r.categoryMeanMacroF1},
                       {QStringLiteral("peer_mean_accuracy"), peerAcc},
                       {QStringLiteral("peer_mean_macro_f1"), peerF1},
                       {QStringLiteral("epochs"), r.epochs},
                       {QStringLiteral("epochs_chosen_on"), r.epochsChosenOn},
                       {QStringLiteral("in_domain_folds"), options.folds},
                       {QStringLiteral("in_domain_mean_accuracy"), r.meanAccuracy},
                       {QStringLiteral("in_domain_std_accuracy"), r.stdAccuracy},
                       {QStringLiteral("peer_in_domain_mean_accuracy"), peerFoldMean},
                       {QStringLiteral("peer_in_domain_std_accuracy"), peerFoldSd},
                       {QStringLiteral("train_seconds"), r.trainSeconds}};
}

// Repeated stratified K-fold: each repeat is one default training with its own seed (its folds
// are the table), the peer trained on the same folds.
QJsonObject repeatedKFold(const Dataset& all, const TrainOptions& base, int repeats, bool quick)
{
    std::vector<double> acc, f1, peerAcc, peerF1, seconds;
    QJsonArray perRepeat;
    for (int rep = 0; rep < repeats; ++rep) {
        TrainOptions options = base;
        options.seed = base.seed + quint64(rep) * 1000;
        auto report = trainModel(all, options, progressLine);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error()));
            return {};
        }
        const auto folds = stratifiedFolds(all.labelIndexes(), options.folds, options.seed);
        double pa = 0, pf = 0;
        for (int f = 0; f < options.folds; ++f) {
            Dataset train, test;
            train.labels = test.labels = all.labels;
            for (size_t i = 0; i < all.rows.size(); ++i)
                (folds[i] == f ? test : train).rows.push_back(all.rows[i]);
            const PeerResult peer = trainAndEvalPeer(train, test, quick);
            pa += peer.accuracy / options.folds;
            pf += peer.macroF1 / options.folds;
        }
        acc.push_back(report.value().meanAccuracy);
        f1.push_back(report.value().meanMacroF1);
        peerAcc.push_back(pa);
        peerF1.push_back(pf);
        seconds.push_back(report.value().trainSeconds);
        QJsonObject o{{QStringLiteral("seed"), QString::number(options.seed)},
                      {QStringLiteral("accuracy"), acc.back()},
                      {QStringLiteral("macro_f1"), f1.back()},
                      {QStringLiteral("peer_accuracy"), pa},
                      {QStringLiteral("peer_macro_f1"), pf},
                      {QStringLiteral("epochs"), report.value().epochs}};
        std::fprintf(stderr, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        perRepeat.append(o);
    }
    auto put = [](QJsonObject& o, const char* name, const std::vector<double>& xs) {
        const auto [m, sd] = meanSd(xs);
        o.insert(QLatin1String(name), m);
        o.insert(QLatin1String(name) + QLatin1String("_sd"), sd);
    };
    QJsonObject out{{QStringLiteral("repeats"), perRepeat}, {QStringLiteral("folds"), base.folds}};
    put(out, "accuracy", acc);
    put(out, "macro_f1", f1);
    put(out, "peer_accuracy", peerAcc);
    put(out, "peer_macro_f1", peerF1);
    put(out, "train_seconds", seconds);
    return out;
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
    options.linearShare = envDouble("LX_LINEAR", options.linearShare);
    options.linear.c = envDouble("LX_LIN_C", options.linear.c);
    options.linear.iterations = int(envDouble("LX_LIN_ITER", options.linear.iterations));
    options.linear.nbAlpha = envDouble("LX_LIN_NB", options.linear.nbAlpha);
    options.leaveOneCategoryOut = envDouble("LX_LOCO", 1) > 0;
    options.epochsOnCategories = envDouble("LX_EPOCHS_ON_CATEGORIES", 1) > 0;
    if (envDouble("LX_LEXICON", 1) <= 0)
        options.lexicon = SentimentLexicon();

    QStringList parts{QStringLiteral("loco"), QStringLiteral("kfold"), QStringLiteral("heldout")};
    const int onlyAt = int(args.indexOf(QStringLiteral("--only")));
    if (onlyAt > 0 && onlyAt + 1 < args.size())
        parts = args.at(onlyAt + 1).split(QLatin1Char(','));

    QJsonObject out;
    out.insert(QStringLiteral("torch"), torchVersion());
    out.insert(QStringLiteral("device"), defaultDevice());
    if (parts.contains(QStringLiteral("loco"))) {
        auto all = readDataset(dir + QStringLiteral("/shopping_train.csv"));
        if (!all) {
            std::fprintf(stderr, "%s\n", qPrintable(all.error()));
            return 2;
        }
        Dataset d = all.take();
        if (quick) { // every fifth row: the categories stay, the runs take a fifth
            Dataset small;
            small.labels = d.labels;
            for (size_t i = 0; i < d.rows.size(); i += 5)
                small.rows.push_back(d.rows[i]);
            d = small;
        }
        const QJsonObject loco = leaveOneCategoryOut(d, options, quick);
        if (loco.isEmpty())
            return 2;
        out.insert(QStringLiteral("shopping_leave_one_category_out"), loco);
        std::fprintf(stderr, "%s\n", QJsonDocument(loco).toJson(QJsonDocument::Compact).constData());
    }
    if (parts.contains(QStringLiteral("kfold"))) {
        auto all = readDataset(dir + QStringLiteral("/weibo3_train.csv"));
        if (!all) {
            std::fprintf(stderr, "%s\n", qPrintable(all.error()));
            return 2;
        }
        Dataset d = all.take();
        if (quick)
            d.rows.resize(std::min<size_t>(d.rows.size(), 4000));
        const QJsonObject kfold = repeatedKFold(d, options, int(envDouble("LX_REPEATS", quick ? 1 : 3)), quick);
        if (kfold.isEmpty())
            return 2;
        out.insert(QStringLiteral("weibo_repeated_kfold"), kfold);
        std::fprintf(stderr, "%s\n", QJsonDocument(kfold).toJson(QJsonDocument::Compact).constData());
    }
    QJsonArray sets;
    QStringList only = qEnvironmentVariable("LX_SETS", QStringLiteral("shopping_train,weibo3_train")).split(QLatin1Char(','));
    if (!parts.contains(QStringLiteral("heldout")))
        only.clear();
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

        auto report = trainModel(s.train, options, progressLine);
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
    if (!sets.isEmpty())
        out.insert(QStringLiteral("sets"), sets);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
