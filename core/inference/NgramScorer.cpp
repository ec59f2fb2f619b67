#include "inference/NgramScorer.h"

#include "inference/SentimentData.h"
#include "inference/SentimentLexicon.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace lx::inference {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

} // namespace

Result<std::shared_ptr<NgramScorer>> NgramScorer::load(const QString& path)
{
    auto data = loadModel(path);
    if (!data)
        return data.status();
    return fromData(data.take());
}

Result<std::shared_ptr<NgramScorer>> NgramScorer::fromData(ModelData data)
{
    using R = Result<std::shared_ptr<NgramScorer>>;
    // The same checks as SentimentClassifier::fromData: a file that one refuses, both refuse.
    const QString kind = data.architecture.value(QStringLiteral("kind")).toString();
    const bool ensemble = kind == QLatin1String("tfidf-ngram-ensemble");
    if (kind != QLatin1String("tfidf-ngram-mlp") && !ensemble)
        return R::failure(tr("the model's architecture \"%1\" is not one this version runs").arg(kind));
    const NamedTensor* embed = data.tensor(QStringLiteral("embed.weight"));
    const NamedTensor* bias = data.tensor(QStringLiteral("bias"));
    const NamedTensor* outW = data.tensor(QStringLiteral("out.weight"));
    const NamedTensor* outB = data.tensor(QStringLiteral("out.bias"));
    const qint64 classes = data.labels.size();
    const qint64 features = qint64(data.hashes.size());
    if (!embed || !bias || !outW || !outB || embed->shape.size() != 2 || embed->shape[0] != std::max<qint64>(features, 1)
        || bias->shape != std::vector<qint64>{embed->shape[1]} || outW->shape != std::vector<qint64>{classes, embed->shape[1]}
        || outB->shape != std::vector<qint64>{classes} || data.idf.size() != data.hashes.size())
        return R::failure(tr("the model file's weights do not fit its architecture"));
    const NamedTensor* linW = data.tensor(QStringLiteral("linear.weight"));
    const NamedTensor* linB = data.tensor(QStringLiteral("linear.bias"));
    const double linearShare = data.architecture.value(QStringLiteral("linear_share")).toDouble();
    if (ensemble
        && (linearShare < 0 || linearShare > 1
            || (linearShare > 0
                && (!linW || !linB || linW->shape != std::vector<qint64>{features, classes} || linB->shape != std::vector<qint64>{classes}))))
        return R::failure(tr("the model file's weights do not fit its architecture"));
    for (const QString& l : data.labels) {
        if (!canonicalLabels().contains(l))
            return R::failure(tr("the model file names an unknown label \"%1\"").arg(l));
    }
    std::shared_ptr<NgramScorer> s(new NgramScorer());
    s->m_data = std::move(data);
    const ModelData& m = s->m_data;
    SentimentTokenizer tokenizer;
    tokenizer.setTerms(m.terms);
    s->m_space.setTokenizer(tokenizer);
    s->m_space.setWordGrams(m.architecture.value(QStringLiteral("word_grams")).toBool());
    if (ensemble)
        s->m_space.setLexicon(SentimentLexicon::fromJson(m.architecture.value(QStringLiteral("lexicon")).toObject()));
    s->m_space.restore(m.hashes, m.idf);
    s->m_dim = int(m.tensor(QStringLiteral("embed.weight"))->shape[1]);
    s->m_classes = int(classes);
    s->m_embed = m.tensor(QStringLiteral("embed.weight"))->values.data();
    s->m_bias = m.tensor(QStringLiteral("bias"))->values.data();
    s->m_outW = m.tensor(QStringLiteral("out.weight"))->values.data();
    s->m_outB = m.tensor(QStringLiteral("out.bias"))->values.data();
    if (ensemble && linearShare > 0) {
        s->m_linear.emplace();
        s->m_linear->restore(m.tensor(QStringLiteral("linear.weight"))->values, m.tensor(QStringLiteral("linear.bias"))->values,
                             int(classes));
        s->m_linearShare = linearShare;
    }
    return s;
}

namespace {

// The weighted bag: h = bias + Σ w·E[id]. With the width known at compile time (the default 64)
// the inner loop is a few vector instructions; the rows themselves are the cost.
template<size_t Dim>
void bagFixed(const float* embed, const float* bias, const SparseFeatures& x, float* h)
{
    std::copy(bias, bias + Dim, h);
    for (size_t t = 0; t < x.ids.size(); ++t) {
        const float* row = embed + size_t(x.ids[t]) * Dim;
        const float w = x.weights[t];
        for (size_t j = 0; j < Dim; ++j)
            h[j] += w * row[j];
    }
}

} // namespace

void NgramScorer::score(const SparseFeatures& x, float* out) const
{
    const size_t dim = size_t(m_dim);
    const size_t k = size_t(m_classes);
    float hidden[512];
    std::vector<float> wide;
    float* h = hidden;
    if (dim > 512) {
        wide.resize(dim);
        h = wide.data();
    }
    if (dim == 64) {
        bagFixed<64>(m_embed, m_bias, x, h);
    } else {
        std::copy(m_bias, m_bias + dim, h);
        for (size_t t = 0; t < x.ids.size(); ++t) {
            const float* row = m_embed + size_t(x.ids[t]) * dim;
            const float w = x.weights[t];
            for (size_t j = 0; j < dim; ++j)
                h[j] += w * row[j];
        }
    }
    for (size_t j = 0; j < dim; ++j)
        h[j] = std::max(h[j], 0.0f);
    for (size_t c = 0; c < k; ++c) {
        float v = m_outB[c];
        const float* wc = m_outW + c * dim;
        for (size_t j = 0; j < dim; ++j)
            v += wc[j] * h[j];
        out[c] = v;
    }
    auto softmax = [k](float* p) {
        const float top = *std::max_element(p, p + k);
        float sum = 0;
        for (size_t c = 0; c < k; ++c) {
            p[c] = std::exp(p[c] - top);
            sum += p[c];
        }
        for (size_t c = 0; c < k; ++c)
            p[c] /= sum;
    };
    softmax(out);
    if (m_linear) {
        float lin[8];
        m_linear->logits(x, lin);
        softmax(lin);
        const float share = float(m_linearShare);
        for (size_t c = 0; c < k; ++c)
            out[c] = out[c] * (1 - share) + lin[c] * share;
    }
}

std::vector<float> NgramScorer::probabilities(const QStringList& texts) const
{
    const size_t n = size_t(texts.size());
    const size_t k = size_t(m_classes);
    std::vector<float> out(n * k);
    // Cutting a text into features is most of its cost: every core takes chunks.
    constexpr size_t kChunk = 64;
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t start = next.fetch_add(kChunk); start < n; start = next.fetch_add(kChunk)) {
            for (size_t i = start; i < std::min(n, start + kChunk); ++i)
                score(m_space.features(texts.at(qsizetype(i))), out.data() + i * k);
        }
    };
    const size_t workers = std::min(size_t(std::max(1, QThread::idealThreadCount())), (n + kChunk - 1) / kChunk);
    std::vector<std::thread> pool;
    for (size_t w = 1; w < workers; ++w)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    return out;
}

std::vector<Prediction> NgramScorer::predict(const QStringList& texts) const
{
    const std::vector<float> p = probabilities(texts);
    const size_t k = size_t(m_classes);
    std::vector<Prediction> out;
    out.reserve(size_t(texts.size()));
    for (size_t i = 0; i < size_t(texts.size()); ++i)
        out.push_back(makePrediction(p.data() + i * k, m_data.labels, m_data.neutralBelow));
    return out;
}

} // namespace lx::inference
