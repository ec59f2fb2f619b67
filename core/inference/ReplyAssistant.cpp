#include "inference/ReplyAssistant.h"

#include "inference/Transformer.h"
#include "profiles/ProfileService.h"
#include "profiles/ProfileTagger.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace lx::inference {

namespace {

constexpr int kMaxTurns = 12;
constexpr int kMaxScripts = 5;
constexpr int kMaxTurnChars = 400;

QString roleWord(const QString& role)
{
    if (role == QLatin1String("user"))
        return QStringLiteral("用户");
    if (role == QLatin1String("bot"))
        return QStringLiteral("机器人");
    return QStringLiteral("客服");
}

QString clip(const QString& s, int chars)
{
    const QString t = s.simplified();
    return t.size() <= chars ? t : t.left(chars) + QStringLiteral("…");
}

// Character bigrams, for ranking scripts by how much they share with what the user said.
QSet<QString> bigrams(const QString& text)
{
    QSet<QString> out;
    const QString t = text.simplified();
    for (int i = 0; i + 1 < t.size(); ++i)
        out.insert(t.mid(i, 2));
    return out;
}

QStringList relevantScripts(const AssistContext& c)
{
    QString recent;
    for (int i = int(c.turns.size()) - 1, n = 0; i >= 0 && n < 3; --i) {
        if (c.turns.at(i).role == QLatin1String("user")) {
            recent += c.turns.at(i).text;
            ++n;
        }
    }
    const QSet<QString> want = bigrams(recent);
    QList<QPair<int, int>> scored;
    for (int i = 0; i < c.scripts.size(); ++i) {
        int shared = 0;
        for (const QString& b : bigrams(c.scripts.at(i)))
            shared += want.contains(b) ? 1 : 0;
        scored.append({-shared, i});
    }
    std::stable_sort(scored.begin(), scored.end());
    QStringList out;
    for (int k = 0; k < scored.size() && k < kMaxScripts; ++k)
        out << clip(c.scripts.at(scored.at(k).second), 300);
    return out;
}

QString contextBlock(const AssistContext& c, bool withScripts)
{
    QString out;
    if (withScripts) {
        const QStringList scripts = relevantScripts(c);
        if (!scripts.isEmpty()) {
            out += QStringLiteral("【已审核的话术库】\n");
            for (const QString& s : scripts)
                out += QStringLiteral("- ") + s + QLatin1Char('\n');
        }
    }
    if (!c.profileFacts.isEmpty())
        out += QStringLiteral("【用户画像（用户已同意）】\n") + c.profileFacts.join(QStringLiteral("；")) + QLatin1Char('\n');
    if (!c.concepts.isEmpty())
        out += QStringLiteral("【对话提到的知识图谱概念】\n") + c.concepts.join(QStringLiteral("、")) + QLatin1Char('\n');
    out += QStringLiteral("【对话记录】\n");
    const int from = std::max(0, int(c.turns.size()) - kMaxTurns);
    for (int i = from; i < c.turns.size(); ++i)
        out += roleWord(c.turns.at(i).role) + QStringLiteral("：") + clip(c.turns.at(i).text, kMaxTurnChars) + QLatin1Char('\n');
    return out;
}

QString cleanReply(QString text)
{
    // Half a character cut at the end, control characters: nothing a person would send.
    QString kept;
    for (QChar c : std::as_const(text)) {
        if (c == QChar(0xFFFD) || (c.category() == QChar::Other_Control && c != QLatin1Char('\n')))
            continue;
        kept += c;
    }
    text = kept.trimmed();
    // A model that answers in the transcript's format: drop the speaker.
    for (const QString& prefix : {QStringLiteral("客服："), QStringLiteral("客服:"), QStringLiteral("回复："), QStringLiteral("回复:")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    }
    const qsizetype blank = text.indexOf(QStringLiteral("\n\n"));
    if (blank > 0)
        text = text.left(blank);
    return text.trimmed();
}

struct Cache
{
    QMutex mutex;
    QString dir;
    std::shared_ptr<ReplyAssistant> assistant;
};

Cache& cache()
{
    static Cache c;
    return c;
}

} // namespace

QStringList assistProfileFacts(const profiles::ProfileCard& card)
{
    QStringList facts;
    if (!profiles::ProfileTagger::mayProfile(card.consentBits, card.minor))
        return facts;
    for (const auto& l : card.layers) {
        if (!l.value.isEmpty())
            facts << QStringLiteral("%1：%2").arg(l.dimension, l.value);
    }
    QStringList tags;
    for (const auto& t : card.tags)
        tags << profiles::ProfileTagger::tagLabel(t.tag);
    if (!tags.isEmpty())
        facts << QStringLiteral("标签：%1").arg(tags.join(QStringLiteral("、")));
    if (!card.profile.interests.isEmpty())
        facts << QStringLiteral("兴趣：%1").arg(card.profile.interests.join(QStringLiteral("、")));
    return facts;
}

Result<std::shared_ptr<ReplyAssistant>> ReplyAssistant::open(const QString& dir)
{
    using R = Result<std::shared_ptr<ReplyAssistant>>;
    if (dir.trimmed().isEmpty())
        return R::failure(notConfiguredText(), ErrorCode::NotFound);
    Cache& c = cache();
    QMutexLocker lock(&c.mutex);
    if (c.assistant && c.dir == dir)
        return c.assistant;
    auto decoder = Qwen2Decoder::load(dir);
    if (!decoder)
        return R::failure(decoder.error(), decoder.code());
    c.assistant.reset(new ReplyAssistant(decoder.value()));
    c.dir = dir;
    return c.assistant;
}

QString ReplyAssistant::notConfiguredText()
{
    return tr("Reply suggestions, summaries and drafts need a Qwen2-family model: download a checkpoint folder once (for example "
              "Qwen2.5-0.5B-Instruct, with model.safetensors and tokenizer.json) and choose it in Settings ▸ Reply model.");
}

QString ReplyAssistant::replyPrompt(const AssistContext& c)
{
    const QString industry = c.industry.isEmpty() ? QString() : c.industry;
    return QStringLiteral("你是%1客服坐席的写作助手。请根据下面的资料，为坐席起草下一条发给用户的回复："
                          "简短、礼貌、口语化，优先套用已审核的话术；只使用资料中的事实，不编造价格、库存、时效或承诺；"
                          "不索要或透露个人信息。只输出回复正文。\n\n%2")
        .arg(industry, contextBlock(c, true));
}

QString ReplyAssistant::summaryPrompt(const AssistContext& c)
{
    return QStringLiteral("请用一段话（不超过120字）总结下面这段客服对话，供交接或升级时阅读：用户的问题、已做的处理、"
                          "用户情绪、还需要做什么。不要写入任何个人信息。只输出总结。\n\n%1")
        .arg(contextBlock(c, false));
}

QString ReplyAssistant::draftPrompt(const DraftRequest& r)
{
    QString out = QStringLiteral("你是%1行业的营销文案写手。请为%2写一条营销文案").arg(r.industry, r.platform);
    if (!r.segment.isEmpty())
        out += QStringLiteral("，面向%1").arg(r.segment);
    out += QStringLiteral("。遵循下面模板的结构和变量（保留 {变量} 占位符），换一种说法；用词合规，不用绝对化用语，"
                          "不夸大功效。");
    if (!r.terms.isEmpty())
        out += QStringLiteral("可以自然地用到这些行业术语：%1。").arg(r.terms.mid(0, 12).join(QStringLiteral("、")));
    out += QStringLiteral("只输出文案正文。\n\n【模板】\n") + clip(r.framework, 1200);
    return out;
}

Result<QString> ReplyAssistant::complete(const QString& prompt, int maxTokens, bool greedy, quint64 seed,
                                         const std::function<bool()>& cancelled, const std::function<void(const QString&)>& onText) const
{
    const std::vector<qint64> ids = m_decoder->tokenizer().encode(m_decoder->chatPrompt(prompt));
    GenerateOptions g;
    g.maxNewTokens = maxTokens;
    g.greedy = greedy;
    g.temperature = 0.7;
    g.topP = 0.9;
    g.topK = 40;
    g.repetitionPenalty = 1.05;
    g.seed = seed;
    QString sofar;
    if (cancelled || onText) {
        g.onText = [&sofar, cancelled, onText](const QString& piece) {
            sofar += piece;
            if (onText)
                onText(sofar);
            return !(cancelled && cancelled());
        };
    }
    auto r = m_decoder->generate(ids, g);
    if (!r)
        return Result<QString>::failure(r.error(), r.code());
    if (r.value().cancelled)
        return Result<QString>::failure(tr("cancelled"), ErrorCode::Failed);
    return r.value().text;
}

Result<QStringList> ReplyAssistant::suggestReplies(const AssistContext& context, int count, const std::function<bool(const QString&)>& accept,
                                                   const std::function<bool()>& cancelled,
                                                   const std::function<void(const QString&)>& onAccepted) const
{
    const QString prompt = replyPrompt(context);
    QStringList out;
    // A few more tries than suggestions: some come out empty, the same, or fail the gate.
    for (int attempt = 0; attempt < count * 2 && out.size() < count; ++attempt) {
        if (cancelled && cancelled())
            break;
        auto text = complete(prompt, 160, attempt == 0, quint64(1000 + attempt), cancelled);
        if (!text) {
            if (cancelled && cancelled())
                break; // what passed so far stands
            return Result<QStringList>::failure(text.error(), text.code());
        }
        const QString reply = cleanReply(text.value());
        if (reply.isEmpty() || out.contains(reply))
            continue;
        if (accept && !accept(reply))
            continue;
        out << reply;
        if (onAccepted)
            onAccepted(reply);
    }
    return out;
}

Result<QString> ReplyAssistant::summarize(const AssistContext& context, const std::function<bool()>& cancelled,
                                          const std::function<void(const QString&)>& onText) const
{
    auto text = complete(summaryPrompt(context), 200, true, 0, cancelled, onText);
    if (!text)
        return text;
    return text.value().trimmed();
}

Result<QString> ReplyAssistant::draft(const DraftRequest& request, quint64 seed, const std::function<bool()>& cancelled,
                                      const std::function<void(const QString&)>& onText) const
{
    auto text = complete(draftPrompt(request), 400, false, seed, cancelled, onText);
    if (!text)
        return text;
    return text.value().trimmed();
}

} // namespace lx::inference
