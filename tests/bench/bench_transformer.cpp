// Transformer core figures on this machine, against the limits measured in the same run: a
// Qwen2.5-0.5B-shaped decoder (decode tokens/s against memory bandwidth over the bytes of weights
// read per token; time to first token) and a bert-base-shaped encoder (sequences/s at length 64
// and 128 and one fine-tuning step against the measured matrix-multiply rate). Weights are random
// (speed does not depend on their values) and written as BF16 safetensors, so loading widens them
// as it does a user's checkpoint. Prints one JSON object.
//
// Usage: bench_transformer [--quick]   (--quick: 2 layers instead of 24 and 12)
#include "inference/Safetensors.h"
#include "inference/SentimentModel.h"
#include "inference/Transformer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <thread>
#include <vector>

using namespace lx::inference;

namespace {

const QString kData = QStringLiteral(LX_TEST_DATA "/transformer");

struct Random
{
    quint64 s = 88172645463325252ull;
    quint16 next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        // Uniform in about ±0.03, as BF16.
        return floatToBf16((float(s >> 40) / float(1 << 24) - 0.5f) * 0.06f);
    }
};

qint64 addRandom(SafetensorsWriter& w, Random& rng, const QString& name, std::vector<qint64> shape)
{
    qint64 n = 1;
    for (qint64 d : shape)
        n *= d;
    QByteArray b(qsizetype(n * 2), Qt::Uninitialized);
    auto* p = reinterpret_cast<quint16*>(b.data());
    for (qint64 i = 0; i < n; ++i)
        p[i] = rng.next();
    w.add(name, SafetensorsFile::DType::BF16, std::move(shape), std::move(b));
    return n;
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(o).toJson());
}

// Bytes a second that two threads read from memory (a 512 MiB buffer, best of three).
double memoryBandwidth()
{
    const size_t n = 128u * 1024u * 1024u;
    std::vector<float> a(n, 1.0f);
    double best = 0;
    for (int rep = 0; rep < 3; ++rep) {
        float sums[2] = {0, 0};
        QElapsedTimer t;
        t.start();
        std::thread other([&] {
            float s = 0;
            for (size_t i = n / 2; i < n; ++i)
                s += a[i];
            sums[1] = s;
        });
        float s = 0;
        for (size_t i = 0; i < n / 2; ++i)
            s += a[i];
        sums[0] = s;
        other.join();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        if (sums[0] + sums[1] > 0)
            best = std::max(best, double(n) * 4.0 / secs);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir tmp;
    Random rng;
    QJsonObject out;
    out.insert(QStringLiteral("quick"), quick);
    const double gflops = matmulGflops();
    const double bandwidth = memoryBandwidth();
    out.insert(QStringLiteral("machine_matmul_gflops"), gflops);
    out.insert(QStringLiteral("machine_read_gb_per_s"), bandwidth / 1e9);

    // --- Qwen2.5-0.5B shape
    {
        const qint64 H = 896, L = quick ? 2 : 24, A = 14, KV = 2, hd = 64, I = 4864, V = 151936;
        const QString dir = tmp.filePath(QStringLiteral("qwen"));
        QDir().mkpath(dir);
        SafetensorsWriter w;
        qint64 params = addRandom(w, rng, QStringLiteral("model.embed_tokens.weight"), {V, H});
        qint64 perToken = 0; // weights read per decoded token (the embedding lookup reads one row)
        for (qint64 i = 0; i < L; ++i) {
            const QString p = QStringLiteral("model.layers.%1.").arg(i);
            qint64 n = 0;
            n += addRandom(w, rng, p + QStringLiteral("input_layernorm.weight"), {H});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.q_proj.weight"), {A * hd, H});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.q_proj.bias"), {A * hd});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.k_proj.weight"), {KV * hd, H});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.k_proj.bias"), {KV * hd});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.v_proj.weight"), {KV * hd, H});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.v_proj.bias"), {KV * hd});
            n += addRandom(w, rng, p + QStringLiteral("self_attn.o_proj.weight"), {H, A * hd});
            n += addRandom(w, rng, p + QStringLiteral("post_attention_layernorm.weight"), {H});
            n += addRandom(w, rng, p + QStringLiteral("mlp.gate_proj.weight"), {I, H});
            n += addRandom(w, rng, p + QStringLiteral("mlp.up_proj.weight"), {I, H});
            n += addRandom(w, rng, p + QStringLiteral("mlp.down_proj.weight"), {H, I});
            params += n;
            perToken += n;
        }
        params += addRandom(w, rng, QStringLiteral("model.norm.weight"), {H});
        perToken += H + V * H; // the tied head reads the whole embedding matrix
        if (auto st = w.write(dir + QStringLiteral("/model.safetensors")); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error()));
            return 1;
        }
        writeJson(dir + QStringLiteral("/config.json"),
                  QJsonObject{{QStringLiteral("model_type"), QStringLiteral("qwen2")}, {QStringLiteral("hidden_size"), double(H)},
                              {QStringLiteral("num_hidden_layers"), double(L)}, {QStringLiteral("num_attention_heads"), double(A)},
                              {QStringLiteral("num_key_value_heads"), double(KV)}, {QStringLiteral("intermediate_size"), double(I)},
                              {QStringLiteral("vocab_size"), double(V)}, {QStringLiteral("rope_theta"), 1000000.0},
                              {QStringLiteral("rms_norm_eps"), 1e-6}, {QStringLiteral("tie_word_embeddings"), true},
                              {QStringLiteral("hidden_act"), QStringLiteral("silu")}});
        QFile::copy(kData + QStringLiteral("/qwen_tiny/tokenizer.json"), dir + QStringLiteral("/tokenizer.json"));
        QElapsedTimer t;
        t.start();
        auto dec = Qwen2Decoder::load(dir);
        if (!dec) {
            std::fprintf(stderr, "%s\n", qPrintable(dec.error()));
            return 1;
        }
        const double loadSeconds = double(t.nsecsElapsed()) / 1e9;
        std::vector<qint64> prompt;
        for (int i = 0; i < 32; ++i)
            prompt.push_back(100 + i * 37);
        GenerateOptions g;
        g.maxNewTokens = 1;
        (void)dec.value()->generate(prompt, g); // warm-up
        auto first = dec.value()->generate(prompt, g);
        const int newTokens = quick ? 32 : 16;
        g.maxNewTokens = newTokens + 1;
        QElapsedTimer d;
        d.start();
        auto many = dec.value()->generate(prompt, g);
        const double total = double(d.nsecsElapsed()) / 1e9;
        const double decodeRate = double(newTokens) / std::max(1e-9, total - many.value().secondsToFirstToken);
        const double limit = bandwidth / (double(perToken) * 4.0);
        out.insert(QStringLiteral("qwen2_0_5b"),
                   QJsonObject{{QStringLiteral("layers"), double(L)},
                               {QStringLiteral("parameters"), double(params)},
                               {QStringLiteral("load_seconds"), loadSeconds},
                               {QStringLiteral("prompt_tokens"), 32},
                               {QStringLiteral("seconds_to_first_token"), first.value().secondsToFirstToken},
                               {QStringLiteral("decode_tokens_per_second"), decodeRate},
                               {QStringLiteral("decode_limit_tokens_per_second"), limit},
                               {QStringLiteral("decode_fraction_of_bandwidth_limit"), decodeRate / limit}});
    }

    // --- bert-base shape
    {
        const qint64 H = 768, L = quick ? 2 : 12, A = 12, I = 3072, V = 21128, P = 512;
        const QString dir = tmp.filePath(QStringLiteral("bert"));
        QDir().mkpath(dir);
        SafetensorsWriter w;
        const QString e = QStringLiteral("bert.embeddings.");
        addRandom(w, rng, e + QStringLiteral("word_embeddings.weight"), {V, H});
        addRandom(w, rng, e + QStringLiteral("position_embeddings.weight"), {P, H});
        addRandom(w, rng, e + QStringLiteral("token_type_embeddings.weight"), {2, H});
        addRandom(w, rng, e + QStringLiteral("LayerNorm.weight"), {H});
        addRandom(w, rng, e + QStringLiteral("LayerNorm.bias"), {H});
        for (qint64 i = 0; i < L; ++i) {
            const QString p = QStringLiteral("bert.encoder.layer.%1.").arg(i);
            for (const char* n : {"query", "key", "value"}) {
                addRandom(w, rng, p + QStringLiteral("attention.self.%1.weight").arg(QLatin1String(n)), {H, H});
                addRandom(w, rng, p + QStringLiteral("attention.self.%1.bias").arg(QLatin1String(n)), {H});
            }
            addRandom(w, rng, p + QStringLiteral("attention.output.dense.weight"), {H, H});
            addRandom(w, rng, p + QStringLiteral("attention.output.dense.bias"), {H});
            addRandom(w, rng, p + QStringLiteral("attention.output.LayerNorm.weight"), {H});
            addRandom(w, rng, p + QStringLiteral("attention.output.LayerNorm.bias"), {H});
            addRandom(w, rng, p + QStringLiteral("intermediate.dense.weight"), {I, H});
            addRandom(w, rng, p + QStringLiteral("intermediate.dense.bias"), {I});
            addRandom(w, rng, p + QStringLiteral("output.dense.weight"), {H, I});
            addRandom(w, rng, p + QStringLiteral("output.dense.bias"), {H});
            addRandom(w, rng, p + QStringLiteral("output.LayerNorm.weight"), {H});
            addRandom(w, rng, p + QStringLiteral("output.LayerNorm.bias"), {H});
        }
        addRandom(w, rng, QStringLiteral("bert.pooler.dense.weight"), {H, H});
        addRandom(w, rng, QStringLiteral("bert.pooler.dense.bias"), {H});
        addRandom(w, rng, QStringLiteral("classifier.weight"), {2, H});
        addRandom(w, rng, QStringLiteral("classifier.bias"), {2});
        if (auto st = w.write(dir + QStringLiteral("/model.safetensors")); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error()));
            return 1;
        }
        writeJson(dir + QStringLiteral("/config.json"),
                  QJsonObject{{QStringLiteral("model_type"), QStringLiteral("bert")}, {QStringLiteral("hidden_size"), double(H)},
                              {QStringLiteral("num_hidden_layers"), double(L)}, {QStringLiteral("num_attention_heads"), double(A)},
                              {QStringLiteral("intermediate_size"), double(I)}, {QStringLiteral("max_position_embeddings"), double(P)},
                              {QStringLiteral("vocab_size"), double(V)}, {QStringLiteral("type_vocab_size"), 2}});
        QFile::copy(kData + QStringLiteral("/bert_tiny/vocab.txt"), dir + QStringLiteral("/vocab.txt"));
        auto enc = BertEncoder::load(dir);
        if (!enc) {
            std::fprintf(stderr, "%s\n", qPrintable(enc.error()));
            return 1;
        }
        QJsonObject bert{{QStringLiteral("layers"), double(L)}};
        const QString chars = QStringLiteral("我很喜欢这个产品好差退款");
        for (int length : {64, 128}) {
            QString text;
            for (int i = 0; i < length - 2; ++i)
                text += chars.at(i % chars.size());
            const QStringList batch(16, text);
            (void)enc.value()->classify(batch.mid(0, 2)); // warm-up
            QElapsedTimer t;
            t.start();
            (void)enc.value()->classify(batch);
            const double rate = 16.0 / (double(t.nsecsElapsed()) / 1e9);
            const double flops = double(L) * (2.0 * length * (4.0 * H * H + 2.0 * H * I) + 4.0 * double(length) * length * H);
            const double limit = gflops * 1e9 / flops;
            bert.insert(QStringLiteral("sequences_per_second_%1").arg(length), rate);
            bert.insert(QStringLiteral("limit_sequences_per_second_%1").arg(length), limit);
            bert.insert(QStringLiteral("fraction_of_matmul_limit_%1").arg(length), rate / limit);
        }
        const int batch = 8, length = 128;
        auto step = measureEncoderStep(dir, batch, length);
        if (step) {
            // Forward and backward: about three forward passes of work.
            const double flops = 3.0 * batch * double(L) * (2.0 * length * (4.0 * H * H + 2.0 * H * I) + 4.0 * double(length) * length * H);
            bert.insert(QStringLiteral("finetune_step_seconds_batch8_len128"), step.value());
            bert.insert(QStringLiteral("finetune_step_fraction_of_matmul_limit"), flops / (gflops * 1e9) / step.value());
            bert.insert(QStringLiteral("finetune_400_steps_hours_estimate"), step.value() * 400 / 3600.0);
        }
        out.insert(QStringLiteral("bert_base"), bert);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
