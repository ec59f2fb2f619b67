#include "inference/Transformer.h"

#include "inference/HfCheckpoint.h"
#include "inference/Safetensors.h"
#include "inference/SentimentModel.h"
#include "inference/TorchHeaders.h"

#include "common/Excerpt.h"
#include "common/OutputFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include LX_TORCH_HEADER

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <set>

namespace lx::inference {

namespace {

using torch::Tensor;

constexpr qint64 kMaxTextFile = 64 * 1024 * 1024;

torch::IntArrayRef dims(const std::vector<qint64>& shape)
{
    return torch::IntArrayRef(reinterpret_cast<const int64_t*>(shape.data()), shape.size());
}

struct Placement
{
    torch::Device device{torch::kCPU};
    torch::Dtype dtype = torch::kFloat32;
};

Result<Placement> choosePlacement(const QString& wanted, const HfCheckpoint& ckpt)
{
    Placement p;
    const QString want = wanted.isEmpty() ? defaultDevice() : wanted;
    if (want == QLatin1String("cuda")) {
        if (!cudaAvailable())
            return Result<Placement>::failure(BertEncoder::tr("--device cuda: this libtorch has no CUDA or no GPU is present"), ErrorCode::Invalid);
        p.device = torch::Device(torch::kCUDA);
        // Half precision on the GPU, in the checkpoint's half type where it has one.
        const QString dtype = ckpt.config().value(QStringLiteral("torch_dtype")).toString();
        p.dtype = dtype == QLatin1String("float16") ? torch::kFloat16 : torch::kBFloat16;
    } else if (want != QLatin1String("cpu")) {
        return Result<Placement>::failure(BertEncoder::tr("unknown device '%1' (cpu or cuda)").arg(excerpt(want)), ErrorCode::Invalid);
    }
    return p;
}

// Reads checkpoint tensors onto the device; the first failure is kept and later reads are skipped.
struct Loader
{
    const HfCheckpoint& ckpt;
    Placement place;
    QString error;

    bool has(const QString& name) const { return ckpt.find(name) != nullptr; }

    Tensor get(const QString& name, std::vector<qint64> shape)
    {
        if (!error.isEmpty())
            return {};
        Tensor t = torch::empty(dims(shape), torch::kFloat32);
        if (auto st = ckpt.readFloats(name, shape, t.data_ptr<float>()); !st) {
            error = st.error();
            return {};
        }
        return place.device.is_cpu() && place.dtype == torch::kFloat32 ? t : t.to(place.device, place.dtype);
    }
};

Tensor activation(const QString& name, const Tensor& x)
{
    if (name == QLatin1String("gelu_new") || name == QLatin1String("gelu_pytorch_tanh") || name == QLatin1String("gelu_fast"))
        return torch::gelu(x, "tanh");
    if (name == QLatin1String("relu"))
        return torch::relu(x);
    if (name == QLatin1String("silu") || name == QLatin1String("swish"))
        return torch::silu(x);
    return torch::gelu(x);
}

bool knownActivation(const QString& name)
{
    static const QStringList known{QStringLiteral("gelu"), QStringLiteral("gelu_new"), QStringLiteral("gelu_pytorch_tanh"),
                                   QStringLiteral("gelu_fast"), QStringLiteral("relu"), QStringLiteral("silu"), QStringLiteral("swish")};
    return known.contains(name);
}

std::vector<float> toVector(const Tensor& t)
{
    const Tensor c = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// BERT

struct BertLayerWeights
{
    Tensor qw, qb, kw, kb, vw, vb, aow, aob, ln1w, ln1b, iw, ib, ow, ob, ln2w, ln2b;
};

struct BertEncoder::Impl
{
    WordPieceTokenizer tokenizer;
    QJsonObject config;
    QString dir;
    qint64 hidden = 0, heads = 0, layersCount = 0, intermediate = 0, positions = 0, typeVocab = 2, vocab = 0;
    double eps = 1e-12;
    double hiddenDropout = 0.1, attentionDropout = 0.1;
    QString act = QStringLiteral("gelu");
    Tensor wemb, pemb, temb, elnw, elnb;
    std::vector<BertLayerWeights> layers;
    Tensor poolw, poolb, clsw, clsb;
    QStringList labels;
    QStringList sentimentLabels; // the labels as positive/neutral/negative, where they all are
    Placement place;

    Tensor hiddenStates(const Tensor& ids, const Tensor& mask, bool train) const
    {
        const int64_t B = ids.size(0), L = ids.size(1);
        const int64_t hd = hidden / heads;
        const Tensor pos = torch::arange(L, torch::TensorOptions().dtype(torch::kLong).device(ids.device()));
        Tensor x = wemb.index_select(0, ids.reshape({-1})).view({B, L, hidden}) + pemb.index_select(0, pos).unsqueeze(0) + temb[0];
        x = torch::layer_norm(x, {hidden}, elnw, elnb, eps);
        x = torch::dropout(x, hiddenDropout, train);
        // In float32 whatever the weights are: 0 × the lowest half value would be NaN.
        const Tensor ext = (1.0 - mask.to(torch::kFloat32)).view({B, 1, 1, L}) * std::numeric_limits<float>::lowest();
        const double scale = 1.0 / std::sqrt(double(hd));
        for (const auto& w : layers) {
            const Tensor q = torch::linear(x, w.qw, w.qb).view({B, L, heads, hd}).transpose(1, 2);
            const Tensor k = torch::linear(x, w.kw, w.kb).view({B, L, heads, hd}).transpose(1, 2);
            const Tensor v = torch::linear(x, w.vw, w.vb).view({B, L, heads, hd}).transpose(1, 2);
            const Tensor scores = torch::matmul(q, k.transpose(-1, -2)).to(torch::kFloat32) * scale + ext;
            Tensor probs = torch::softmax(scores, -1).to(x.scalar_type());
            probs = torch::dropout(probs, attentionDropout, train);
            const Tensor ctx = torch::matmul(probs, v).transpose(1, 2).reshape({B, L, hidden});
            const Tensor a = torch::layer_norm(torch::dropout(torch::linear(ctx, w.aow, w.aob), hiddenDropout, train) + x, {hidden}, w.ln1w,
                                               w.ln1b, eps);
            const Tensor h = activation(act, torch::linear(a, w.iw, w.ib));
            x = torch::layer_norm(torch::dropout(torch::linear(h, w.ow, w.ob), hiddenDropout, train) + a, {hidden}, w.ln2w, w.ln2b, eps);
        }
        return x;
    }

    Tensor logits(const Tensor& states, bool train) const
    {
        const Tensor pooled = torch::tanh(torch::linear(states.select(1, 0), poolw, poolb));
        return torch::linear(torch::dropout(pooled, hiddenDropout, train), clsw, clsb);
    }

    // Padded batch of token ids and its mask.
    std::pair<Tensor, Tensor> batch(const std::vector<std::vector<qint64>>& rows) const
    {
        size_t longest = 1;
        for (const auto& r : rows)
            longest = std::max(longest, r.size());
        Tensor ids = torch::full({int64_t(rows.size()), int64_t(longest)}, int64_t(tokenizer.padId()), torch::kLong);
        Tensor mask = torch::zeros({int64_t(rows.size()), int64_t(longest)}, torch::kLong);
        auto ia = ids.accessor<int64_t, 2>();
        auto ma = mask.accessor<int64_t, 2>();
        for (size_t i = 0; i < rows.size(); ++i) {
            for (size_t j = 0; j < rows[i].size(); ++j) {
                ia[int64_t(i)][int64_t(j)] = rows[i][j];
                ma[int64_t(i)][int64_t(j)] = 1;
            }
        }
        return {ids.to(place.device), mask.to(place.device)};
    }

    // Every parameter with the name it is saved under (BertForSequenceClassification's names).
    void forEachParameter(const std::function<void(const QString&, Tensor&)>& fn)
    {
        const QString e = QStringLiteral("bert.embeddings.");
        fn(e + QStringLiteral("word_embeddings.weight"), wemb);
        fn(e + QStringLiteral("position_embeddings.weight"), pemb);
        fn(e + QStringLiteral("token_type_embeddings.weight"), temb);
        fn(e + QStringLiteral("LayerNorm.weight"), elnw);
        fn(e + QStringLiteral("LayerNorm.bias"), elnb);
        for (size_t i = 0; i < layers.size(); ++i) {
            auto& w = layers[i];
            const QString p = QStringLiteral("bert.encoder.layer.%1.").arg(i);
            fn(p + QStringLiteral("attention.self.query.weight"), w.qw);
            fn(p + QStringLiteral("attention.self.query.bias"), w.qb);
            fn(p + QStringLiteral("attention.self.key.weight"), w.kw);
            fn(p + QStringLiteral("attention.self.key.bias"), w.kb);
            fn(p + QStringLiteral("attention.self.value.weight"), w.vw);
            fn(p + QStringLiteral("attention.self.value.bias"), w.vb);
            fn(p + QStringLiteral("attention.output.dense.weight"), w.aow);
            fn(p + QStringLiteral("attention.output.dense.bias"), w.aob);
            fn(p + QStringLiteral("attention.output.LayerNorm.weight"), w.ln1w);
            fn(p + QStringLiteral("attention.output.LayerNorm.bias"), w.ln1b);
            fn(p + QStringLiteral("intermediate.dense.weight"), w.iw);
            fn(p + QStringLiteral("intermediate.dense.bias"), w.ib);
            fn(p + QStringLiteral("output.dense.weight"), w.ow);
            fn(p + QStringLiteral("output.dense.bias"), w.ob);
            fn(p + QStringLiteral("output.LayerNorm.weight"), w.ln2w);
            fn(p + QStringLiteral("output.LayerNorm.bias"), w.ln2b);
        }
        if (poolw.defined()) {
            fn(QStringLiteral("bert.pooler.dense.weight"), poolw);
            fn(QStringLiteral("bert.pooler.dense.bias"), poolb);
        }
        if (clsw.defined()) {
            fn(QStringLiteral("classifier.weight"), clsw);
            fn(QStringLiteral("classifier.bias"), clsb);
        }
    }
};

BertEncoder::BertEncoder() : d(std::make_unique<Impl>()) {}
BertEncoder::~BertEncoder() = default;

Result<std::shared_ptr<BertEncoder>> BertEncoder::load(const QString& dir, const QString& device)
{
    auto opened = HfCheckpoint::open(dir);
    if (!opened)
        return Result<std::shared_ptr<BertEncoder>>::failure(opened.error(), opened.code());
    return fromCheckpoint(*opened.value(), device);
}

Result<std::shared_ptr<BertEncoder>> BertEncoder::fromCheckpoint(const HfCheckpoint& ckpt, const QString& device)
{
    using R = Result<std::shared_ptr<BertEncoder>>;
    const QString dir = ckpt.dir();
    const QString type = ckpt.modelType();
    if (type != QLatin1String("bert"))
        return R::failure(BertEncoder::tr("%1 is a '%2' model; the encoder reads BERT-family checkpoints (model_type bert)").arg(dir, excerpt(type)),
                          ErrorCode::Invalid);
    std::shared_ptr<BertEncoder> enc(new BertEncoder());
    Impl& m = *enc->d;
    m.dir = ckpt.dir();
    m.config = ckpt.config();
    if (auto st = ckpt.requireInts({"hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size",
                                    "max_position_embeddings", "vocab_size"});
        !st)
        return R(st);
    m.hidden = ckpt.configInt(QStringLiteral("hidden_size")).value();
    m.layersCount = ckpt.configInt(QStringLiteral("num_hidden_layers")).value();
    m.heads = ckpt.configInt(QStringLiteral("num_attention_heads")).value();
    m.intermediate = ckpt.configInt(QStringLiteral("intermediate_size")).value();
    m.positions = ckpt.configInt(QStringLiteral("max_position_embeddings")).value();
    m.vocab = ckpt.configInt(QStringLiteral("vocab_size")).value();
    m.typeVocab = ckpt.configInt(QStringLiteral("type_vocab_size"), 2);
    m.eps = ckpt.configDouble(QStringLiteral("layer_norm_eps"), 1e-12);
    m.hiddenDropout = ckpt.configDouble(QStringLiteral("hidden_dropout_prob"), 0.1);
    m.attentionDropout = ckpt.configDouble(QStringLiteral("attention_probs_dropout_prob"), 0.1);
    m.act = ckpt.config().value(QStringLiteral("hidden_act")).toString(QStringLiteral("gelu"));
    if (!knownActivation(m.act))
        return R::failure(BertEncoder::tr("%1/config.json: the activation '%2' is not supported").arg(dir, excerpt(m.act)), ErrorCode::Invalid);
    const QString posType = ckpt.config().value(QStringLiteral("position_embedding_type")).toString(QStringLiteral("absolute"));
    if (posType != QLatin1String("absolute"))
        return R::failure(BertEncoder::tr("%1/config.json: position_embedding_type '%2' is not supported (absolute is)").arg(dir, excerpt(posType)),
                          ErrorCode::Invalid);
    if (m.hidden % m.heads != 0)
        return R::failure(BertEncoder::tr("%1/config.json: hidden_size %2 is not a multiple of num_attention_heads %3").arg(dir).arg(m.hidden).arg(m.heads),
                          ErrorCode::Invalid);

    // Tokenizer: vocab.txt, tokenizer_config.json's do_lower_case, added_tokens.json.
    auto vocab = ckpt.readOptional(QStringLiteral("vocab.txt"), kMaxTextFile);
    if (!vocab)
        return R::failure(vocab.error(), vocab.code());
    if (vocab.value().isEmpty())
        return R::failure(BertEncoder::tr("%1 has no vocab.txt (BERT's WordPiece vocabulary)").arg(dir), ErrorCode::NotFound);
    bool lower = true;
    if (auto tc = ckpt.readOptional(QStringLiteral("tokenizer_config.json"), kMaxTextFile); tc && !tc.value().isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(tc.value()).object();
        if (o.contains(QStringLiteral("do_lower_case")))
            lower = o.value(QStringLiteral("do_lower_case")).toBool(true);
    }
    auto tok = WordPieceTokenizer::fromText(vocab.value(), lower);
    if (!tok)
        return R::failure(BertEncoder::tr("%1/vocab.txt: %2").arg(dir, tok.error()), ErrorCode::Invalid);
    m.tokenizer = tok.take();
    if (auto at = ckpt.readOptional(QStringLiteral("added_tokens.json"), kMaxTextFile); at && !at.value().isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(at.value()).object();
        m.tokenizer.setAddedTokens(o.keys());
    }
    if (m.tokenizer.size() > m.vocab)
        return R::failure(BertEncoder::tr("%1: vocab.txt has %2 entries but the model only %3 (vocab_size)").arg(dir).arg(m.tokenizer.size()).arg(m.vocab),
                          ErrorCode::Invalid);

    auto placed = choosePlacement(device, ckpt);
    if (!placed)
        return R::failure(placed.error(), placed.code());
    m.place = placed.value();
    Loader ld{ckpt, m.place, {}};
    QString prefix;
    if (ld.has(QStringLiteral("bert.embeddings.word_embeddings.weight")))
        prefix = QStringLiteral("bert.");
    else if (!ld.has(QStringLiteral("embeddings.word_embeddings.weight")))
        return R::failure(BertEncoder::tr("%1: the weights have no embeddings.word_embeddings.weight (with or without the bert. prefix)").arg(dir),
                          ErrorCode::Invalid);
    // LayerNorm weight/bias, or the legacy gamma/beta.
    auto norm = [&](const QString& base, Tensor& w, Tensor& b) {
        const bool legacy = !ld.has(base + QStringLiteral(".weight")) && ld.has(base + QStringLiteral(".gamma"));
        w = ld.get(base + (legacy ? QStringLiteral(".gamma") : QStringLiteral(".weight")), {m.hidden});
        b = ld.get(base + (legacy ? QStringLiteral(".beta") : QStringLiteral(".bias")), {m.hidden});
    };
    const QString e = prefix + QStringLiteral("embeddings.");
    m.wemb = ld.get(e + QStringLiteral("word_embeddings.weight"), {m.vocab, m.hidden});
    m.pemb = ld.get(e + QStringLiteral("position_embeddings.weight"), {m.positions, m.hidden});
    m.temb = ld.get(e + QStringLiteral("token_type_embeddings.weight"), {m.typeVocab, m.hidden});
    norm(e + QStringLiteral("LayerNorm"), m.elnw, m.elnb);
    for (qint64 i = 0; i < m.layersCount; ++i) {
        BertLayerWeights w;
        const QString p = prefix + QStringLiteral("encoder.layer.%1.").arg(i);
        const qint64 H = m.hidden, I = m.intermediate;
        w.qw = ld.get(p + QStringLiteral("attention.self.query.weight"), {H, H});
        w.qb = ld.get(p + QStringLiteral("attention.self.query.bias"), {H});
        w.kw = ld.get(p + QStringLiteral("attention.self.key.weight"), {H, H});
        w.kb = ld.get(p + QStringLiteral("attention.self.key.bias"), {H});
        w.vw = ld.get(p + QStringLiteral("attention.self.value.weight"), {H, H});
        w.vb = ld.get(p + QStringLiteral("attention.self.value.bias"), {H});
        w.aow = ld.get(p + QStringLiteral("attention.output.dense.weight"), {H, H});
        w.aob = ld.get(p + QStringLiteral("attention.output.dense.bias"), {H});
        norm(p + QStringLiteral("attention.output.LayerNorm"), w.ln1w, w.ln1b);
        w.iw = ld.get(p + QStringLiteral("intermediate.dense.weight"), {I, H});
        w.ib = ld.get(p + QStringLiteral("intermediate.dense.bias"), {I});
        w.ow = ld.get(p + QStringLiteral("output.dense.weight"), {H, I});
        w.ob = ld.get(p + QStringLiteral("output.dense.bias"), {H});
        norm(p + QStringLiteral("output.LayerNorm"), w.ln2w, w.ln2b);
        m.layers.push_back(std::move(w));
    }
    if (ld.has(prefix + QStringLiteral("pooler.dense.weight"))) {
        m.poolw = ld.get(prefix + QStringLiteral("pooler.dense.weight"), {m.hidden, m.hidden});
        m.poolb = ld.get(prefix + QStringLiteral("pooler.dense.bias"), {m.hidden});
    }
    if (ld.has(QStringLiteral("classifier.weight"))) {
        const SafetensorsFile::Entry* c = ckpt.find(QStringLiteral("classifier.weight"));
        const qint64 labels = c->shape.size() == 2 ? c->shape[0] : 0;
        if (labels < 1)
            return R::failure(BertEncoder::tr("%1: classifier.weight has shape %2, not [labels, %3]").arg(dir, shapeText(c->shape)).arg(m.hidden),
                              ErrorCode::Invalid);
        m.clsw = ld.get(QStringLiteral("classifier.weight"), {labels, m.hidden});
        m.clsb = ld.get(QStringLiteral("classifier.bias"), {labels});
        const QJsonObject id2label = ckpt.config().value(QStringLiteral("id2label")).toObject();
        for (qint64 i = 0; i < labels; ++i)
            m.labels << id2label.value(QString::number(i)).toString(QStringLiteral("LABEL_%1").arg(i));
        // Sentiment labels in any spelling the sentiment data accepts (正面, POSITIVE, 1 …).
        for (const QString& l : std::as_const(m.labels))
            m.sentimentLabels << normalizeLabel(l);
        if (m.sentimentLabels.contains(QString()) || m.sentimentLabels.removeDuplicates() > 0)
            m.sentimentLabels.clear();
    }
    if (!ld.error.isEmpty())
        return R::failure(ld.error, ErrorCode::Invalid);
    return enc;
}

Result<std::vector<EncoderOutput>> BertEncoder::classify(const QStringList& texts, int maxLength) const
{
    using R = Result<std::vector<EncoderOutput>>;
    if (!d->clsw.defined() || !d->poolw.defined())
        return R::failure(BertEncoder::tr("%1 has no classification head (classifier.weight and a pooler); fine-tune it on labelled texts first").arg(d->dir),
                          ErrorCode::Invalid);
    const int limit = maxLength > 0 ? int(std::min<qint64>(maxLength, d->positions)) : int(d->positions);
    configureThreads();
    torch::NoGradGuard guard;
    std::vector<EncoderOutput> out(size_t(texts.size()));
    constexpr int kBatch = 32;
    for (int start = 0; start < texts.size(); start += kBatch) {
        std::vector<std::vector<qint64>> rows;
        for (int i = start; i < std::min<int>(int(texts.size()), start + kBatch); ++i)
            rows.push_back(d->tokenizer.ids(texts.at(i), limit));
        auto [ids, mask] = d->batch(rows);
        const Tensor logits = d->logits(d->hiddenStates(ids, mask, false), false).to(torch::kCPU, torch::kFloat32);
        const Tensor probs = torch::softmax(logits, -1);
        for (size_t r = 0; r < rows.size(); ++r) {
            EncoderOutput& o = out[size_t(start) + r];
            o.ids = rows[r];
            o.logits = toVector(logits[int64_t(r)]);
            o.probabilities = toVector(probs[int64_t(r)]);
            o.labelIndex = int(std::max_element(o.logits.begin(), o.logits.end()) - o.logits.begin());
            o.label = d->labels.value(o.labelIndex);
        }
    }
    return out;
}

Result<std::vector<std::vector<float>>> BertEncoder::embed(const QStringList& texts, int maxLength) const
{
    const int limit = maxLength > 0 ? int(std::min<qint64>(maxLength, d->positions)) : int(d->positions);
    configureThreads();
    torch::NoGradGuard guard;
    std::vector<std::vector<qint64>> rows;
    for (const QString& t : texts)
        rows.push_back(d->tokenizer.ids(t, limit));
    auto [ids, mask] = d->batch(rows);
    const Tensor cls = d->hiddenStates(ids, mask, false).select(1, 0);
    std::vector<std::vector<float>> out;
    for (int64_t i = 0; i < cls.size(0); ++i)
        out.push_back(toVector(cls[i]));
    return out;
}

Result<std::vector<Prediction>> BertEncoder::answer(const QStringList& texts) const
{
    auto classified = classify(texts);
    if (!classified)
        return Result<std::vector<Prediction>>::failure(classified.error(), classified.code());
    if (d->sentimentLabels.isEmpty())
        return Result<std::vector<Prediction>>::failure(
            BertEncoder::tr("the model's labels (%1) are not sentiment labels (positive, neutral, negative)").arg(d->labels.join(QStringLiteral(", "))),
            ErrorCode::Invalid);
    std::vector<Prediction> out;
    for (const auto& o : classified.value())
        out.push_back(makePrediction(o.probabilities.data(), d->sentimentLabels, 0));
    return out;
}

QStringList BertEncoder::labels() const
{
    return d->sentimentLabels.isEmpty() ? d->labels : d->sentimentLabels;
}

QStringList BertEncoder::configLabels() const
{
    return d->labels;
}

QStringList BertEncoder::sentimentLabels() const
{
    return d->sentimentLabels;
}

QString BertEncoder::deviceName() const
{
    return d->place.device.is_cuda() ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

bool BertEncoder::hasClassifier() const
{
    return d->clsw.defined();
}

int BertEncoder::maxPositions() const
{
    return int(d->positions);
}

const WordPieceTokenizer& BertEncoder::tokenizer() const
{
    return d->tokenizer;
}

// ---------------------------------------------------------------------------------------------
// Fine-tuning

namespace {

struct Schedule
{
    double peak;
    int steps;
    int warmup;
    double at(int step) const // step counts from 0
    {
        if (warmup > 0 && step < warmup)
            return peak * double(step + 1) / double(warmup);
        const int rest = std::max(1, steps - warmup);
        return peak * std::max(0.0, double(steps - step) / double(rest));
    }
};

struct Run
{
    std::vector<EncoderCurvePoint> curve;
    double firstLoss = 0, lastLoss = 0;
};

// A fresh classification head for the label set; the encoder and pooler from the checkpoint.
Status attachHead(BertEncoder::Impl& m, const QStringList& labels, std::mt19937_64& rng)
{
    const double range = m.config.value(QStringLiteral("initializer_range")).toDouble(0.02);
    std::normal_distribution<float> normal(0.f, float(range));
    auto init = [&](std::vector<int64_t> shape) {
        Tensor t = torch::empty(shape, torch::kFloat32);
        float* p = t.data_ptr<float>();
        for (int64_t i = 0; i < t.numel(); ++i)
            p[i] = normal(rng);
        return t.to(m.place.device, m.place.dtype);
    };
    if (!m.poolw.defined()) {
        m.poolw = init({m.hidden, m.hidden});
        m.poolb = torch::zeros({m.hidden}, torch::TensorOptions().device(m.place.device).dtype(m.place.dtype));
    }
    m.clsw = init({int64_t(labels.size()), m.hidden});
    m.clsb = torch::zeros({int64_t(labels.size())}, torch::TensorOptions().device(m.place.device).dtype(m.place.dtype));
    m.labels = labels;
    return Status::success();
}

// New vocabulary entries: each embedding row starts as the mean of the pieces the original
// vocabulary splits the term into.
int addTerms(BertEncoder::Impl& m, const QStringList& terms, QStringList* issues)
{
    const WordPieceTokenizer before = m.tokenizer;
    const std::vector<qint64> ids = m.tokenizer.addTerms(terms, issues);
    if (ids.empty())
        return 0;
    torch::NoGradGuard guard;
    const int64_t grow = int64_t(m.tokenizer.size()) - m.vocab;
    if (grow > 0) {
        m.wemb = torch::cat({m.wemb, torch::zeros({grow, m.hidden}, m.wemb.options())}, 0);
        m.vocab += grow;
    }
    for (qint64 id : ids) {
        const QString term = m.tokenizer.vocabulary().at(int(id));
        std::vector<qint64> pieces = before.ids(term, 0);
        pieces.erase(pieces.begin()); // [CLS]
        pieces.pop_back();           // [SEP]
        if (pieces.empty())
            continue;
        const Tensor index = torch::tensor(std::vector<int64_t>(pieces.begin(), pieces.end()), torch::kLong).to(m.place.device);
        m.wemb[int64_t(id)].copy_(m.wemb.index_select(0, index).mean(0));
    }
    return int(ids.size());
}

Run trainRun(BertEncoder::Impl& m, const std::vector<std::vector<qint64>>& rows, const std::vector<int>& labels,
             const std::vector<size_t>& train, const std::vector<size_t>& validation, const EncoderTrainOptions& o, std::mt19937_64& rng,
             const std::function<bool(int step, double loss, const EncoderCurvePoint* point)>& onStep, bool* cancelled)
{
    Run run;
    std::vector<Tensor> params;
    std::vector<Tensor> decayed, plain;
    m.forEachParameter([&](const QString& name, Tensor& t) {
        t = t.detach().clone();
        t.set_requires_grad(true);
        params.push_back(t);
        (name.contains(QLatin1String("LayerNorm")) || name.endsWith(QLatin1String(".bias")) ? plain : decayed).push_back(t);
    });
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(decayed, std::make_unique<torch::optim::AdamWOptions>(o.learningRate));
    static_cast<torch::optim::AdamWOptions&>(groups.back().options()).weight_decay(o.weightDecay);
    groups.emplace_back(plain, std::make_unique<torch::optim::AdamWOptions>(o.learningRate));
    static_cast<torch::optim::AdamWOptions&>(groups.back().options()).weight_decay(0.0);
    torch::optim::AdamW optimizer(groups, torch::optim::AdamWOptions(o.learningRate).eps(1e-8));
    const Schedule schedule{o.learningRate, o.steps, int(std::lround(o.steps * o.warmup))};

    std::vector<size_t> order = train;
    size_t cursor = order.size();
    const int every = o.evalEvery > 0 ? std::max(1, o.steps / o.evalEvery) : std::max(1, o.steps / 10);
    const int tenth = std::max(1, o.steps / 10);
    double firstSum = 0, lastSum = 0;
    int firstN = 0, lastN = 0;
    double windowSum = 0;
    int windowN = 0;

    auto evaluate = [&](double* loss, double* accuracy) {
        torch::NoGradGuard guard;
        double total = 0;
        int correct = 0;
        for (size_t s = 0; s < validation.size(); s += 64) {
            std::vector<std::vector<qint64>> batch;
            std::vector<int64_t> y;
            for (size_t i = s; i < std::min(validation.size(), s + 64); ++i) {
                batch.push_back(rows[validation[i]]);
                y.push_back(labels[validation[i]]);
            }
            auto [ids, mask] = m.batch(batch);
            const Tensor logits = m.logits(m.hiddenStates(ids, mask, false), false).to(torch::kFloat32);
            const Tensor target = torch::tensor(y, torch::kLong).to(logits.device());
            total += torch::nn::functional::cross_entropy(logits, target,
                                                          torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                         .item<double>();
            correct += int(logits.argmax(1).eq(target).sum().item<int64_t>());
        }
        *loss = validation.empty() ? 0 : total / double(validation.size());
        *accuracy = validation.empty() ? 0 : double(correct) / double(validation.size());
    };

    for (int step = 0; step < o.steps; ++step) {
        std::vector<std::vector<qint64>> batch;
        std::vector<int64_t> y;
        while (int(batch.size()) < o.batch) {
            if (cursor >= order.size()) {
                std::shuffle(order.begin(), order.end(), rng);
                cursor = 0;
            }
            batch.push_back(rows[order[cursor]]);
            y.push_back(labels[order[cursor]]);
            ++cursor;
        }
        for (auto& g : optimizer.param_groups())
            static_cast<torch::optim::AdamWOptions&>(g.options()).lr(schedule.at(step));
        auto [ids, mask] = m.batch(batch);
        const Tensor logits = m.logits(m.hiddenStates(ids, mask, true), true).to(torch::kFloat32);
        const Tensor loss = torch::nn::functional::cross_entropy(logits, torch::tensor(y, torch::kLong).to(logits.device()));
        optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(params, 1.0);
        optimizer.step();
        const double l = loss.item<double>();
        if (step < tenth) {
            firstSum += l;
            ++firstN;
        }
        if (step >= o.steps - tenth) {
            lastSum += l;
            ++lastN;
        }
        windowSum += l;
        ++windowN;
        const EncoderCurvePoint* recorded = nullptr;
        if ((step + 1) % every == 0 || step + 1 == o.steps) {
            EncoderCurvePoint p;
            p.step = step + 1;
            p.trainLoss = windowSum / std::max(1, windowN);
            windowSum = 0;
            windowN = 0;
            if (!validation.empty())
                evaluate(&p.validationLoss, &p.validationAccuracy);
            run.curve.push_back(p);
            recorded = &run.curve.back();
        }
        if (onStep && !onStep(step + 1, l, recorded)) {
            *cancelled = true;
            break;
        }
    }
    run.firstLoss = firstN ? firstSum / firstN : 0;
    run.lastLoss = lastN ? lastSum / lastN : 0;
    // Back to plain tensors for inference and saving.
    m.forEachParameter([](const QString&, Tensor& t) { t = t.detach(); });
    return run;
}

std::vector<int> predictRows(BertEncoder::Impl& m, const std::vector<std::vector<qint64>>& rows, const std::vector<size_t>& which)
{
    torch::NoGradGuard guard;
    std::vector<int> out;
    for (size_t s = 0; s < which.size(); s += 64) {
        std::vector<std::vector<qint64>> batch;
        for (size_t i = s; i < std::min(which.size(), s + 64); ++i)
            batch.push_back(rows[which[i]]);
        auto [ids, mask] = m.batch(batch);
        const Tensor pred = m.logits(m.hiddenStates(ids, mask, false), false).argmax(1).to(torch::kCPU);
        for (int64_t i = 0; i < pred.size(0); ++i)
            out.push_back(int(pred[i].item<int64_t>()));
    }
    return out;
}

Status saveFolder(BertEncoder::Impl& m, const QString& outDir)
{
    QDir dir(outDir);
    if (!dir.exists() && !QDir().mkpath(outDir))
        return Status::failure(BertEncoder::tr("cannot create the folder %1").arg(outDir), ErrorCode::Io);
    SafetensorsWriter w;
    w.setMetadata(QStringLiteral("format"), QStringLiteral("pt"));
    m.forEachParameter([&](const QString& name, Tensor& t) {
        const Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        std::vector<qint64> shape(c.sizes().begin(), c.sizes().end());
        w.addF32(name, shape, std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
    });
    if (auto st = w.write(dir.filePath(QStringLiteral("model.safetensors"))); !st)
        return st;
    QJsonObject config = m.config;
    QJsonObject id2label, label2id;
    for (int i = 0; i < m.labels.size(); ++i) {
        id2label.insert(QString::number(i), m.labels.at(i));
        label2id.insert(m.labels.at(i), i);
    }
    config.insert(QStringLiteral("id2label"), id2label);
    config.insert(QStringLiteral("label2id"), label2id);
    config.insert(QStringLiteral("vocab_size"), double(m.vocab));
    config.insert(QStringLiteral("architectures"), QJsonArray{QStringLiteral("BertForSequenceClassification")});
    config.insert(QStringLiteral("torch_dtype"), QStringLiteral("float32"));
    if (auto st = OutputFile::write(dir.filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson()); !st)
        return st;
    const QByteArray vocab = m.tokenizer.vocabulary().join(QLatin1Char('\n')).toUtf8() + '\n';
    if (auto st = OutputFile::write(dir.filePath(QStringLiteral("vocab.txt")), vocab); !st)
        return st;
    const QJsonObject tc{{QStringLiteral("do_lower_case"), m.tokenizer.lowerCase()},
                         {QStringLiteral("tokenizer_class"), QStringLiteral("BertTokenizer")},
                         {QStringLiteral("model_max_length"), double(m.positions)}};
    if (auto st = OutputFile::write(dir.filePath(QStringLiteral("tokenizer_config.json")), QJsonDocument(tc).toJson()); !st)
        return st;
    const QString addedPath = dir.filePath(QStringLiteral("added_tokens.json"));
    if (!m.tokenizer.addedTokens().isEmpty()) {
        QJsonObject added;
        for (const QString& t : m.tokenizer.addedTokens())
            added.insert(t, double(m.tokenizer.tokenId(t)));
        if (auto st = OutputFile::write(addedPath, QJsonDocument(added).toJson()); !st)
            return st;
    } else if (QFileInfo::exists(addedPath)) {
        QFile::remove(addedPath);
    }
    return Status::success();
}

double mean(const std::vector<double>& v)
{
    return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double sd(const std::vector<double>& v)
{
    if (v.size() < 2)
        return 0;
    const double m = mean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

} // namespace

Result<EncoderTrainReport> fineTuneEncoder(const Dataset& data, const EncoderTrainOptions& o,
                                           const std::function<bool(const EncoderTrainProgress&)>& progress)
{
    using R = Result<EncoderTrainReport>;
    if (o.folds != 0 && (o.folds < 2 || o.folds > 20))
        return R::failure(BertEncoder::tr("folds must be between 2 and 20, or 0 for no cross-validation"), ErrorCode::Invalid);
    if (o.steps < 1 || o.steps > 1000000 || o.batch < 1 || o.batch > 4096 || o.maxLength < 3 || !(o.learningRate > 0 && o.learningRate < 1))
        return R::failure(BertEncoder::tr("steps, batch, max length and learning rate must be positive (and the rate below 1)"), ErrorCode::Invalid);
    if (data.labels.size() < 2)
        return R::failure(BertEncoder::tr("the training data needs at least two labels"), ErrorCode::Invalid);
    if (auto st = OutputFile::checkPath(o.outDir + QStringLiteral("/config.json")); !st)
        return R::failure(st.error(), st.code());
    QElapsedTimer clock;
    clock.start();
    configureThreads();
    auto pretrained = BertEncoder::load(o.modelDir, o.device);
    if (!pretrained)
        return R::failure(pretrained.error(), pretrained.code());
    BertEncoder::Impl base = pretrained.value()->impl(); // tensors are shared until a run clones them
    if (base.place.dtype != torch::kFloat32) {
        // Training keeps float32 weights (AdamW on half weights loses the small updates).
        base.place.dtype = torch::kFloat32;
        base.forEachParameter([](const QString&, Tensor& t) { t = t.to(torch::kFloat32); });
    }
    EncoderTrainReport report;
    report.labels = data.labels;
    report.addedTerms = addTerms(base, o.terms, &report.termIssues);
    const int limit = int(std::min<qint64>(o.maxLength, base.positions));
    std::vector<std::vector<qint64>> rows;
    std::vector<int> labels;
    for (const auto& r : data.rows) {
        rows.push_back(base.tokenizer.ids(r.text, limit));
        labels.push_back(r.label);
    }
    std::mt19937_64 rng(o.seed);
    torch::manual_seed(o.seed); // dropout draws from torch's generator: the same seed, the same model
    const int totalRuns = (o.folds > 0 ? o.folds : 0) + 1;
    bool cancelled = false;
    auto stepper = [&](int fold) {
        return [&, fold](int step, double loss, const EncoderCurvePoint* point) {
            if (!progress)
                return true;
            EncoderTrainProgress p;
            p.point = point;
            p.fold = fold;
            p.folds = o.folds;
            p.step = step;
            p.steps = o.steps;
            p.loss = loss;
            p.fraction = (double(fold - 1) * o.steps + step) / (double(totalRuns) * o.steps);
            return progress(p);
        };
    };
    std::vector<int> oofTruth, oofPredicted;
    if (o.folds > 0) {
        const std::vector<int> fold = stratifiedFolds(labels, o.folds, o.seed);
        std::vector<double> acc, f1;
        for (int k = 0; k < o.folds; ++k) {
            std::vector<size_t> train, validation;
            for (size_t i = 0; i < rows.size(); ++i)
                (fold[i] == k ? validation : train).push_back(i);
            if (train.empty() || validation.empty())
                return R::failure(BertEncoder::tr("too few rows for %1 folds").arg(o.folds), ErrorCode::Invalid);
            BertEncoder::Impl m = base;
            attachHead(m, data.labels, rng);
            const Run run = trainRun(m, rows, labels, train, validation, o, rng, stepper(k + 1), &cancelled);
            if (cancelled)
                return R::failure(BertEncoder::tr("cancelled"), ErrorCode::Failed);
            std::vector<int> truth;
            for (size_t i : validation)
                truth.push_back(labels[i]);
            EncoderFoldReport f;
            f.fold = k + 1;
            f.trainRows = int(train.size());
            f.validationRows = int(validation.size());
            const std::vector<int> predicted = predictRows(m, rows, validation);
            f.evaluation = Evaluation::compute(int(data.labels.size()), truth, predicted);
            oofTruth.insert(oofTruth.end(), truth.begin(), truth.end());
            oofPredicted.insert(oofPredicted.end(), predicted.begin(), predicted.end());
            f.curve = run.curve;
            acc.push_back(f.evaluation.accuracy);
            f1.push_back(f.evaluation.macroF1);
            report.folds.push_back(std::move(f));
        }
        report.meanAccuracy = mean(acc);
        report.stdAccuracy = sd(acc);
        report.meanMacroF1 = mean(f1);
        report.stdMacroF1 = sd(f1);
        report.outOfFold = Evaluation::compute(int(data.labels.size()), oofTruth, oofPredicted);
    }
    std::vector<size_t> all(rows.size());
    std::iota(all.begin(), all.end(), size_t(0));
    BertEncoder::Impl m = base;
    attachHead(m, data.labels, rng);
    const Run run = trainRun(m, rows, labels, all, {}, o, rng, stepper(totalRuns), &cancelled);
    if (cancelled)
        return R::failure(BertEncoder::tr("cancelled"), ErrorCode::Failed);
    report.finalCurve = run.curve;
    report.firstLoss = run.firstLoss;
    report.lastLoss = run.lastLoss;
    if (auto st = saveFolder(m, o.outDir); !st)
        return R::failure(st.error(), st.code());
    report.trainSeconds = double(clock.elapsed()) / 1000.0;
    // The figures the registry shows, kept with the model.
    QJsonObject counts;
    const auto perLabel = data.counts();
    for (int i = 0; i < data.labels.size(); ++i)
        counts.insert(data.labels.at(i), perLabel[size_t(i)]);
    QJsonObject training{{QStringLiteral("rows"), int(data.rows.size())},
                         {QStringLiteral("steps"), o.steps},
                         {QStringLiteral("learning_rate"), o.learningRate},
                         {QStringLiteral("batch"), o.batch},
                         {QStringLiteral("max_length"), o.maxLength},
                         {QStringLiteral("label_counts"), counts},
                         {QStringLiteral("data_sha256"), data.sha256},
                         {QStringLiteral("train_seconds"), report.trainSeconds},
                         {QStringLiteral("trained_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("base_model"), QFileInfo(o.modelDir).fileName()}};
    if (!report.folds.empty()) {
        training.insert(QStringLiteral("folds"), int(report.folds.size()));
        training.insert(QStringLiteral("mean_accuracy"), report.meanAccuracy);
        training.insert(QStringLiteral("std_accuracy"), report.stdAccuracy);
        training.insert(QStringLiteral("mean_macro_f1"), report.meanMacroF1);
        training.insert(QStringLiteral("std_macro_f1"), report.stdMacroF1);
        training.insert(QStringLiteral("out_of_fold"), report.outOfFold.toJson(data.labels));
    }
    if (auto st = OutputFile::write(QDir(o.outDir).filePath(QStringLiteral("lingxi_training.json")), QJsonDocument(training).toJson()); !st)
        return R::failure(st.error(), st.code());
    return report;
}

Result<double> measureEncoderStep(const QString& modelDir, int batch, int maxLength, const QString& device)
{
    configureThreads();
    auto loaded = BertEncoder::load(modelDir, device);
    if (!loaded)
        return Result<double>::failure(loaded.error(), loaded.code());
    BertEncoder::Impl m = loaded.value()->impl();
    std::mt19937_64 rng(7);
    attachHead(m, {QStringLiteral("negative"), QStringLiteral("positive")}, rng);
    std::uniform_int_distribution<qint64> pick(1000 % m.vocab, m.vocab - 1);
    std::vector<std::vector<qint64>> rows;
    std::vector<int> labels;
    for (int i = 0; i < batch; ++i) {
        std::vector<qint64> r(static_cast<size_t>(maxLength), 0);
        for (auto& id : r)
            id = pick(rng);
        rows.push_back(r);
        labels.push_back(i % 2);
    }
    std::vector<size_t> train(rows.size());
    std::iota(train.begin(), train.end(), size_t(0));
    EncoderTrainOptions o;
    o.batch = batch;
    o.steps = 1;
    bool cancelled = false;
    (void)trainRun(m, rows, labels, train, {}, o, rng, {}, &cancelled); // warm-up
    QElapsedTimer t;
    t.start();
    (void)trainRun(m, rows, labels, train, {}, o, rng, {}, &cancelled);
    return double(t.nsecsElapsed()) / 1e9;
}

Result<EncoderInfo> describeEncoder(const QString& dir)
{
    auto opened = HfCheckpoint::open(dir);
    if (!opened)
        return Result<EncoderInfo>::failure(opened.error(), opened.code());
    const HfCheckpoint& c = *opened.value();
    EncoderInfo info;
    info.modelType = c.modelType();
    if (info.modelType != QLatin1String("bert"))
        return Result<EncoderInfo>::failure(
            BertEncoder::tr("%1 is a '%2' model; the encoder reads BERT-family checkpoints (model_type bert)").arg(dir, excerpt(info.modelType)),
            ErrorCode::Invalid);
    info.layers = int(c.configInt(QStringLiteral("num_hidden_layers"), 0));
    info.hidden = int(c.configInt(QStringLiteral("hidden_size"), 0));
    info.heads = int(c.configInt(QStringLiteral("num_attention_heads"), 0));
    info.vocabulary = int(c.configInt(QStringLiteral("vocab_size"), 0));
    info.positions = int(c.configInt(QStringLiteral("max_position_embeddings"), 0));
    for (const QString& name : c.names()) {
        if (const auto* e = c.find(name))
            info.parameters += e->elements();
    }
    if (const auto* head = c.find(QStringLiteral("classifier.weight")); head && head->shape.size() == 2) {
        info.classifier = true;
        const QJsonObject id2label = c.config().value(QStringLiteral("id2label")).toObject();
        for (qint64 i = 0; i < head->shape[0]; ++i)
            info.labels << id2label.value(QString::number(i)).toString(QStringLiteral("LABEL_%1").arg(i));
    }
    return info;
}

// ---------------------------------------------------------------------------------------------
// Qwen2

struct QwenLayerWeights
{
    Tensor inw, qw, qb, kw, kb, vw, vb, ow, postw, gw, uw, dw;
};

struct Qwen2Decoder::Impl
{
    BpeTokenizer tokenizer;
    QString dir;
    qint64 hidden = 0, heads = 0, kvHeads = 0, headDim = 0, layersCount = 0, intermediate = 0, vocab = 0;
    double eps = 1e-6, theta = 10000.0;
    Tensor embed, norm, lmHead, invFreq;
    std::vector<QwenLayerWeights> layers;
    QString defaultSystem;
    bool hasChatTokens = false;
    std::set<qint64> eos;
    qint64 imEnd = -1;
    Placement place;

    struct Cache
    {
        std::vector<Tensor> k, v;
        int64_t length = 0;
    };

    Tensor rms(const Tensor& x, const Tensor& w) const
    {
        const Tensor xf = x.to(torch::kFloat32);
        const Tensor y = xf * torch::rsqrt(xf.pow(2).mean(-1, true) + eps);
        return w * y.to(x.scalar_type());
    }

    static Tensor rotateHalf(const Tensor& x)
    {
        const int64_t half = x.size(-1) / 2;
        return torch::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
    }

    // Logits for the last position (or every position) of ids placed at `start`, extending cache.
    Tensor forward(const std::vector<qint64>& ids, Cache* cache, bool lastOnly) const
    {
        const int64_t n = int64_t(ids.size());
        const int64_t start = cache ? cache->length : 0;
        const auto longOpts = torch::TensorOptions().dtype(torch::kLong).device(place.device);
        const Tensor tokens = torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kLong).to(place.device);
        Tensor x = embed.index_select(0, tokens).unsqueeze(0); // [1, n, H]
        const Tensor pos = torch::arange(start, start + n, longOpts).to(torch::kFloat32);
        const Tensor freqs = torch::outer(pos, invFreq);
        const Tensor emb = torch::cat({freqs, freqs}, -1);
        const Tensor cos = emb.cos().to(x.scalar_type()).unsqueeze(0).unsqueeze(0); // [1, 1, n, hd]
        const Tensor sin = emb.sin().to(x.scalar_type()).unsqueeze(0).unsqueeze(0);
        const int64_t total = start + n;
        Tensor mask;
        if (n > 1) {
            const Tensor qpos = torch::arange(start, start + n, longOpts).unsqueeze(1);
            const Tensor kpos = torch::arange(0, total, longOpts).unsqueeze(0);
            mask = torch::zeros({n, total}, torch::TensorOptions().dtype(torch::kFloat32).device(place.device))
                       .masked_fill(kpos > qpos, std::numeric_limits<float>::lowest());
        }
        const double scale = 1.0 / std::sqrt(double(headDim));
        const int64_t groups = heads / kvHeads;
        for (size_t li = 0; li < layers.size(); ++li) {
            const auto& w = layers[li];
            const Tensor h = rms(x, w.inw);
            Tensor q = torch::linear(h, w.qw, w.qb).view({1, n, heads, headDim}).transpose(1, 2);
            Tensor k = torch::linear(h, w.kw, w.kb).view({1, n, kvHeads, headDim}).transpose(1, 2);
            Tensor v = torch::linear(h, w.vw, w.vb).view({1, n, kvHeads, headDim}).transpose(1, 2);
            q = q * cos + rotateHalf(q) * sin;
            k = k * cos + rotateHalf(k) * sin;
            if (cache) {
                if (cache->k.size() <= li) {
                    cache->k.push_back(k);
                    cache->v.push_back(v);
                } else {
                    cache->k[li] = torch::cat({cache->k[li], k}, 2);
                    cache->v[li] = torch::cat({cache->v[li], v}, 2);
                }
                k = cache->k[li];
                v = cache->v[li];
            }
            // Grouped-query attention without copying keys and values: the query heads that share
            // a key/value head (head h uses h / groups) are stacked as extra query rows.
            const Tensor qg = q.reshape({1, kvHeads, groups * n, headDim});
            Tensor attn;
#if defined(TORCH_VERSION_MAJOR) && TORCH_VERSION_MAJOR >= 2
            if (place.device.is_cuda()) {
                const Tensor m = mask.defined() ? mask.repeat({groups, 1}).to(q.scalar_type()) : Tensor();
                attn = at::scaled_dot_product_attention(qg, k, v, m, 0.0, false);
            } else
#endif
            {
                Tensor scores = torch::matmul(qg, k.transpose(-1, -2)).to(torch::kFloat32) * scale; // [1, kv, groups*n, total]
                if (mask.defined())
                    scores = scores + mask.repeat({groups, 1});
                attn = torch::matmul(torch::softmax(scores, -1).to(q.scalar_type()), v);
            }
            attn = attn.reshape({1, heads, n, headDim});
            attn = attn.transpose(1, 2).reshape({1, n, heads * headDim});
            x = x + torch::linear(attn, w.ow);
            const Tensor h2 = rms(x, w.postw);
            x = x + torch::linear(torch::silu(torch::linear(h2, w.gw)) * torch::linear(h2, w.uw), w.dw);
        }
        if (cache)
            cache->length = total;
        Tensor last = lastOnly ? x.select(1, n - 1) : x.squeeze(0);
        return torch::linear(rms(last, norm), lmHead).to(torch::kFloat32);
    }
};

Qwen2Decoder::Qwen2Decoder() : d(std::make_unique<Impl>()) {}
Qwen2Decoder::~Qwen2Decoder() = default;

Result<std::shared_ptr<Qwen2Decoder>> Qwen2Decoder::load(const QString& dir, const QString& device)
{
    using R = Result<std::shared_ptr<Qwen2Decoder>>;
    auto opened = HfCheckpoint::open(dir);
    if (!opened)
        return R::failure(opened.error(), opened.code());
    const HfCheckpoint& ckpt = *opened.value();
    const QString type = ckpt.modelType();
    if (type != QLatin1String("qwen2"))
        return R::failure(Qwen2Decoder::tr("%1 is a '%2' model; the decoder reads Qwen2-family checkpoints (model_type qwen2)").arg(dir, excerpt(type)),
                          ErrorCode::Invalid);
    std::shared_ptr<Qwen2Decoder> dec(new Qwen2Decoder());
    Impl& m = *dec->d;
    m.dir = ckpt.dir();
    if (auto st = ckpt.requireInts({"hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "vocab_size"}); !st)
        return R(st);
    m.hidden = ckpt.configInt(QStringLiteral("hidden_size")).value();
    m.layersCount = ckpt.configInt(QStringLiteral("num_hidden_layers")).value();
    m.heads = ckpt.configInt(QStringLiteral("num_attention_heads")).value();
    m.kvHeads = ckpt.configInt(QStringLiteral("num_key_value_heads"), m.heads);
    m.intermediate = ckpt.configInt(QStringLiteral("intermediate_size")).value();
    m.vocab = ckpt.configInt(QStringLiteral("vocab_size")).value();
    m.headDim = ckpt.configInt(QStringLiteral("head_dim"), m.hidden / m.heads);
    m.eps = ckpt.configDouble(QStringLiteral("rms_norm_eps"), 1e-6);
    m.theta = ckpt.configDouble(QStringLiteral("rope_theta"), 10000.0);
    const QString act = ckpt.config().value(QStringLiteral("hidden_act")).toString(QStringLiteral("silu"));
    if (act != QLatin1String("silu"))
        return R::failure(Qwen2Decoder::tr("%1/config.json: the activation '%2' is not supported (silu is)").arg(dir, excerpt(act)), ErrorCode::Invalid);
    if (m.heads % m.kvHeads != 0 || m.headDim % 2 != 0)
        return R::failure(Qwen2Decoder::tr("%1/config.json: %2 attention heads do not divide into %3 key/value heads of an even size")
                              .arg(dir)
                              .arg(m.heads)
                              .arg(m.kvHeads),
                          ErrorCode::Invalid);
    const QJsonValue scaling = ckpt.config().value(QStringLiteral("rope_scaling"));
    if (scaling.isObject() && !scaling.toObject().isEmpty()) {
        const QString kind = scaling.toObject().value(QStringLiteral("type")).toString(
            scaling.toObject().value(QStringLiteral("rope_type")).toString());
        if (kind != QLatin1String("default"))
            return R::failure(Qwen2Decoder::tr("%1/config.json: rope_scaling '%2' is not supported").arg(dir, excerpt(kind)), ErrorCode::Invalid);
    }

    auto tj = ckpt.readOptional(QStringLiteral("tokenizer.json"), kMaxTextFile);
    if (!tj)
        return R::failure(tj.error(), tj.code());
    if (tj.value().isEmpty())
        return R::failure(Qwen2Decoder::tr("%1 has no tokenizer.json").arg(dir), ErrorCode::NotFound);
    auto tok = BpeTokenizer::fromJson(tj.value());
    if (!tok)
        return R::failure(Qwen2Decoder::tr("%1/%2").arg(dir, tok.error()), tok.code());
    m.tokenizer = tok.take();
    if (m.tokenizer.size() > m.vocab)
        return R::failure(Qwen2Decoder::tr("%1: the tokenizer has %2 ids but the model only %3 (vocab_size)").arg(dir).arg(m.tokenizer.size()).arg(m.vocab),
                          ErrorCode::Invalid);
    // The chat template's default system turn (Qwen2.5 names itself, Qwen2 does not).
    if (auto tc = ckpt.readOptional(QStringLiteral("tokenizer_config.json"), kMaxTextFile); tc && !tc.value().isEmpty()) {
        const QString tmpl = QJsonDocument::fromJson(tc.value()).object().value(QStringLiteral("chat_template")).toString();
        for (const char* s : {"You are Qwen, created by Alibaba Cloud. You are a helpful assistant.", "You are a helpful assistant."}) {
            if (tmpl.contains(QLatin1String(s))) {
                m.defaultSystem = QString::fromLatin1(s);
                break;
            }
        }
    }
    m.imEnd = m.tokenizer.tokenId(QStringLiteral("<|im_end|>"));
    m.hasChatTokens = m.imEnd >= 0 && m.tokenizer.tokenId(QStringLiteral("<|im_start|>")) >= 0;
    auto addEos = [&](const QJsonValue& v) {
        if (v.isDouble())
            m.eos.insert(qint64(v.toDouble()));
        for (const QJsonValue& e : v.toArray())
            m.eos.insert(qint64(e.toDouble()));
    };
    if (auto gc = ckpt.readOptional(QStringLiteral("generation_config.json"), kMaxTextFile); gc && !gc.value().isEmpty())
        addEos(QJsonDocument::fromJson(gc.value()).object().value(QStringLiteral("eos_token_id")));
    if (m.eos.empty())
        addEos(ckpt.config().value(QStringLiteral("eos_token_id")));

    auto placed = choosePlacement(device, ckpt);
    if (!placed)
        return R::failure(placed.error(), placed.code());
    m.place = placed.value();
    Loader ld{ckpt, m.place, {}};
    const qint64 H = m.hidden, I = m.intermediate, Q = m.heads * m.headDim, KV = m.kvHeads * m.headDim;
    m.embed = ld.get(QStringLiteral("model.embed_tokens.weight"), {m.vocab, H});
    for (qint64 i = 0; i < m.layersCount; ++i) {
        QwenLayerWeights w;
        const QString p = QStringLiteral("model.layers.%1.").arg(i);
        w.inw = ld.get(p + QStringLiteral("input_layernorm.weight"), {H});
        w.qw = ld.get(p + QStringLiteral("self_attn.q_proj.weight"), {Q, H});
        w.qb = ld.get(p + QStringLiteral("self_attn.q_proj.bias"), {Q});
        w.kw = ld.get(p + QStringLiteral("self_attn.k_proj.weight"), {KV, H});
        w.kb = ld.get(p + QStringLiteral("self_attn.k_proj.bias"), {KV});
        w.vw = ld.get(p + QStringLiteral("self_attn.v_proj.weight"), {KV, H});
        w.vb = ld.get(p + QStringLiteral("self_attn.v_proj.bias"), {KV});
        w.ow = ld.get(p + QStringLiteral("self_attn.o_proj.weight"), {H, Q});
        w.postw = ld.get(p + QStringLiteral("post_attention_layernorm.weight"), {H});
        w.gw = ld.get(p + QStringLiteral("mlp.gate_proj.weight"), {I, H});
        w.uw = ld.get(p + QStringLiteral("mlp.up_proj.weight"), {I, H});
        w.dw = ld.get(p + QStringLiteral("mlp.down_proj.weight"), {H, I});
        m.layers.push_back(std::move(w));
    }
    m.norm = ld.get(QStringLiteral("model.norm.weight"), {H});
    const bool tied = ckpt.config().value(QStringLiteral("tie_word_embeddings")).toBool(false);
    if (ld.has(QStringLiteral("lm_head.weight")))
        m.lmHead = ld.get(QStringLiteral("lm_head.weight"), {m.vocab, H});
    else if (tied)
        m.lmHead = m.embed;
    else if (ld.error.isEmpty())
        ld.error = Qwen2Decoder::tr("%1: the weights have no lm_head.weight and config.json does not tie it to the embeddings").arg(dir);
    if (!ld.error.isEmpty())
        return R::failure(ld.error, ErrorCode::Invalid);
    // Rotary frequencies as Hugging Face computes them: in float32, theta^(2i/d).
    const Tensor exponents = torch::arange(int64_t(0), int64_t(m.headDim), int64_t(2), torch::kLong).to(torch::kFloat32) / double(m.headDim);
    m.invFreq = (1.0 / torch::pow(torch::tensor(float(m.theta)), exponents)).to(m.place.device);
    return dec;
}

const BpeTokenizer& Qwen2Decoder::tokenizer() const
{
    return d->tokenizer;
}

QString Qwen2Decoder::chatPrompt(const QString& user, const QString& system) const
{
    const QString sys = system.isEmpty() ? d->defaultSystem : system;
    QString out;
    if (!sys.isEmpty())
        out += QStringLiteral("<|im_start|>system\n") + sys + QStringLiteral("<|im_end|>\n");
    out += QStringLiteral("<|im_start|>user\n") + user + QStringLiteral("<|im_end|>\n<|im_start|>assistant\n");
    return out;
}

qint64 Qwen2Decoder::vocabSize() const
{
    return d->vocab;
}

QString Qwen2Decoder::deviceName() const
{
    return d->place.device.is_cuda() ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

Result<std::vector<float>> Qwen2Decoder::lastLogits(const std::vector<qint64>& ids) const
{
    if (ids.empty())
        return Result<std::vector<float>>::failure(Qwen2Decoder::tr("the prompt has no tokens"), ErrorCode::Invalid);
    for (qint64 id : ids) {
        if (id < 0 || id >= d->vocab)
            return Result<std::vector<float>>::failure(Qwen2Decoder::tr("token id %1 is outside the vocabulary").arg(id), ErrorCode::Invalid);
    }
    configureThreads();
    torch::NoGradGuard guard;
    return toVector(d->forward(ids, nullptr, true));
}

Result<GenerateResult> Qwen2Decoder::generate(const std::vector<qint64>& prompt, const GenerateOptions& o) const
{
    using R = Result<GenerateResult>;
    if (prompt.empty())
        return R::failure(Qwen2Decoder::tr("the prompt has no tokens"), ErrorCode::Invalid);
    for (qint64 id : prompt) {
        if (id < 0 || id >= d->vocab)
            return R::failure(Qwen2Decoder::tr("token id %1 is outside the vocabulary").arg(id), ErrorCode::Invalid);
    }
    if (o.maxNewTokens < 0 || (!o.greedy && !(o.temperature > 0)) || o.topP <= 0 || o.topP > 1 || o.repetitionPenalty <= 0)
        return R::failure(Qwen2Decoder::tr("sampling needs a positive temperature, top-p in (0, 1] and a positive repetition penalty"), ErrorCode::Invalid);
    configureThreads();
    torch::NoGradGuard guard;
    std::mt19937_64 rng(o.seed);
    GenerateResult r;
    Impl::Cache cache;
    std::vector<qint64> all = prompt;
    std::set<qint64> stops = d->eos;
    // A chat turn ends at <|im_end|>, whatever the generation config names.
    const qint64 imStart = d->tokenizer.tokenId(QStringLiteral("<|im_start|>"));
    if (d->imEnd >= 0 && imStart >= 0 && std::find(prompt.begin(), prompt.end(), imStart) != prompt.end())
        stops.insert(d->imEnd);
    QElapsedTimer clock;
    clock.start();
    Tensor logits = d->forward(prompt, o.useCache ? &cache : nullptr, true);
    int emitted = 0; // characters of text already handed to onText
    r.stopReason = QStringLiteral("max_tokens");
    for (int step = 0; step < o.maxNewTokens; ++step) {
        std::vector<float> scores = toVector(logits);
        const int64_t V = int64_t(scores.size());
        if (o.repetitionPenalty != 1.0) {
            for (qint64 id : std::set<qint64>(all.begin(), all.end())) {
                if (id < 0 || id >= V)
                    continue;
                float& v = scores[size_t(id)];
                v = v < 0 ? float(v * o.repetitionPenalty) : float(v / o.repetitionPenalty);
            }
        }
        qint64 next = 0;
        if (o.greedy) {
            next = std::max_element(scores.begin(), scores.end()) - scores.begin();
        } else {
            // Temperature, then top-k, then top-p (the smallest set reaching p), then a draw.
            std::vector<int64_t> order(static_cast<size_t>(V), 0);
            std::iota(order.begin(), order.end(), int64_t(0));
            int64_t keep = V;
            if (o.topK > 0 && o.topK < V) {
                std::partial_sort(order.begin(), order.begin() + o.topK, order.end(),
                                  [&](int64_t a, int64_t b) { return scores[size_t(a)] > scores[size_t(b)]; });
                keep = o.topK;
            } else {
                std::sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return scores[size_t(a)] > scores[size_t(b)]; });
            }
            const double top = double(scores[size_t(order[0])]) / o.temperature;
            std::vector<double> p(static_cast<size_t>(keep), 0.0);
            double sum = 0;
            for (int64_t i = 0; i < keep; ++i) {
                p[size_t(i)] = std::exp(double(scores[size_t(order[size_t(i)])]) / o.temperature - top);
                sum += p[size_t(i)];
            }
            int64_t cut = keep;
            if (o.topP < 1.0) {
                double acc = 0;
                for (int64_t i = 0; i < keep; ++i) {
                    if (acc / sum >= o.topP) {
                        cut = i;
                        break;
                    }
                    acc += p[size_t(i)];
                }
            }
            double mass = 0;
            for (int64_t i = 0; i < cut; ++i)
                mass += p[size_t(i)];
            std::uniform_real_distribution<double> u(0.0, mass);
            const double target = u(rng);
            double acc = 0;
            next = order[size_t(cut - 1)];
            for (int64_t i = 0; i < cut; ++i) {
                acc += p[size_t(i)];
                if (acc >= target) {
                    next = order[size_t(i)];
                    break;
                }
            }
        }
        if (step == 0)
            r.secondsToFirstToken = double(clock.nsecsElapsed()) / 1e9;
        r.ids.push_back(next);
        all.push_back(next);
        if (stops.count(next)) {
            r.stopReason = QStringLiteral("eos");
            break;
        }
        const QString text = d->tokenizer.decode(r.ids, true);
        bool stopString = false;
        for (const QString& stop : o.stopStrings) {
            const qsizetype at = stop.isEmpty() ? -1 : text.indexOf(stop);
            if (at >= 0) {
                r.text = text.left(at);
                stopString = true;
                break;
            }
        }
        if (!stopString)
            r.text = text;
        // Hand over what is complete: not a trailing half of a UTF-8 character.
        if (o.onText) {
            qsizetype ready = r.text.size();
            if (!stopString && ready > 0 && r.text.at(ready - 1) == QChar(0xFFFD))
                --ready;
            if (ready > emitted) {
                if (!o.onText(r.text.mid(emitted, ready - emitted))) {
                    r.cancelled = true;
                    r.stopReason = QStringLiteral("cancelled");
                    break;
                }
                emitted = int(ready);
            }
        }
        if (stopString) {
            r.stopReason = QStringLiteral("stop_string");
            break;
        }
        if (step + 1 < o.maxNewTokens)
            logits = o.useCache ? d->forward({next}, &cache, true) : d->forward(all, nullptr, true);
    }
    if (r.stopReason == QLatin1String("eos") || r.stopReason == QLatin1String("max_tokens"))
        r.text = d->tokenizer.decode(r.ids, true);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    r.tokensPerSecond = seconds > 0 ? double(r.ids.size()) / seconds : 0;
    return r;
}

} // namespace lx::inference
