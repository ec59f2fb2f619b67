// The only place, with TorchScriptModel.cpp, that includes torch.
#include "inference/SentimentModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include "inference/TorchHeaders.h"
#include LX_TORCH_CPU_GENERATOR_HEADER
#include LX_TORCH_HEADER

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>
#include <atomic>

namespace lx::inference {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

struct NetImpl : torch::nn::Module
{
    NetImpl(int64_t features, int64_t dim, int64_t classes)
    {
        embed = register_module(
            "embed", torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(std::max<int64_t>(features, 1), dim).mode(torch::kSum).sparse(true)));
        bias = register_parameter("bias", torch::zeros({dim}));
        out = register_module("out", torch::nn::Linear(dim, classes));
    }

    // Dropout draws from the caller's generator, not torch's global one: folds train at the
    // same time on several threads and each must be reproducible on its own.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& offsets, const torch::Tensor& weights, double dropout,
                          c10::optional<at::Generator> generator = c10::nullopt)
    {
        torch::Tensor x = embed->forward(ids, offsets, weights) + bias;
        x = torch::relu(x);
        if (is_training() && dropout > 0) {
            const torch::Tensor keep = torch::bernoulli(torch::full_like(x, 1 - dropout), generator);
            x = x * keep / (1 - dropout);
        }
        return out->forward(x);
    }

    void initialise(at::Generator& generator)
    {
        torch::NoGradGuard guard;
        const double k = 1.0 / std::sqrt(double(bias.size(0)));
        embed->weight.normal_(0, 0.3, generator);
        bias.zero_();
        out->weight.uniform_(-k, k, generator);
        out->bias.uniform_(-k, k, generator);
    }

    torch::nn::EmbeddingBag embed{nullptr};
    torch::Tensor bias;
    torch::nn::Linear out{nullptr};
};
TORCH_MODULE(Net);

// Adam that touches only the embedding rows a batch used (the gradient is sparse), so a step
// costs what the batch holds, not the whole vocabulary.
class LazyAdam
{
public:
    LazyAdam(torch::Tensor weight, double lr) : m_weight(std::move(weight)), m_lr(lr)
    {
        m_m = torch::zeros_like(m_weight);
        m_v = torch::zeros_like(m_weight);
    }

    void step()
    {
        torch::NoGradGuard guard;
        torch::Tensor grad = m_weight.grad();
        if (!grad.defined())
            return;
        ++m_t;
        grad = grad.coalesce();
        const torch::Tensor idx = grad.indices().squeeze(0);
        const torch::Tensor g = grad.values();
        torch::Tensor m = m_m.index_select(0, idx).mul_(kB1).add_(g, 1 - kB1);
        torch::Tensor v = m_v.index_select(0, idx).mul_(kB2).addcmul_(g, g, 1 - kB2);
        m_m.index_copy_(0, idx, m);
        m_v.index_copy_(0, idx, v);
        const double bc1 = 1 - std::pow(kB1, m_t);
        const double bc2 = 1 - std::pow(kB2, m_t);
        torch::Tensor update = (m / bc1) / ((v / bc2).sqrt_().add_(kEps));
        m_weight.index_add_(0, idx, update.mul_(-m_lr));
        m_weight.mutable_grad() = torch::Tensor();
    }

private:
    static constexpr double kB1 = 0.9;
    static constexpr double kB2 = 0.999;
    static constexpr double kEps = 1e-8;
    torch::Tensor m_weight;
    torch::Tensor m_m;
    torch::Tensor m_v;
    double m_lr;
    int m_t = 0;
};

struct Batch
{
    torch::Tensor ids;
    torch::Tensor offsets;
    torch::Tensor weights;
    torch::Tensor labels;
};

// Packs rows into EmbeddingBag input. With dropout > 0 each feature is dropped with that
// probability and the rest rescaled (training only).
Batch makeBatch(const std::vector<const SparseFeatures*>& rows, const std::vector<int64_t>& labels, double featureDropout,
                std::mt19937_64* rng, const torch::Device& device)
{
    std::vector<int64_t> ids;
    std::vector<float> weights;
    std::vector<int64_t> offsets;
    offsets.reserve(rows.size());
    size_t total = 0;
    for (const SparseFeatures* r : rows)
        total += r->ids.size();
    ids.reserve(total);
    weights.reserve(total);
    const float keep = float(1.0 - featureDropout);
    std::uniform_real_distribution<float> unit(0.f, 1.f);
    for (const SparseFeatures* r : rows) {
        offsets.push_back(int64_t(ids.size()));
        for (size_t i = 0; i < r->ids.size(); ++i) {
            if (rng && featureDropout > 0) {
                if (unit(*rng) >= keep)
                    continue;
                weights.push_back(r->weights[i] / keep);
            } else {
                weights.push_back(r->weights[i]);
            }
            ids.push_back(r->ids[i]);
        }
    }
    Batch b;
    b.ids = torch::from_blob(ids.data(), {int64_t(ids.size())}, torch::kInt64).clone().to(device);
    b.weights = torch::from_blob(weights.data(), {int64_t(weights.size())}, torch::kFloat32).clone().to(device);
    b.offsets = torch::from_blob(offsets.data(), {int64_t(offsets.size())}, torch::kInt64).clone().to(device);
    if (!labels.empty())
        b.labels = torch::from_blob(const_cast<int64_t*>(labels.data()), {int64_t(labels.size())}, torch::kInt64).clone().to(device);
    return b;
}

constexpr int kEvalBatch = 1024;

// Probabilities [rows × classes] of a set of rows.
torch::Tensor probabilities(Net& net, const std::vector<const SparseFeatures*>& rows, const torch::Device& device)
{
    torch::NoGradGuard guard;
    net->eval();
    std::vector<torch::Tensor> parts;
    for (size_t start = 0; start < rows.size(); start += kEvalBatch) {
        const size_t end = std::min(rows.size(), start + kEvalBatch);
        std::vector<const SparseFeatures*> slice(rows.begin() + long(start), rows.begin() + long(end));
        Batch b = makeBatch(slice, {}, 0, nullptr, device);
        parts.push_back(torch::softmax(net->forward(b.ids, b.offsets, b.weights, 0), 1).to(torch::kCPU));
    }
    if (parts.empty())
        return torch::zeros({0, net->out->options.out_features()});
    return torch::cat(parts, 0);
}

struct EvalOutcome
{
    double loss = 0;
    double accuracy = 0;
    std::vector<int> predicted;
    std::vector<float> top;
};

// The ensemble's answer: the embedding model's probabilities averaged with the linear model's
// (linear [rows × classes], or empty for the embedding model alone).
torch::Tensor mix(const torch::Tensor& mlp, const std::vector<float>& linear, double linearShare)
{
    if (linear.empty() || linearShare <= 0 || mlp.numel() == 0)
        return mlp;
    const torch::Tensor lin = torch::from_blob(const_cast<float*>(linear.data()), mlp.sizes(), torch::kFloat32);
    return mlp * float(1 - linearShare) + lin * float(linearShare);
}

EvalOutcome evaluate(Net& net, const std::vector<const SparseFeatures*>& rows, const std::vector<int64_t>& labels,
                     const torch::Device& device, const std::vector<float>& linear = {}, double linearShare = 0)
{
    EvalOutcome o;
    const torch::Tensor p = mix(probabilities(net, rows, device), linear, linearShare);
    if (rows.empty())
        return o;
    const torch::Tensor target = torch::from_blob(const_cast<int64_t*>(labels.data()), {int64_t(labels.size())}, torch::kInt64);
    o.loss = torch::nll_loss(torch::log(p.clamp_min(1e-12)), target).item<double>();
    auto [top, arg] = p.max(1);
    o.accuracy = arg.eq(target).to(torch::kFloat64).mean().item<double>();
    o.predicted.resize(rows.size());
    o.top.resize(rows.size());
    auto argA = arg.accessor<int64_t, 1>();
    auto topA = top.accessor<float, 1>();
    for (size_t i = 0; i < rows.size(); ++i) {
        o.predicted[i] = int(argA[int64_t(i)]);
        o.top[i] = topA[int64_t(i)];
    }
    return o;
}

struct Trained
{
    Net net{nullptr};
    std::vector<EpochPoint> curve;
    std::vector<EvalOutcome> perEpoch; // validation outcome after each epoch
    bool cancelled = false;
};

Trained fit(const std::vector<const SparseFeatures*>& trainRows, const std::vector<int64_t>& trainLabels,
            const std::vector<const SparseFeatures*>& valRows, const std::vector<int64_t>& valLabels, int features, int classes,
            int epochs, const TrainOptions& options, quint64 seed, const std::function<void(int, const EpochPoint&)>& epochDone,
            const CancelFn& cancelled, const std::vector<float>& valLinear = {})
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const torch::Device device(torch::kCPU);
    Trained t;
    t.net = Net(features, options.dim, classes);
    t.net->initialise(generator);
    t.net->to(device);
    LazyAdam sparseAdam(t.net->embed->weight, options.learningRate);
    torch::optim::Adam dense({t.net->bias, t.net->out->weight, t.net->out->bias}, torch::optim::AdamOptions(options.learningRate));
    std::mt19937_64 rng(seed);
    std::vector<size_t> order(trainRows.size());
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(rng() % i)]);
        t.net->train();
        double lossSum = 0;
        int64_t correct = 0;
        for (size_t start = 0; start < order.size(); start += size_t(options.batch)) {
            if (cancelled && cancelled()) {
                t.cancelled = true;
                return t;
            }
            const size_t end = std::min(order.size(), start + size_t(options.batch));
            std::vector<const SparseFeatures*> rows;
            std::vector<int64_t> labels;
            for (size_t i = start; i < end; ++i) {
                rows.push_back(trainRows[order[i]]);
                labels.push_back(trainLabels[order[i]]);
            }
            Batch b = makeBatch(rows, labels, options.featureDropout, &rng, device);
            dense.zero_grad();
            torch::Tensor logits = t.net->forward(b.ids, b.offsets, b.weights, options.dropout, generator);
            torch::Tensor loss = torch::cross_entropy_loss(logits, b.labels);
            loss.backward();
            sparseAdam.step();
            dense.step();
            lossSum += loss.item<double>() * double(end - start);
            correct += logits.argmax(1).eq(b.labels).sum().item<int64_t>();
        }
        EpochPoint point;
        point.epoch = epoch;
        point.trainLoss = order.empty() ? 0 : lossSum / double(order.size());
        point.trainAccuracy = order.empty() ? 0 : double(correct) / double(order.size());
        if (!valRows.empty()) {
            EvalOutcome o = evaluate(t.net, valRows, valLabels, device, valLinear, options.linearShare);
            point.validationLoss = o.loss;
            point.validationAccuracy = o.accuracy;
            t.perEpoch.push_back(std::move(o));
        }
        t.curve.push_back(point);
        if (epochDone)
            epochDone(epoch, point);
    }
    return t;
}

QJsonObject curveJson(const std::vector<EpochPoint>& curve)
{
    QJsonArray epochs;
    for (const auto& p : curve) {
        QJsonObject o{{QStringLiteral("epoch"), p.epoch}, {QStringLiteral("train_loss"), p.trainLoss},
                      {QStringLiteral("train_accuracy"), p.trainAccuracy}};
        if (p.validationLoss)
            o.insert(QStringLiteral("validation_loss"), *p.validationLoss);
        if (p.validationAccuracy)
            o.insert(QStringLiteral("validation_accuracy"), *p.validationAccuracy);
        epochs.append(o);
    }
    return QJsonObject{{QStringLiteral("epochs"), epochs}};
}

// The neutral band of a two-class model: the widest low-confidence band, from the out-of-fold
// predictions, in which the model is right no more than two times in three (it cannot tell).
std::pair<double, QJsonObject> calibrateNeutral(const std::vector<float>& top, const std::vector<bool>& correct)
{
    std::vector<size_t> order(top.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return top[a] < top[b]; });
    constexpr double kBandAccuracy = 2.0 / 3.0;
    constexpr double kFallback = 0.55;
    constexpr double kCeiling = 0.8;
    double threshold = kFallback;
    int right = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        right += correct[order[k]];
        const double acc = double(right) / double(k + 1);
        if (k + 1 >= 20 && acc <= kBandAccuracy && top[order[k]] <= kCeiling) {
            threshold = k + 1 < order.size() ? std::min<double>(kCeiling, top[order[k + 1]]) : kCeiling;
        }
    }
    threshold = std::max(threshold, kFallback);
    size_t inBand = 0;
    int bandRight = 0;
    for (size_t i = 0; i < top.size(); ++i) {
        if (top[i] < threshold) {
            ++inBand;
            bandRight += correct[i];
        }
    }
    QJsonObject info{{QStringLiteral("threshold"), threshold},
                     {QStringLiteral("share"), top.empty() ? 0.0 : double(inBand) / double(top.size())},
                     {QStringLiteral("accuracy_in_band"), inBand ? double(bandRight) / double(inBand) : 0.0}};
    return {threshold, info};
}

NamedTensor toNamed(const QString& name, const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
    NamedTensor n;
    n.name = name;
    for (int64_t d : c.sizes())
        n.shape.push_back(d);
    n.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    return n;
}

std::pair<double, double> meanStd(const std::vector<double>& xs)
{
    if (xs.empty())
        return {0, 0};
    const double mean = std::accumulate(xs.begin(), xs.end(), 0.0) / double(xs.size());
    double ss = 0;
    for (double x : xs)
        ss += (x - mean) * (x - mean);
    // Sample standard deviation across folds.
    return {mean, xs.size() > 1 ? std::sqrt(ss / double(xs.size() - 1)) : 0.0};
}

} // namespace

void configureThreads(int threads)
{
    // With OpenMP the count belongs to the calling thread, so each thread that runs torch asks.
    torch::set_num_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
}

double matmulGflops(int n)
{
    configureThreads();
    torch::NoGradGuard guard;
    const torch::Tensor a = torch::randn({n, n});
    const torch::Tensor b = torch::randn({n, n});
    (void)torch::mm(a, b); // warm-up
    double best = 0;
    for (int rep = 0; rep < 5; ++rep) {
        QElapsedTimer t;
        t.start();
        const torch::Tensor c = torch::mm(a, b);
        (void)c.sum().item<float>();
        best = std::max(best, 2.0 * n * n * n / (double(t.nsecsElapsed())));
    }
    return best;
}

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

QString defaultDevice()
{
    return cudaAvailable() ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

QString torchVersion()
{
    return QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
}

Result<TrainReport> trainModel(const Dataset& data, const TrainOptions& options, const ProgressFn& progress, const CancelFn& cancelled)
{
    if (options.crossValidate && (options.folds < 2 || options.folds > 20))
        return Result<TrainReport>::failure(tr("folds must be between 2 and 20 (5 to 10 is usual)"));
    if (!options.crossValidate && options.epochs <= 0)
        return Result<TrainReport>::failure(tr("without cross-validation the epoch count must be given"));
    const int classes = int(data.labels.size());
    if (classes < 2)
        return Result<TrainReport>::failure(tr("the training data holds one label only (%1): two or three are needed").arg(data.labels.join(QStringLiteral(", "))));
    const std::vector<int> counts = data.counts();
    for (int c = 0; options.crossValidate && c < classes; ++c) {
        if (counts[size_t(c)] < options.folds)
            return Result<TrainReport>::failure(
                tr("label %1 has %2 rows, fewer than the %3 folds").arg(data.labels.at(c)).arg(counts[size_t(c)]).arg(options.folds));
    }
    configureThreads(options.threads);
    QElapsedTimer clock;
    clock.start();

    FeatureSpace base;
    SentimentTokenizer tokenizer;
    tokenizer.setTerms(options.terms);
    base.setTokenizer(tokenizer);
    base.setWordGrams(options.wordGrams);
    const SentimentLexicon lexicon = options.lexicon ? *options.lexicon : SentimentLexicon::builtin();
    base.setLexicon(lexicon);
    const size_t n = data.rows.size();
    std::vector<FeatureSpace::Grams> grams(n);
    {
        // Cutting texts into n-grams is a good share of the whole: spread over the cores.
        std::atomic<size_t> next{0};
        std::vector<std::thread> cutters;
        const int workers = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
        for (int w = 0; w < workers; ++w) {
            cutters.emplace_back([&] {
                for (size_t start = next.fetch_add(256); start < n; start = next.fetch_add(256)) {
                    for (size_t i = start; i < std::min(n, start + 256); ++i)
                        grams[i] = base.grams(data.rows[i].text);
                }
            });
        }
        for (auto& t : cutters)
            t.join();
    }

    const std::vector<int> labelsInt = data.labelIndexes();
    const std::vector<int> foldOf = options.crossValidate ? stratifiedFolds(labelsInt, options.folds, options.seed) : std::vector<int>(n, 0);
    // Leave-one-category-out: only where there are at least three categories, so each run still
    // trains on more than one.
    const QStringList categories = options.crossValidate && options.leaveOneCategoryOut ? data.categories() : QStringList();
    const bool byCategory = categories.size() >= 3;
    const int maxEpochs = options.epochs > 0 ? options.epochs : std::max(1, options.maxEpochs);
    const int foldRuns = options.crossValidate ? options.folds : 0;
    const int categoryRuns = byCategory ? int(categories.size()) : 0;
    const int runs = foldRuns + categoryRuns + 1;
    // Progress comes from the workers: one lock, and the fraction counts finished epochs.
    std::mutex progressLock;
    int epochsDone = 0;
    auto report = [&](int fold, const QString& category, int epoch, const std::optional<EpochPoint>& point) {
        std::lock_guard<std::mutex> lock(progressLock);
        if (epoch > 0)
            ++epochsDone;
        if (!progress)
            return;
        TrainProgress p;
        p.fold = fold;
        p.folds = options.folds;
        p.category = category;
        p.epoch = epoch;
        p.epochs = maxEpochs;
        p.fraction = std::min(1.0, double(epochsDone) / double(runs * maxEpochs));
        p.point = point;
        progress(p);
    };

    // One validation run: the space, the linear model and the embedding model from the training
    // rows, every epoch scored on the validation rows.
    struct Run
    {
        std::vector<size_t> valIdx;
        int trainRows = 0;
        std::vector<EpochPoint> curve;
        std::vector<EvalOutcome> perEpoch;
    };
    std::vector<Run> results(size_t(foldRuns + categoryRuns));
    std::atomic<bool> runCancelled{false};
    auto runSplit = [&](int job) {
        const bool isCategory = job >= foldRuns;
        const QString category = isCategory ? categories.at(job - foldRuns) : QString();
        std::vector<const FeatureSpace::Grams*> trainDocs;
        std::vector<size_t> trainIdx;
        std::vector<size_t> valIdx;
        for (size_t i = 0; i < n; ++i) {
            if (isCategory ? data.rows[i].category == category : foldOf[i] == job) {
                valIdx.push_back(i);
            } else if (!isCategory || !data.rows[i].category.isEmpty()) {
                trainIdx.push_back(i);
                trainDocs.push_back(&grams[i]);
            }
        }
        FeatureSpace space;
        space.buildFromGrams(trainDocs, options.space);
        std::vector<SparseFeatures> feats(n);
        for (size_t i : trainIdx)
            feats[i] = space.featuresFromGrams(grams[i]);
        for (size_t i : valIdx)
            feats[i] = space.featuresFromGrams(grams[i]);
        std::vector<const SparseFeatures*> trainRows, valRows;
        std::vector<int64_t> trainLabels, valLabels;
        for (size_t i : trainIdx) {
            trainRows.push_back(&feats[i]);
            trainLabels.push_back(labelsInt[i]);
        }
        for (size_t i : valIdx) {
            valRows.push_back(&feats[i]);
            valLabels.push_back(labelsInt[i]);
        }
        const int shownFold = isCategory ? 0 : job + 1;
        report(shownFold, category, 0, std::nullopt);
        const quint64 seed = options.seed + quint64(job) + 1;
        std::vector<float> valLinear;
        if (options.linearShare > 0) {
            LinearSentiment linear;
            linear.fit(trainRows, trainLabels, space.size(), classes, options.linear);
            valLinear = linear.probabilities(valRows);
        }
        Trained t = fit(trainRows, trainLabels, valRows, valLabels, space.size(), classes, maxEpochs, options, seed,
                        [&](int epoch, const EpochPoint& p) {
                            // Held-out categories have no place on the folds' curves: progress only.
                            report(shownFold, category, epoch, isCategory ? std::nullopt : std::optional<EpochPoint>(p));
                        },
                        [&] { return runCancelled.load() || (cancelled && cancelled()); }, valLinear);
        if (t.cancelled) {
            runCancelled = true;
            return;
        }
        Run& r = results[size_t(job)];
        r.trainRows = int(trainIdx.size());
        r.curve = t.curve;
        r.perEpoch = std::move(t.perEpoch);
        r.valIdx = std::move(valIdx);
    };
    // Runs are independent: one worker per core, each with one intra-op thread (tiny operations
    // spread over threads spend their time waiting at barriers). Each run has its own seed, so
    // the result does not depend on which worker ran it. The held-out categories go first: they
    // train on the most rows.
    const int jobs = foldRuns + categoryRuns;
    std::vector<int> jobOrder;
    for (int j = foldRuns; j < jobs; ++j)
        jobOrder.push_back(j);
    for (int j = 0; j < foldRuns; ++j)
        jobOrder.push_back(j);
    const int workers = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, std::max(1, jobs));
    std::atomic<int> nextJob{0};
    std::vector<std::thread> pool;
    for (int w = 0; w < workers && jobs > 0; ++w) {
        pool.emplace_back([&] {
            torch::set_num_threads(1);
            for (int k = nextJob++; k < jobs; k = nextJob++)
                runSplit(jobOrder[size_t(k)]);
        });
    }
    for (auto& t : pool)
        t.join();
    if (runCancelled)
        return Result<TrainReport>::failure(tr("Training cancelled; nothing was saved."));

    // The epoch count: the best mean validation accuracy over the held-out categories when there
    // are some (what a model meets on reviews of a new kind), else over the folds; or the one asked for.
    TrainReport out;
    out.labels = data.labels;
    int chosen = maxEpochs;
    out.epochsChosenOn = QStringLiteral("given");
    if (options.epochs <= 0) {
        const bool onCategories = byCategory && options.epochsOnCategories;
        const int from = onCategories ? foldRuns : 0;
        const int to = onCategories ? jobs : foldRuns;
        out.epochsChosenOn = onCategories ? QStringLiteral("categories") : QStringLiteral("folds");
        double best = -1;
        for (int e = 1; e <= maxEpochs; ++e) {
            double sum = 0;
            for (int j = from; j < to; ++j)
                sum += results[size_t(j)].curve[size_t(e - 1)].validationAccuracy.value_or(0);
            if (sum > best + 1e-12) {
                best = sum;
                chosen = e;
            }
        }
    }
    std::vector<double> accs, f1s;
    std::vector<int> oofPred(n, 0);
    std::vector<float> oofTop(n, 0);
    for (int j = 0; j < jobs; ++j) {
        const Run& r = results[size_t(j)];
        const EvalOutcome& o = r.perEpoch[size_t(chosen - 1)];
        std::vector<int> truth;
        for (size_t k = 0; k < r.valIdx.size(); ++k) {
            const size_t i = r.valIdx[k];
            truth.push_back(labelsInt[i]);
            if (j < foldRuns) {
                oofPred[i] = o.predicted[k];
                oofTop[i] = o.top[k];
            }
        }
        const Evaluation e = Evaluation::compute(classes, truth, o.predicted);
        if (j < foldRuns) {
            FoldReport f;
            f.fold = j + 1;
            f.trainRows = r.trainRows;
            f.validationRows = int(r.valIdx.size());
            f.curve = r.curve;
            f.evaluation = e;
            accs.push_back(e.accuracy);
            f1s.push_back(e.macroF1);
            out.folds.push_back(std::move(f));
        } else {
            CategoryReport c;
            c.category = categories.at(j - foldRuns);
            c.trainRows = r.trainRows;
            c.validationRows = int(r.valIdx.size());
            c.curve = r.curve;
            c.evaluation = e;
            out.categoryMeanAccuracy += e.accuracy / categoryRuns;
            out.categoryMeanMacroF1 += e.macroF1 / categoryRuns;
            out.categories.push_back(std::move(c));
        }
    }
    std::tie(out.meanAccuracy, out.stdAccuracy) = meanStd(accs);
    std::tie(out.meanMacroF1, out.stdMacroF1) = meanStd(f1s);
    if (options.crossValidate)
        out.outOfFold = Evaluation::compute(classes, labelsInt, oofPred);
    out.epochs = chosen;

    // The final model on every row.
    std::vector<const FeatureSpace::Grams*> allDocs;
    for (const auto& g : grams)
        allDocs.push_back(&g);
    FeatureSpace space;
    space.setTokenizer(tokenizer);
    space.setWordGrams(options.wordGrams);
    space.setLexicon(lexicon);
    space.buildFromGrams(allDocs, options.space);
    std::vector<SparseFeatures> feats(n);
    std::vector<const SparseFeatures*> rows;
    std::vector<int64_t> labels;
    for (size_t i = 0; i < n; ++i) {
        feats[i] = space.featuresFromGrams(grams[i]);
        rows.push_back(&feats[i]);
        labels.push_back(labelsInt[i]);
    }
    report(runs, QString(), 0, std::nullopt);
    LinearSentiment linear;
    if (options.linearShare > 0)
        linear.fit(rows, labels, space.size(), classes, options.linear);
    Trained final = fit(rows, labels, {}, {}, space.size(), classes, chosen, options, options.seed,
                        [&](int epoch, const EpochPoint& p) { report(runs, QString(), epoch, p); }, cancelled);
    if (final.cancelled)
        return Result<TrainReport>::failure(tr("Training cancelled; nothing was saved."));
    out.finalCurve = final.curve;
    out.trainSeconds = double(clock.elapsed()) / 1000.0;

    ModelData& m = out.model;
    m.labels = data.labels;
    m.terms = tokenizer.terms();
    m.hashes = space.hashes();
    m.idf = space.idf();
    m.tensors.push_back(toNamed(QStringLiteral("embed.weight"), final.net->embed->weight));
    m.tensors.push_back(toNamed(QStringLiteral("bias"), final.net->bias));
    m.tensors.push_back(toNamed(QStringLiteral("out.weight"), final.net->out->weight));
    m.tensors.push_back(toNamed(QStringLiteral("out.bias"), final.net->out->bias));
    m.architecture = QJsonObject{{QStringLiteral("kind"), QStringLiteral("tfidf-ngram-mlp")},
                                 {QStringLiteral("dim"), options.dim},
                                 {QStringLiteral("max_n"), FeatureSpace::kMaxN},
                                 {QStringLiteral("word_grams"), options.wordGrams}};
    if (options.linearShare > 0 || !lexicon.isEmpty()) {
        // A new kind, so that a Lingxi too old to know the linear half and the lexicon refuses
        // the file instead of answering with half the model.
        m.architecture.insert(QStringLiteral("kind"), QStringLiteral("tfidf-ngram-ensemble"));
        m.architecture.insert(QStringLiteral("linear_share"), std::max(0.0, options.linearShare));
        if (!lexicon.isEmpty())
            m.architecture.insert(QStringLiteral("lexicon"), lexicon.toJson());
    }
    if (options.linearShare > 0) {
        m.tensors.push_back(NamedTensor{QStringLiteral("linear.weight"), {qint64(space.size()), classes}, linear.weights()});
        m.tensors.push_back(NamedTensor{QStringLiteral("linear.bias"), {classes}, linear.bias()});
    }
    QJsonObject calibration;
    if (classes == 2 && options.crossValidate) {
        std::vector<bool> correct(n);
        for (size_t i = 0; i < n; ++i)
            correct[i] = oofPred[i] == labelsInt[i];
        auto [threshold, info] = calibrateNeutral(oofTop, correct);
        m.neutralBelow = threshold;
        calibration = info;
    }
    QJsonArray foldsJson;
    for (const auto& f : out.folds) {
        QJsonObject o = f.evaluation.toJson(data.labels);
        o.insert(QStringLiteral("fold"), f.fold);
        o.insert(QStringLiteral("curve"), curveJson(f.curve));
        foldsJson.append(o);
    }
    QJsonObject counts3;
    for (int c = 0; c < classes; ++c)
        counts3.insert(data.labels.at(c), counts[size_t(c)]);
    m.metadata = QJsonObject{
        {QStringLiteral("data_sha256"), data.sha256},
        {QStringLiteral("rows"), qint64(n)},
        {QStringLiteral("label_counts"), counts3},
        {QStringLiteral("folds"), options.folds},
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("epochs"), chosen},
        {QStringLiteral("epochs_chosen_on"), out.epochsChosenOn},
        {QStringLiteral("fold_results"), foldsJson},
        {QStringLiteral("out_of_fold"), out.outOfFold.toJson(data.labels)},
        {QStringLiteral("mean_accuracy"), out.meanAccuracy},
        {QStringLiteral("std_accuracy"), out.stdAccuracy},
        {QStringLiteral("mean_macro_f1"), out.meanMacroF1},
        {QStringLiteral("std_macro_f1"), out.stdMacroF1},
        {QStringLiteral("final_curve"), curveJson(out.finalCurve)},
        {QStringLiteral("neutral_calibration"), calibration},
        {QStringLiteral("trained_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("train_seconds"), out.trainSeconds},
        {QStringLiteral("lingxi_version"), QStringLiteral(LX_VERSION_STRING)},
        {QStringLiteral("torch_version"), torchVersion()},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("features"), space.size()},
    };
    if (!out.categories.empty()) {
        m.metadata.insert(QStringLiteral("category_results"), categoryResultsJson(out.categories, data.labels));
        m.metadata.insert(QStringLiteral("category_mean_accuracy"), out.categoryMeanAccuracy);
        m.metadata.insert(QStringLiteral("category_mean_macro_f1"), out.categoryMeanMacroF1);
    }
    report(runs, QString(), 0, std::nullopt);
    return out;
}

QJsonArray categoryResultsJson(const std::vector<CategoryReport>& categories, const QStringList& labels)
{
    QJsonArray out;
    for (const auto& c : categories) {
        QJsonObject o = c.evaluation.toJson(labels);
        o.insert(QStringLiteral("category"), c.category);
        o.insert(QStringLiteral("train_rows"), c.trainRows);
        o.insert(QStringLiteral("validation_rows"), c.validationRows);
        out.append(o);
    }
    return out;
}

struct SentimentClassifier::Impl
{
    ModelData data;
    FeatureSpace space;
    Net net{nullptr};
    torch::Device device{torch::kCPU};
    std::optional<LinearSentiment> linear; // the ensemble's linear half, when the model has one
    double linearShare = 0;
};

SentimentClassifier::SentimentClassifier() : d(std::make_unique<Impl>())
{
}

SentimentClassifier::~SentimentClassifier() = default;

Result<std::shared_ptr<SentimentClassifier>> SentimentClassifier::load(const QString& path, const QString& device)
{
    auto data = loadModel(path);
    if (!data)
        return data.status();
    return fromData(data.take(), device);
}

Result<std::shared_ptr<SentimentClassifier>> SentimentClassifier::fromData(ModelData data, const QString& device)
{
    using R = Result<std::shared_ptr<SentimentClassifier>>;
    const QString kind = data.architecture.value(QStringLiteral("kind")).toString();
    const bool ensemble = kind == QLatin1String("tfidf-ngram-ensemble");
    if (kind != QLatin1String("tfidf-ngram-mlp") && !ensemble)
        return R::failure(tr("the model's architecture \"%1\" is not one this version runs")
                              .arg(data.architecture.value(QStringLiteral("kind")).toString()));
    const NamedTensor* embed = data.tensor(QStringLiteral("embed.weight"));
    const NamedTensor* bias = data.tensor(QStringLiteral("bias"));
    const NamedTensor* outW = data.tensor(QStringLiteral("out.weight"));
    const NamedTensor* outB = data.tensor(QStringLiteral("out.bias"));
    const int64_t classes = data.labels.size();
    const int64_t features = int64_t(data.hashes.size());
    if (!embed || !bias || !outW || !outB || embed->shape.size() != 2 || embed->shape[0] != std::max<int64_t>(features, 1)
        || bias->shape != std::vector<qint64>{embed->shape[1]} || outW->shape != std::vector<qint64>{classes, embed->shape[1]}
        || outB->shape != std::vector<qint64>{classes})
        return R::failure(tr("the model file's weights do not fit its architecture"));
    const NamedTensor* linW = data.tensor(QStringLiteral("linear.weight"));
    const NamedTensor* linB = data.tensor(QStringLiteral("linear.bias"));
    const double linearShare = data.architecture.value(QStringLiteral("linear_share")).toDouble();
    if (ensemble && (linearShare < 0 || linearShare > 1 || (linearShare > 0 && (!linW || !linB || linW->shape != std::vector<qint64>{features, classes}
                                                                                 || linB->shape != std::vector<qint64>{classes}))))
        return R::failure(tr("the model file's weights do not fit its architecture"));
    for (const QString& l : data.labels) {
        if (!canonicalLabels().contains(l))
            return R::failure(tr("the model file names an unknown label \"%1\"").arg(l));
    }
    configureThreads();
    const QString want = device.isEmpty() ? defaultDevice() : device;
    if (want == QLatin1String("cuda") && !cudaAvailable())
        return R::failure(tr("no CUDA device: this libtorch was built without CUDA or no GPU is present"));
    if (want != QLatin1String("cuda") && want != QLatin1String("cpu"))
        return R::failure(tr("unknown device \"%1\" (cpu or cuda)").arg(want));

    std::shared_ptr<SentimentClassifier> c(new SentimentClassifier());
    Impl& m = *c->d;
    m.device = want == QLatin1String("cuda") ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    SentimentTokenizer tokenizer;
    tokenizer.setTerms(data.terms);
    m.space.setTokenizer(tokenizer);
    m.space.setWordGrams(data.architecture.value(QStringLiteral("word_grams")).toBool());
    m.space.restore(data.hashes, data.idf);
    m.net = Net(features, embed->shape[1], classes);
    {
        torch::NoGradGuard guard;
        auto copy = [](torch::Tensor& dst, const NamedTensor& src) {
            dst.copy_(torch::from_blob(const_cast<float*>(src.values.data()), dst.sizes(), torch::kFloat32));
        };
        copy(m.net->embed->weight, *embed);
        copy(m.net->bias, *bias);
        copy(m.net->out->weight, *outW);
        copy(m.net->out->bias, *outB);
    }
    m.net->to(m.device);
    m.net->eval();
    if (ensemble)
        m.space.setLexicon(SentimentLexicon::fromJson(data.architecture.value(QStringLiteral("lexicon")).toObject()));
    if (ensemble && linearShare > 0) {
        m.linear.emplace();
        m.linear->restore(linW->values, linB->values, int(classes));
        m.linearShare = linearShare;
    }
    m.data = std::move(data);
    return c;
}

const ModelData& SentimentClassifier::data() const
{
    return d->data;
}

QString SentimentClassifier::deviceName() const
{
    return d->device.is_cuda() ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

std::vector<int> SentimentClassifier::classify(const QStringList& texts, std::vector<float>* probabilitiesOut) const
{
    std::vector<SparseFeatures> feats(size_t(texts.size()));
    // Cutting texts into features is most of a prediction's cost: spread over the cores.
    constexpr int kChunk = 128;
    if (texts.size() > kChunk) {
        QList<int> starts;
        for (int i = 0; i < texts.size(); i += kChunk)
            starts.append(i);
        QtConcurrent::blockingMap(starts, [&](int start) {
            const int end = std::min<int>(int(texts.size()), start + kChunk);
            for (int i = start; i < end; ++i)
                feats[size_t(i)] = d->space.features(texts.at(i));
        });
    } else {
        for (int i = 0; i < texts.size(); ++i)
            feats[size_t(i)] = d->space.features(texts.at(i));
    }
    std::vector<const SparseFeatures*> rows;
    rows.reserve(feats.size());
    for (const auto& f : feats)
        rows.push_back(&f);
    std::vector<float> linear;
    if (d->linear)
        linear = d->linear->probabilities(rows);
    torch::InferenceMode mode;
    const torch::Tensor p = mix(probabilities(d->net, rows, d->device), linear, d->linearShare).contiguous();
    std::vector<int> out(rows.size(), 0);
    if (rows.empty())
        return out;
    const torch::Tensor arg = p.argmax(1);
    auto a = arg.accessor<int64_t, 1>();
    for (size_t i = 0; i < rows.size(); ++i)
        out[i] = int(a[int64_t(i)]);
    if (probabilitiesOut)
        probabilitiesOut->assign(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
    return out;
}

std::vector<Prediction> SentimentClassifier::predict(const QStringList& texts) const
{
    std::vector<float> p;
    const std::vector<int> arg = classify(texts, &p);
    const size_t classes = size_t(d->data.labels.size());
    std::vector<Prediction> out;
    out.reserve(arg.size());
    for (size_t i = 0; i < arg.size(); ++i)
        out.push_back(makePrediction(p.data() + i * classes, d->data.labels, d->data.neutralBelow));
    return out;
}

double SentimentClassifier::flopsPerText(const QStringList& sample) const
{
    if (sample.isEmpty())
        return 0;
    double features = 0;
    for (const QString& t : sample)
        features += double(d->space.features(t).ids.size());
    features /= sample.size();
    const double dim = double(d->net->bias.size(0));
    const double classes = double(d->data.labels.size());
    // A multiply-add is two operations: the weighted bag, then the output layer.
    return 2 * features * dim + 2 * dim * classes;
}

} // namespace lx::inference
