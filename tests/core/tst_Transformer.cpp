// The transformer core on tiny checkpoints (tests/data/transformer, written by make_tiny.py with
// the expected answers of a plain-Python reading of Hugging Face's BERT and Qwen2): loading every
// variant a user may bring, tokenisation, logits, generation with and without the KV cache,
// fine-tuning, broken files, and the command line.
#include "TestSupport.h"
#include "common/CliRun.h"

#include "inference/BpeTokenizer.h"
#include "inference/HfCheckpoint.h"
#include "inference/Safetensors.h"
#include "inference/ReplyAssistant.h"
#include "inference/Transformer.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lx;
using namespace lx::inference;

namespace {

const QString kData = QStringLiteral(LX_TEST_DATA "/transformer");

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QStringList ul(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

QJsonObject expected()
{
    QFile f(kData + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<qint64> idsOf(const QJsonValue& v)
{
    std::vector<qint64> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(qint64(x.toDouble()));
    return out;
}

double maxDiff(const std::vector<float>& a, const QJsonArray& b)
{
    if (int(a.size()) != b.size())
        return 1e9;
    double m = 0;
    for (int i = 0; i < b.size(); ++i)
        m = std::max(m, std::abs(double(a[size_t(i)]) - b.at(i).toDouble()));
    return m;
}

double maxDiff(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size())
        return 1e9;
    double m = 0;
    for (size_t i = 0; i < a.size(); ++i)
        m = std::max(m, std::abs(double(a[i]) - double(b[i])));
    return m;
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& f : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f));
}

// Rewrites a checkpoint's model.safetensors: each tensor renamed (empty: dropped) and stored in dtype.
void rewrite(const QString& dir, SafetensorsFile::DType dtype, const std::function<QString(const QString&)>& rename = {})
{
    const QString path = dir + QStringLiteral("/model.safetensors");
    auto f = SafetensorsFile::open(path);
    QVERIFY2(f, qPrintable(f.error()));
    SafetensorsWriter w;
    for (const auto& e : f.value()->entries()) {
        const QString name = rename ? rename(e.name) : e.name;
        if (name.isEmpty())
            continue;
        const auto* p = reinterpret_cast<const float*>(f.value()->data(e));
        QByteArray bytes;
        for (qint64 i = 0; i < e.elements(); ++i) {
            float v;
            std::memcpy(&v, p + i, 4);
            if (dtype == SafetensorsFile::DType::F32) {
                bytes.append(reinterpret_cast<const char*>(&v), 4);
            } else {
                const quint16 h = dtype == SafetensorsFile::DType::F16 ? floatToHalf(v) : floatToBf16(v);
                bytes.append(char(h & 0xff));
                bytes.append(char(h >> 8));
            }
        }
        w.add(name, dtype, e.shape, bytes);
    }
    const QByteArray out = w.bytes();
    f = {Status::failure(QStringLiteral("closed"))};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(out);
}

std::vector<std::vector<float>> bertLogits(const QString& dir, const QStringList& texts)
{
    auto enc = BertEncoder::load(dir);
    if (!enc) {
        qWarning("%s", qPrintable(enc.error()));
        return {};
    }
    auto r = enc.value()->classify(texts);
    std::vector<std::vector<float>> out;
    if (r) {
        for (const auto& o : r.value())
            out.push_back(o.logits);
    }
    return out;
}

// A labelled file in the tiny vocabulary: 好/喜欢 positive, 差/退款 negative.
QString writeTrainingCsv(const QString& dir)
{
    const QStringList pos = ul({"我很喜欢这个产品", "很好", "这个产品很好", "喜欢", "好好好", "我喜欢", "产品很好！", "很喜欢"});
    const QStringList neg = ul({"很差", "退款", "这个产品很差", "差差", "我要退款", "产品差！", "退款退款", "差"});
    QString csv = QStringLiteral("label,text\n");
    for (int r = 0; r < 3; ++r) {
        for (const QString& t : pos)
            csv += QStringLiteral("positive,%1\n").arg(t);
        for (const QString& t : neg)
            csv += QStringLiteral("negative,%1\n").arg(t);
    }
    const QString path = dir + QStringLiteral("/train.csv");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(csv.toUtf8());
    return path;
}

} // namespace

class TestTransformer : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_expected;
    QStringList m_bertTexts;

private Q_SLOTS:
    void initTestCase()
    {
        m_expected = expected();
        QVERIFY(!m_expected.isEmpty());
        for (const QJsonValue& c : m_expected.value(QStringLiteral("bert")).toArray())
            m_bertTexts << c.toObject().value(QStringLiteral("text")).toString();
    }

    void bertMatchesTheReference()
    {
        auto enc = BertEncoder::load(kData + QStringLiteral("/bert_tiny"));
        QVERIFY2(enc, qPrintable(enc.error()));
        QCOMPARE(enc.value()->labels(), ul({"negative", "neutral", "positive"}));
        for (const QJsonValue& c : m_expected.value(QStringLiteral("bert")).toArray()) {
            const QJsonObject o = c.toObject();
            const QString text = o.value(QStringLiteral("text")).toString();
            QCOMPARE(enc.value()->tokenizer().tokenize(text).size() + 2, o.value(QStringLiteral("tokens")).toArray().size());
            auto r = enc.value()->classify({text});
            QVERIFY2(r, qPrintable(r.error()));
            const EncoderOutput& out = r.value().front();
            QCOMPARE(out.ids, idsOf(o.value(QStringLiteral("ids"))));
            QVERIFY2(maxDiff(out.logits, o.value(QStringLiteral("logits")).toArray()) < 1e-4, qPrintable(text));
            QVERIFY(maxDiff(out.probabilities, o.value(QStringLiteral("probabilities")).toArray()) < 1e-5);
            QCOMPARE(out.label, o.value(QStringLiteral("label")).toString());
        }
    }

    void bertTokenizerHandCases()
    {
        auto t = WordPieceTokenizer::fromText("[PAD]\n[UNK]\n[CLS]\n[SEP]\nun\n##aff\n##able\nrunning\n##ly\n,\n!\n中\n国\n");
        QVERIFY(t);
        // Lower case, accents stripped, punctuation split, greedy longest match, CJK one each.
        QCOMPARE(t.value().tokenize(QStringLiteral("UnAffáble,RUNNING!中国")),
                 ul({"un", "##aff", "##able", ",", "running", "!", "中", "国"}));
        QCOMPARE(t.value().tokenize(QStringLiteral("unknownword runningly")), ul({"[UNK]", "running", "##ly"}));
        // Control characters go, zero-width format characters go, no-break space splits.
        QCOMPARE(t.value().tokenize(QStringLiteral("un\u200baff\u00a0中\x01国")), ul({"un", "##aff", "中", "国"}));
        auto cased = WordPieceTokenizer::fromText("[PAD]\n[UNK]\n[CLS]\n[SEP]\nRun\n", false);
        QCOMPARE(cased.value().tokenize(QStringLiteral("Run run")), ul({"Run", "[UNK]"}));
        // Special tokens written in the text stay whole, case and all (as in Hugging Face's); "[cls]"
        // is ordinary text: "[", "cls", "]", none of them in this vocabulary.
        QCOMPARE(t.value().tokenize(QStringLiteral("中[UNK]国 [cls] [SEP]")), ul({"中", "[UNK]", "国", "[UNK]", "[UNK]", "[UNK]", "[SEP]"}));
        // Truncation keeps [CLS] and [SEP].
        QCOMPARE(t.value().ids(QStringLiteral("中国中国中国"), 4), (std::vector<qint64>{2, 11, 12, 3}));
    }

    void bertVariantsLoadAlike()
    {
        const QString base = kData + QStringLiteral("/bert_tiny");
        const auto reference = bertLogits(base, m_bertTexts);
        QCOMPARE(int(reference.size()), m_bertTexts.size());
        QTemporaryDir tmp;
        struct Variant
        {
            const char* name;
            SafetensorsFile::DType dtype;
            std::function<QString(const QString&)> rename;
        };
        const std::vector<Variant> variants{
            {"f16", SafetensorsFile::DType::F16, {}},
            {"bf16", SafetensorsFile::DType::BF16, {}},
            {"no-prefix", SafetensorsFile::DType::F32,
             [](const QString& n) { return n.startsWith(QLatin1String("bert.")) ? n.mid(5) : n; }},
            {"gamma-beta", SafetensorsFile::DType::F32,
             [](const QString& n) {
                 QString r = n;
                 if (r.contains(QLatin1String("LayerNorm"))) {
                     r.replace(QLatin1String(".weight"), QLatin1String(".gamma"));
                     r.replace(QLatin1String(".bias"), QLatin1String(".beta"));
                 }
                 return r;
             }},
        };
        for (const auto& v : variants) {
            const QString dir = tmp.filePath(QString::fromLatin1(v.name));
            copyFolder(base, dir);
            rewrite(dir, v.dtype, v.rename);
            const auto got = bertLogits(dir, m_bertTexts);
            QCOMPARE(got.size(), reference.size());
            for (size_t i = 0; i < got.size(); ++i)
                QVERIFY2(maxDiff(got[i], reference[i]) < 1e-5, v.name);
        }
        // Sharded: two files and their index.
        const QString sharded = tmp.filePath(QStringLiteral("sharded"));
        copyFolder(base, sharded);
        QFile::remove(sharded + QStringLiteral("/model.safetensors"));
        auto whole = SafetensorsFile::open(base + QStringLiteral("/model.safetensors"));
        QVERIFY(whole);
        SafetensorsWriter a, b;
        QJsonObject map;
        int i = 0;
        for (const auto& e : whole.value()->entries()) {
            const bool first = i++ % 2 == 0;
            (first ? a : b).add(e.name, e.dtype, e.shape,
                                QByteArray(reinterpret_cast<const char*>(whole.value()->data(e)), qsizetype(e.end - e.begin)));
            map.insert(e.name, first ? QStringLiteral("model-00001-of-00002.safetensors") : QStringLiteral("model-00002-of-00002.safetensors"));
        }
        QVERIFY(a.write(sharded + QStringLiteral("/model-00001-of-00002.safetensors")));
        QVERIFY(b.write(sharded + QStringLiteral("/model-00002-of-00002.safetensors")));
        QFile index(sharded + QStringLiteral("/model.safetensors.index.json"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write(QJsonDocument(QJsonObject{{QStringLiteral("weight_map"), map}}).toJson());
        index.close();
        const auto got = bertLogits(sharded, m_bertTexts);
        QCOMPARE(got.size(), reference.size());
        for (size_t k = 0; k < got.size(); ++k)
            QVERIFY(maxDiff(got[k], reference[k]) < 1e-6);
    }

    void paddedBatchEqualsSingles()
    {
        auto enc = BertEncoder::load(kData + QStringLiteral("/bert_tiny"));
        QVERIFY(enc);
        auto batch = enc.value()->classify(m_bertTexts);
        QVERIFY(batch);
        for (int i = 0; i < m_bertTexts.size(); ++i) {
            auto single = enc.value()->classify({m_bertTexts.at(i)});
            QVERIFY(single);
            QVERIFY2(maxDiff(batch.value()[size_t(i)].logits, single.value().front().logits) < 1e-5, qPrintable(m_bertTexts.at(i)));
        }
    }

    void qwenTokenizerMatches()
    {
        auto dec = Qwen2Decoder::load(kData + QStringLiteral("/qwen_tiny"));
        QVERIFY2(dec, qPrintable(dec.error()));
        const BpeTokenizer& tok = dec.value()->tokenizer();
        for (const QJsonValue& c : m_expected.value(QStringLiteral("qwen2")).toObject().value(QStringLiteral("tokenize")).toArray()) {
            const QString text = c.toObject().value(QStringLiteral("text")).toString();
            const auto ids = tok.encode(text);
            QCOMPARE(ids, idsOf(c.toObject().value(QStringLiteral("ids"))));
            // Decoding gives the text back (NFC-normalised, special tokens kept).
            QCOMPARE(tok.decode(ids, false), text.normalized(QString::NormalizationForm_C));
        }
        // Hand-worked: "Hello" was learnt by merges of rising rank and is one token; " hello" is
        // not, because the earlier merge (h, e) takes the pair before (Ġ, h) can: Ġ, he, l, l, o.
        const auto hello = tok.encode(QStringLiteral("Hello"));
        QCOMPARE(hello.size(), size_t(1));
        QCOMPARE(tok.decode(hello, false), QStringLiteral("Hello"));
        const auto spaced = tok.encode(QStringLiteral(" hello"));
        QCOMPARE(spaced.size(), size_t(5));
        QCOMPARE(spaced[1], tok.tokenId(QStringLiteral("he")));
        QCOMPARE(tok.decode({tok.tokenId(QStringLiteral("<|im_end|>"))}, true), QString());
    }

    // 300 texts each (emoji, full width, accents, control and format characters, special tokens
    // written in the text, contractions, numbers, mixed whitespace) tokenised by Hugging Face's
    // own JavaScript tokenizers (hf_reference.mjs): the same ids, every one.
    void tokenizersMatchHuggingFace()
    {
        QFile f(kData + u("/hf_tokenizer_cases.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
        auto dec = Qwen2Decoder::load(kData + u("/qwen_tiny"));
        QVERIFY(dec);
        int n = 0;
        for (const QJsonValue& c : cases.value(u("qwen_tiny")).toArray()) {
            const QString text = c.toObject().value(u("text")).toString();
            QVERIFY2(dec.value()->tokenizer().encode(text) == idsOf(c.toObject().value(u("ids"))), qPrintable(text));
            ++n;
        }
        auto enc = BertEncoder::load(kData + u("/bert_wide"));
        QVERIFY2(enc, qPrintable(enc.error()));
        for (const QJsonValue& c : cases.value(u("bert_wide")).toArray()) {
            const QString text = c.toObject().value(u("text")).toString();
            QVERIFY2(enc.value()->tokenizer().ids(text, 0) == idsOf(c.toObject().value(u("ids"))), qPrintable(text));
            ++n;
        }
        QCOMPARE(n, 600);
    }

    void qwenLogitsMatchTheReference()
    {
        auto dec = Qwen2Decoder::load(kData + QStringLiteral("/qwen_tiny"));
        QVERIFY(dec);
        for (const QJsonValue& c : m_expected.value(QStringLiteral("qwen2")).toObject().value(QStringLiteral("logits")).toArray()) {
            const QJsonObject o = c.toObject();
            const auto ids = dec.value()->tokenizer().encode(o.value(QStringLiteral("text")).toString());
            QCOMPARE(ids, idsOf(o.value(QStringLiteral("ids"))));
            auto logits = dec.value()->lastLogits(ids);
            QVERIFY(logits);
            QCOMPARE(qint64(logits.value().size()), dec.value()->vocabSize());
            QVERIFY(maxDiff(logits.value(), o.value(QStringLiteral("logits")).toArray()) < 1e-4);
        }
    }

    void qwenGreedyWithAndWithoutCache()
    {
        auto dec = Qwen2Decoder::load(kData + QStringLiteral("/qwen_tiny"));
        QVERIFY(dec);
        for (const QJsonValue& c : m_expected.value(QStringLiteral("qwen2")).toObject().value(QStringLiteral("generate")).toArray()) {
            const QJsonObject o = c.toObject();
            const auto prompt = idsOf(o.value(QStringLiteral("prompt_ids")));
            GenerateOptions g;
            g.maxNewTokens = 6;
            auto cached = dec.value()->generate(prompt, g);
            QVERIFY(cached);
            QCOMPARE(cached.value().ids, idsOf(o.value(QStringLiteral("ids"))));
            g.useCache = false;
            auto plain = dec.value()->generate(prompt, g);
            QVERIFY(plain);
            QCOMPARE(plain.value().ids, cached.value().ids);
            // The cache gives the same logits as recomputing every position.
            auto whole = prompt;
            whole.insert(whole.end(), cached.value().ids.begin(), cached.value().ids.end());
            QVERIFY(dec.value()->lastLogits(whole));
        }
    }

    void qwenVariantsLoadAlike()
    {
        const QString base = kData + QStringLiteral("/qwen_tiny");
        auto ref = Qwen2Decoder::load(base);
        QVERIFY(ref);
        const auto ids = ref.value()->tokenizer().encode(QStringLiteral("Hello world"));
        const auto want = ref.value()->lastLogits(ids).value();
        QTemporaryDir tmp;
        for (auto dtype : {SafetensorsFile::DType::F16, SafetensorsFile::DType::BF16}) {
            const QString dir = tmp.filePath(SafetensorsFile::dtypeName(dtype));
            copyFolder(base, dir);
            rewrite(dir, dtype);
            auto dec = Qwen2Decoder::load(dir);
            QVERIFY2(dec, qPrintable(dec.error()));
            QVERIFY(maxDiff(dec.value()->lastLogits(ids).value(), want) < 1e-5);
        }
        // Tied embeddings: lm_head left out, config says tie_word_embeddings; the head is the
        // embedding matrix, so the logits change to what an explicit copy gives.
        const QString tied = tmp.filePath(QStringLiteral("tied"));
        copyFolder(base, tied);
        rewrite(tied, SafetensorsFile::DType::F32, [](const QString& n) { return n == QLatin1String("lm_head.weight") ? QString() : n; });
        auto dec = Qwen2Decoder::load(tied);
        QVERIFY(!dec); // not tied in config.json: a clear error names lm_head
        QVERIFY(dec.error().contains(QLatin1String("lm_head")));
        QFile cfg(tied + QStringLiteral("/config.json"));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QJsonObject c = QJsonDocument::fromJson(cfg.readAll()).object();
        cfg.close();
        c.insert(QStringLiteral("tie_word_embeddings"), true);
        QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cfg.write(QJsonDocument(c).toJson());
        cfg.close();
        dec = Qwen2Decoder::load(tied);
        QVERIFY2(dec, qPrintable(dec.error()));
        const QString explicitHead = tmp.filePath(QStringLiteral("explicit"));
        copyFolder(tied, explicitHead);
        {
            auto f = SafetensorsFile::open(tied + QStringLiteral("/model.safetensors"));
            QVERIFY(f);
            SafetensorsWriter w;
            for (const auto& e : f.value()->entries()) {
                const QByteArray bytes(reinterpret_cast<const char*>(f.value()->data(e)), qsizetype(e.end - e.begin));
                w.add(e.name, e.dtype, e.shape, bytes);
                if (e.name == QLatin1String("model.embed_tokens.weight"))
                    w.add(QStringLiteral("lm_head.weight"), e.dtype, e.shape, bytes);
            }
            QVERIFY(w.write(explicitHead + QStringLiteral("/model.safetensors")));
        }
        auto explicitDec = Qwen2Decoder::load(explicitHead);
        QVERIFY(explicitDec);
        QVERIFY(maxDiff(dec.value()->lastLogits(ids).value(), explicitDec.value()->lastLogits(ids).value()) < 1e-6);
        QVERIFY(maxDiff(dec.value()->lastLogits(ids).value(), want) > 1e-3);
    }

    void samplingStreamingAndCancel()
    {
        auto dec = Qwen2Decoder::load(kData + QStringLiteral("/qwen_tiny"));
        QVERIFY(dec);
        const auto prompt = dec.value()->tokenizer().encode(QStringLiteral("Hello world"));
        GenerateOptions g;
        g.greedy = false;
        g.temperature = 0.8;
        g.topP = 0.9;
        g.topK = 50;
        g.seed = 7;
        g.maxNewTokens = 8;
        auto a = dec.value()->generate(prompt, g);
        auto b = dec.value()->generate(prompt, g);
        QVERIFY(a && b);
        QCOMPARE(a.value().ids, b.value().ids); // the seed decides
        // Streaming hands over the text piece by piece; returning false cancels.
        QString streamed;
        int calls = 0;
        g.onText = [&](const QString& piece) {
            streamed += piece;
            return ++calls < 2;
        };
        g.maxNewTokens = 30;
        auto c = dec.value()->generate(prompt, g);
        QVERIFY(c);
        QVERIFY(c.value().cancelled);
        QCOMPARE(c.value().stopReason, QStringLiteral("cancelled"));
        QCOMPARE(calls, 2);
        QVERIFY(c.value().ids.size() < 30);
        // A stop string ends the text before it.
        GenerateOptions s;
        s.maxNewTokens = 6;
        auto full = dec.value()->generate(prompt, s);
        QVERIFY(full);
        const QString text = full.value().text;
        if (text.size() >= 2) {
            s.stopStrings = {text.mid(1, 1)};
            auto stopped = dec.value()->generate(prompt, s);
            QVERIFY(stopped);
            QCOMPARE(stopped.value().stopReason, QStringLiteral("stop_string"));
            QCOMPARE(stopped.value().text, text.left(text.indexOf(text.mid(1, 1))));
        }
        // A chat prompt in the template, the default system turn included.
        QVERIFY(dec.value()->chatPrompt(QStringLiteral("hi")).startsWith(QStringLiteral("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n")));
        QVERIFY(dec.value()->chatPrompt(QStringLiteral("hi")).endsWith(QStringLiteral("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n")));
    }

    void replyAssistantGroundsAndGates()
    {
        // Profile facts only with the user's consent to profiling; never the masked name or phone.
        profiles::ProfileCard card;
        card.profile.nameMasked = u("王*");
        card.profile.phoneMasked = u("138****0000");
        card.profile.interests = ul({"护肤"});
        card.layers.append({u("价值"), u("高价值"), QString()});
        QVERIFY(inference::assistProfileFacts(card).isEmpty());
        card.consentBits = profiles::Layers::purposeBit(u("profiling"));
        const QStringList facts = inference::assistProfileFacts(card);
        QVERIFY(facts.join(u(" ")).contains(u("高价值")) && facts.join(u(" ")).contains(u("护肤")));
        QVERIFY(!facts.join(u(" ")).contains(u("王*")) && !facts.join(u(" ")).contains(u("138")));
        card.minor = true; // a minor also needs consent to sensitive processing
        QVERIFY(inference::assistProfileFacts(card).isEmpty());

        inference::AssistContext c;
        c.turns = {{u("user"), u("这款精华敏感肌能用吗？")}, {u("agent"), u("您好，我帮您看一下")}, {u("user"), u("还有退款怎么操作")}};
        c.profileFacts = facts;
        c.concepts = ul({"水光修护精华"});
        c.scripts = ul({"天气不错", "退款请在订单页点击申请退款，1-3个工作日到账", "敏感肌建议先在耳后试用"});
        const QString prompt = inference::ReplyAssistant::replyPrompt(c);
        // The scripts sharing the most with what the user said come first.
        QVERIFY(prompt.indexOf(u("申请退款")) < prompt.indexOf(u("天气不错")));
        QVERIFY(prompt.contains(u("水光修护精华")) && prompt.contains(u("高价值")) && prompt.contains(u("用户：还有退款怎么操作")));
        QVERIFY(!inference::ReplyAssistant::summaryPrompt(c).contains(u("申请退款"))); // summaries read the conversation only

        auto assistant = inference::ReplyAssistant::open(kData + u("/qwen_tiny"));
        QVERIFY2(assistant, qPrintable(assistant.error()));
        auto all = assistant.value()->suggestReplies(c, 3, [](const QString&) { return true; });
        QVERIFY(all);
        QVERIFY(all.value().size() >= 1 && all.value().size() <= 3);
        QCOMPARE(QSet<QString>(all.value().begin(), all.value().end()).size(), all.value().size());
        // What the gate refuses is never suggested.
        auto none = assistant.value()->suggestReplies(c, 3, [](const QString&) { return false; });
        QVERIFY(none && none.value().isEmpty());
        QVERIFY(!inference::ReplyAssistant::open(QString()));
        QCOMPARE(inference::ReplyAssistant::open(QString()).code(), ErrorCode::NotFound);
    }

    void brokenFilesGiveOneClearError()
    {
        const QString base = kData + QStringLiteral("/bert_tiny");
        QFile f(base + QStringLiteral("/model.safetensors"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        quint64 headerSize = 0;
        for (int i = 7; i >= 0; --i)
            headerSize = (headerSize << 8) | uchar(good[i]);
        const QByteArray header = good.mid(8, qsizetype(headerSize));
        auto withHeader = [&](QByteArray h) -> QByteArray {
            while (h.size() % 8)
                h.append(' ');
            QByteArray out;
            for (int i = 0; i < 8; ++i)
                out.append(char((quint64(h.size()) >> (8 * i)) & 0xff));
            return out + h + good.mid(8 + qsizetype(headerSize));
        };
        QJsonObject h = QJsonDocument::fromJson(header).object();
        const QString first = h.keys().contains(QStringLiteral("classifier.bias")) ? QStringLiteral("classifier.bias") : h.keys().first();
        auto modified = [&](const std::function<void(QJsonObject&)>& change) -> QByteArray {
            QJsonObject copy = h;
            QJsonObject e = copy.value(first).toObject();
            change(e);
            copy.insert(first, e);
            return withHeader(QJsonDocument(copy).toJson(QJsonDocument::Compact));
        };
        struct Case
        {
            const char* name;
            QByteArray bytes;
            const char* says;
        };
        QByteArray huge = good;
        huge[6] = char(0x7f);
        const std::vector<Case> cases{
            {"truncated size", good.left(5), "shorter than"},
            {"truncated header", good.left(8 + qsizetype(headerSize) / 2), "header"},
            {"header over the limit", huge, "limit"},
            {"header not JSON", withHeader("{\"a\": [1, 2"), "not JSON"},
            {"truncated data", good.left(good.size() - 4), "past the end"},
            {"unknown dtype", modified([](QJsonObject& e) { e.insert(QStringLiteral("dtype"), QStringLiteral("Q4")); }), "unknown dtype"},
            {"wrong byte size", modified([](QJsonObject& e) { e.insert(QStringLiteral("shape"), QJsonArray{1, 2, 3}); }), "bytes"},
            {"offsets outside", modified([&](QJsonObject& e) {
                 e.insert(QStringLiteral("data_offsets"), QJsonArray{double(good.size()), double(good.size() + 12)});
             }),
             "past the end"},
            {"data left over", good + QByteArray(16, '\0'), "not described"},
        };
        for (const auto& c : cases) {
            auto r = SafetensorsFile::fromBytes(c.bytes, QStringLiteral("model.safetensors"));
            QVERIFY2(!r, c.name);
            QVERIFY2(r.error().contains(QLatin1String(c.says)), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), r.error())));
            QVERIFY(!r.error().contains(QLatin1Char('\n')));
            QCOMPARE(r.code(), ErrorCode::Invalid);
        }
        // A tensor of the wrong shape for config.json, and a pickle-only folder.
        QTemporaryDir tmp;
        const QString wrong = tmp.filePath(QStringLiteral("wrong"));
        copyFolder(base, wrong);
        QFile cfg(wrong + QStringLiteral("/config.json"));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QJsonObject c = QJsonDocument::fromJson(cfg.readAll()).object();
        cfg.close();
        c.insert(QStringLiteral("intermediate_size"), 12);
        QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cfg.write(QJsonDocument(c).toJson());
        cfg.close();
        auto enc = BertEncoder::load(wrong);
        QVERIFY(!enc);
        QVERIFY2(enc.error().contains(QLatin1String("intermediate.dense.weight")) && enc.error().contains(QLatin1String("[16, 8]")),
                 qPrintable(enc.error()));
        const QString pickle = tmp.filePath(QStringLiteral("pickle"));
        QDir().mkpath(pickle);
        QFile::copy(base + QStringLiteral("/config.json"), pickle + QStringLiteral("/config.json"));
        QFile bin(pickle + QStringLiteral("/pytorch_model.bin"));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write("PK\x03\x04 not really a pickle");
        bin.close();
        enc = BertEncoder::load(pickle);
        QVERIFY(!enc);
        QVERIFY2(enc.error().contains(QLatin1String("safetensors")) && enc.error().contains(QLatin1String("pytorch_model.bin")),
                 qPrintable(enc.error()));
        // A decoder checkpoint given to the encoder, and the reverse, say so.
        enc = BertEncoder::load(kData + QStringLiteral("/qwen_tiny"));
        QVERIFY(!enc);
        QVERIFY(enc.error().contains(QLatin1String("qwen2")));
        QVERIFY(!Qwen2Decoder::load(base));
    }

    void fineTuningLowersTheLossAndRoundTrips()
    {
        QTemporaryDir tmp;
        const QString csvPath = writeTrainingCsv(tmp.path());
        auto data = readDataset(csvPath);
        QVERIFY(data);
        EncoderTrainOptions o;
        o.modelDir = kData + QStringLiteral("/bert_tiny");
        o.outDir = tmp.filePath(QStringLiteral("tuned"));
        o.folds = 2;
        o.steps = 80;
        o.batch = 8;
        o.learningRate = 1e-2;
        o.maxLength = 16;
        o.terms = {QStringLiteral("好评"), QStringLiteral("很好")}; // the second is a word the basic tokenizer splits
        int calls = 0;
        auto report = fineTuneEncoder(data.value(), o, [&](const EncoderTrainProgress& p) {
            ++calls;
            return p.fraction <= 1.0;
        });
        QVERIFY2(report, qPrintable(report.error()));
        const auto& r = report.value();
        QCOMPARE(calls, 3 * 80);
        QCOMPARE(int(r.folds.size()), 2);
        QVERIFY2(r.lastLoss < r.firstLoss * 0.7, qPrintable(QStringLiteral("%1 -> %2").arg(r.firstLoss).arg(r.lastLoss)));
        QCOMPARE(r.addedTerms, 2);
        QVERIFY(!r.folds.front().curve.empty());
        QVERIFY(r.folds.front().curve.back().validationAccuracy >= 0);
        // The saved folder is a Hugging Face folder that loads back with the new labels and terms.
        auto tuned = BertEncoder::load(o.outDir);
        QVERIFY2(tuned, qPrintable(tuned.error()));
        QCOMPARE(tuned.value()->labels(), data.value().labels);
        QCOMPARE(tuned.value()->tokenizer().tokenize(QStringLiteral("好评很好")), ul({"好评", "很好"}));
        auto answers = tuned.value()->classify({QStringLiteral("我很喜欢"), QStringLiteral("我要退款")});
        QVERIFY(answers);
        QCOMPARE(answers.value()[0].label, QStringLiteral("positive"));
        QCOMPARE(answers.value()[1].label, QStringLiteral("negative"));
        // Cancelling stops and writes nothing new.
        o.outDir = tmp.filePath(QStringLiteral("cancelled"));
        auto cancelled = fineTuneEncoder(data.value(), o, [](const EncoderTrainProgress& p) { return p.step < 3; });
        QVERIFY(!cancelled);
        QVERIFY(!QFile::exists(o.outDir + QStringLiteral("/model.safetensors")));
    }

    // Any label set: topics fine-tuned and answered by name (not sentiment, so the registry
    // refuses it, but encoder classify answers with the labels as written).
    void anyLabelSet()
    {
        QTemporaryDir home;
        QString csv = u("label,text\n");
        for (int r = 0; r < 6; ++r)
            csv += u("退款,我要退款\n退款,退款怎么操作\n物流,物流太慢了\n物流,这个产品物流很慢\n");
        QFile f(home.filePath(u("topics.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        const QString out = home.filePath(u("topics"));
        auto run = test::runCli(home.path(), ul({"encoder", "finetune", "--model"}) << kData + u("/bert_tiny") << u("--data") << f.fileName()
                                                 << u("--out") << out << ul({"--folds", "0", "--steps", "60", "--lr", "0.01", "--batch", "8", "--json"}));
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json().value(u("labels")).toArray(), QJsonArray({u("物流"), u("退款")}));
        test::CliOptions in;
        in.stdinData = QStringLiteral("我要退款\n物流太慢了\n").toUtf8();
        run = test::runCli(home.path(), ul({"encoder", "classify", "--model"}) << out << u("--json"), in);
        QVERIFY2(run.code == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u("label")).toString(), u("退款"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u("label")).toString(), u("物流"));
    }

    void commandLine()
    {
        QTemporaryDir home;
        test::CliOptions in;
        // llm tokenize: stdin exactly as given.
        const QJsonObject tokCase = m_expected.value(QStringLiteral("qwen2")).toObject().value(QStringLiteral("tokenize")).toArray().at(3).toObject();
        in.stdinData = tokCase.value(QStringLiteral("text")).toString().toUtf8();
        auto run = test::runCli(home.path(), ul({"llm", "tokenize", "--model"}) << kData + u("/qwen_tiny") << u("--json"), in);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value(QStringLiteral("ids")).toArray(), tokCase.value(QStringLiteral("ids")).toArray());
        // llm logits
        const QJsonObject logitCase = m_expected.value(QStringLiteral("qwen2")).toObject().value(QStringLiteral("logits")).toArray().at(0).toObject();
        in.stdinData = logitCase.value(QStringLiteral("text")).toString().toUtf8();
        run = test::runCli(home.path(), ul({"llm", "logits", "--model"}) << kData + u("/qwen_tiny") << u("--json"), in);
        QCOMPARE(run.code, 0);
        std::vector<float> logits;
        for (const QJsonValue& v : run.json().value(QStringLiteral("logits")).toArray())
            logits.push_back(float(v.toDouble()));
        QVERIFY(maxDiff(logits, logitCase.value(QStringLiteral("logits")).toArray()) < 1e-4);
        // llm generate --greedy
        const QJsonObject genCase = m_expected.value(QStringLiteral("qwen2")).toObject().value(QStringLiteral("generate")).toArray().at(1).toObject();
        in.stdinData = genCase.value(QStringLiteral("text")).toString().toUtf8();
        run = test::runCli(home.path(), ul({"llm", "generate", "--model"}) << kData + u("/qwen_tiny") << ul({"--max-new-tokens", "6", "--greedy", "--json"}), in);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value(QStringLiteral("prompt_ids")).toArray(), genCase.value(QStringLiteral("prompt_ids")).toArray());
        QCOMPARE(run.json().value(QStringLiteral("ids")).toArray(), genCase.value(QStringLiteral("ids")).toArray());
        QVERIFY(run.json().value(QStringLiteral("tokens_per_second")).toDouble() > 0);
        QVERIFY(run.json().contains(QStringLiteral("text")));
        // encoder classify: one JSON line per text.
        QByteArray texts;
        for (const QString& t : m_bertTexts.mid(0, 5))
            texts += t.toUtf8() + '\n';
        in.stdinData = texts;
        run = test::runCli(home.path(), ul({"encoder", "classify", "--model"}) << kData + u("/bert_tiny") << u("--json"), in);
        QCOMPARE(run.code, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject got = QJsonDocument::fromJson(lines.at(i)).object();
            const QJsonObject want = m_expected.value(QStringLiteral("bert")).toArray().at(i).toObject();
            QCOMPARE(got.value(QStringLiteral("ids")).toArray(), want.value(QStringLiteral("ids")).toArray());
            QCOMPARE(got.value(QStringLiteral("label")).toString(), want.value(QStringLiteral("label")).toString());
            QCOMPARE(got.value(QStringLiteral("probabilities")).toArray().size(), 3);
        }
        // Fine-tuned from the command line, registered in a workspace, activated, and answering
        // as the workspace's sentiment model (what the desk and the review queue use).
        const QString csv = writeTrainingCsv(home.path());
        const QString tuned = home.filePath(u("tuned"));
        run = test::runCli(home.path(), ul({"encoder", "finetune", "--model"}) << kData + u("/bert_tiny") << u("--data") << csv << u("--out") << tuned
                                          << ul({"--folds", "0", "--steps", "80", "--lr", "0.01", "--batch", "8", "--json"}));
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.json().value(QStringLiteral("last_loss")).toDouble() < run.json().value(QStringLiteral("first_loss")).toDouble());
        run = test::runCli(home.path(), ul({"sentiment", "eval", "--model"}) << tuned << u("--data") << csv << u("--json"));
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.json().value(QStringLiteral("accuracy")).toDouble() > 0.9);
        const QString ws = home.filePath(u("team.lingxi"));
        test::CliOptions password;
        password.stdinData = "boss-password-1\n";
        run = test::runCli(home.path(), ul({"--workspace"}) << ws << ul({"workspace", "init", "--admin", "boss"}), password);
        QVERIFY2(run.code == 0, run.err.constData());
        run = test::runCli(home.path(), ul({"--workspace"}) << ws << ul({"--as", "boss", "--json", "sentiment", "register", "--model"}) << tuned
                                          << ul({"--name", "encoder"}),
                           password);
        QVERIFY2(run.code == 0, run.err.constData());
        const int id = run.json().value(QStringLiteral("id")).toInt();
        QVERIFY(id > 0);
        run = test::runCli(home.path(), ul({"--workspace"}) << ws << ul({"--as", "boss", "sentiment", "activate", "--id"}) << QString::number(id),
                           password);
        QVERIFY2(run.code == 0, run.err.constData());
        test::CliOptions texts2;
        texts2.stdinData = "我很喜欢这个产品\n我要退款\n";
        run = test::runCli(home.path(), ul({"--workspace"}) << ws << ul({"sentiment", "predict"}), texts2);
        QVERIFY2(run.code == 0, run.err.constData());
        const QList<QByteArray> answers = run.out.trimmed().split('\n');
        QCOMPARE(answers.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(answers.at(0)).object().value(QStringLiteral("label")).toString(), QStringLiteral("positive"));
        QCOMPARE(QJsonDocument::fromJson(answers.at(1)).object().value(QStringLiteral("label")).toString(), QStringLiteral("negative"));
        // The tiny checkpoint's labels are sentiment labels but it has a random head; a folder
        // whose labels are not sentiment labels is refused with the labels named.
        const QString other = home.filePath(u("topics"));
        copyFolder(kData + u("/bert_tiny"), other);
        {
            QFile cfg(other + u("/config.json"));
            QVERIFY(cfg.open(QIODevice::ReadOnly));
            QJsonObject c = QJsonDocument::fromJson(cfg.readAll()).object();
            cfg.close();
            c.insert(u("id2label"), QJsonObject{{u("0"), u("billing")}, {u("1"), u("delivery")}, {u("2"), u("other")}});
            QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Truncate));
            cfg.write(QJsonDocument(c).toJson());
        }
        run = test::runCli(home.path(), ul({"--workspace"}) << ws << ul({"--as", "boss", "sentiment", "register", "--model"}) << other, password);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("billing"), run.err.constData());
        // A missing folder and a pickle-only folder: exit 1 and one line on stderr.
        run = test::runCli(home.path(), ul({"llm", "logits", "--model"}) << home.filePath(u("nothing")) << u("--json"), in);
        QCOMPARE(run.code, 1);
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY(!run.err.trimmed().contains('\n'));
    }
};

QTEST_GUILESS_MAIN(TestTransformer)
#include "tst_Transformer.moc"
