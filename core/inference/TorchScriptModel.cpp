// With SentimentModel.cpp, the only place that includes torch.
#include "inference/TorchScriptModel.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include "inference/ModelFile.h"
#include "inference/SentimentData.h"
#include "inference/SentimentModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "inference/TorchHeaders.h"
#include LX_TORCH_SCRIPT_HEADER
#include LX_TORCH_HEADER

#include <mutex>
#include <sstream>

namespace lx::inference {

namespace {

const QByteArray kMagic = QByteArrayLiteral("LXTSBND\x01");

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

} // namespace

struct TorchScriptClassifier::Impl
{
    Bundle bundle;
    std::optional<WordPieceTokenizer> tokenizer;
    mutable torch::jit::Module module;
    mutable std::mutex lock; // a scripted module is not re-entrant
    torch::Device device{torch::kCPU};

    // Probabilities [n × labels] for encoded texts.
    Result<torch::Tensor> run(const QStringList& texts) const
    {
        const int length = bundle.maxLength;
        std::vector<int64_t> ids;
        std::vector<int64_t> mask;
        ids.reserve(size_t(texts.size() * length));
        mask.reserve(size_t(texts.size() * length));
        for (const QString& t : texts) {
            const auto e = tokenizer->encode(t, length);
            ids.insert(ids.end(), e.ids.begin(), e.ids.end());
            mask.insert(mask.end(), e.mask.begin(), e.mask.end());
        }
        const int64_t n = texts.size();
        torch::Tensor idT = torch::from_blob(ids.data(), {n, length}, torch::kInt64).clone().to(device);
        torch::Tensor maskT = torch::from_blob(mask.data(), {n, length}, torch::kInt64).clone().to(device);
        try {
            std::lock_guard<std::mutex> guard(lock);
            torch::NoGradGuard noGrad;
            torch::jit::IValue out = module.forward({idT, maskT});
            torch::Tensor logits;
            if (out.isTensor())
                logits = out.toTensor();
            else if (out.isTuple() && !out.toTuple()->elements().empty() && out.toTuple()->elements()[0].isTensor())
                logits = out.toTuple()->elements()[0].toTensor();
            else
                return Result<torch::Tensor>::failure(tr("the TorchScript model does not return a tensor of scores"));
            if (logits.dim() != 2 || logits.size(0) != n || logits.size(1) != bundle.labels.size())
                return Result<torch::Tensor>::failure(tr("the TorchScript model answers %1 score(s) per text, the import names %2 label(s)")
                                                          .arg(logits.dim() == 2 ? logits.size(1) : -1)
                                                          .arg(bundle.labels.size()));
            return torch::softmax(logits.to(torch::kFloat32), 1).to(torch::kCPU).contiguous();
        } catch (const c10::Error& e) {
            return Result<torch::Tensor>::failure(tr("the TorchScript model failed: %1").arg(QString::fromUtf8(e.what_without_backtrace())));
        }
    }
};

TorchScriptClassifier::TorchScriptClassifier() : d(std::make_unique<Impl>())
{
}

TorchScriptClassifier::~TorchScriptClassifier() = default;

Result<TorchScriptClassifier::Bundle> TorchScriptClassifier::makeBundle(const QString& modulePath, const QString& vocabPath,
                                                                       const QStringList& labels, int maxLength, bool lowerCase)
{
    Bundle b;
    for (const QString& l : labels) {
        const QString n = normalizeLabel(l);
        if (n.isEmpty())
            return Result<Bundle>::failure(tr("unknown label \"%1\" (positive, neutral, negative)").arg(excerpt(l)));
        b.labels.append(n);
    }
    if (b.labels.size() < 2 || b.labels.size() > 3 || b.labels.removeDuplicates() > 0)
        return Result<Bundle>::failure(tr("name two or three different labels, in the order of the model's outputs"));
    if (maxLength < 8 || maxLength > 512)
        return Result<Bundle>::failure(tr("the maximum length is between 8 and 512 tokens"));
    b.maxLength = maxLength;
    b.lowerCase = lowerCase;
    auto module = InputFile::read(modulePath, limits::kMaxModelFileBytes, tr("a TorchScript module"));
    if (!module)
        return Result<Bundle>(module.status());
    b.module = module.take();
    auto vocab = InputFile::read(vocabPath, limits::kMaxVocabularyBytes, tr("a vocabulary"));
    if (!vocab)
        return Result<Bundle>(vocab.status());
    b.vocab = vocab.take();
    return b;
}

bool TorchScriptClassifier::looksLikeBundle(const QByteArray& bytes)
{
    return bytes.startsWith(kMagic);
}

QByteArray TorchScriptClassifier::serialize(const Bundle& b)
{
    const QJsonObject header{{QStringLiteral("labels"), QJsonArray::fromStringList(b.labels)},
                             {QStringLiteral("max_length"), b.maxLength},
                             {QStringLiteral("lower_case"), b.lowerCase},
                             {QStringLiteral("neutral_below"), b.neutralBelow},
                             {QStringLiteral("vocab_bytes"), qint64(b.vocab.size())},
                             {QStringLiteral("module_bytes"), qint64(b.module.size())}};
    return sealContainer(kMagic, header, b.vocab + b.module);
}

Result<TorchScriptClassifier::Bundle> TorchScriptClassifier::parse(const QByteArray& bytes)
{
    if (!looksLikeBundle(bytes))
        return Result<Bundle>::failure(tr("not an imported TorchScript model"));
    auto container = openContainer(bytes, kMagic.size());
    if (!container)
        return Result<Bundle>(container.status());
    const QJsonObject& h = container.value().header;
    const qint64 pos = container.value().payloadStart;
    Bundle b;
    for (const auto& v : h.value(QStringLiteral("labels")).toArray())
        b.labels.append(v.toString());
    b.maxLength = h.value(QStringLiteral("max_length")).toInt(128);
    // The limits makeBundle holds an import to: a damaged header must not size the model's input.
    if (b.labels.size() < 2 || b.labels.size() > 3 || b.maxLength < 8 || b.maxLength > 512)
        return Result<Bundle>::failure(tr("the imported model is damaged (labels or length)"));
    b.lowerCase = h.value(QStringLiteral("lower_case")).toBool(true);
    b.neutralBelow = h.value(QStringLiteral("neutral_below")).toDouble();
    const qint64 vocab = h.value(QStringLiteral("vocab_bytes")).toInteger(-1);
    const qint64 module = h.value(QStringLiteral("module_bytes")).toInteger(-1);
    const qint64 payload = container.value().payloadEnd - pos;
    // Compared without adding: sizes from a damaged header could overflow a sum.
    if (vocab < 0 || module < 0 || vocab > payload || module != payload - vocab)
        return Result<Bundle>::failure(tr("the imported model is damaged (sizes)"));
    b.vocab = bytes.mid(pos, vocab);
    b.module = bytes.mid(pos + vocab, module);
    return b;
}

Result<std::shared_ptr<TorchScriptClassifier>> TorchScriptClassifier::fromBundle(const Bundle& bundle, const QString& device)
{
    using R = Result<std::shared_ptr<TorchScriptClassifier>>;
    auto tokenizer = WordPieceTokenizer::fromText(bundle.vocab, bundle.lowerCase);
    if (!tokenizer)
        return R(tokenizer.status());
    const QString want = device.isEmpty() ? defaultDevice() : device;
    if (want == QLatin1String("cuda") && !cudaAvailable())
        return R::failure(tr("no CUDA device: this libtorch was built without CUDA or no GPU is present"));
    std::shared_ptr<TorchScriptClassifier> c(new TorchScriptClassifier());
    Impl& m = *c->d;
    m.bundle = bundle;
    m.tokenizer = tokenizer.take();
    m.device = want == QLatin1String("cuda") ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    configureThreads();
    try {
        std::istringstream in(std::string(bundle.module.constData(), size_t(bundle.module.size())));
        m.module = torch::jit::load(in, m.device);
        m.module.eval();
    } catch (const c10::Error& e) {
        return R::failure(tr("not a TorchScript module (torch.jit.save): %1").arg(QString::fromUtf8(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    } catch (const std::exception& e) {
        return R::failure(tr("not a TorchScript module (torch.jit.save): %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    if (auto dry = m.run({QStringLiteral("好")}); !dry)
        return R(dry.status());
    return c;
}

Result<std::vector<Prediction>> TorchScriptClassifier::answer(const QStringList& texts) const
{
    std::vector<Prediction> out;
    if (texts.isEmpty())
        return out;
    auto p = d->run(texts);
    if (!p)
        return Result<std::vector<Prediction>>(p.status());
    const torch::Tensor& t = p.value();
    for (int64_t i = 0; i < t.size(0); ++i)
        out.push_back(makePrediction(t.data_ptr<float>() + i * t.size(1), d->bundle.labels, d->bundle.neutralBelow));
    return out;
}

QStringList TorchScriptClassifier::labels() const
{
    return d->bundle.labels;
}

QString TorchScriptClassifier::deviceName() const
{
    return d->device.is_cuda() ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

const WordPieceTokenizer& TorchScriptClassifier::tokenizer() const
{
    return *d->tokenizer;
}

} // namespace lx::inference
