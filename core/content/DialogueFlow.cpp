#include "content/DialogueFlow.h"

#include "content/TemplateRenderer.h"
#include "text/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lx::content {

Result<QList<DialogueFlow>> DialogueFlow::parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QList<DialogueFlow>>::failure(
            tr("the dialogue flows are not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    QList<DialogueFlow> out;
    const QJsonArray flows = doc.object().value(QStringLiteral("flows")).toArray();
    for (int f = 0; f < flows.size(); ++f) {
        const QJsonObject fo = flows.at(f).toObject();
        DialogueFlow flow;
        flow.id = fo.value(QStringLiteral("id")).toString();
        flow.name = fo.value(QStringLiteral("name")).toString();
        const QJsonArray rounds = fo.value(QStringLiteral("rounds")).toArray();
        if (flow.id.isEmpty() || rounds.size() != 3)
            return Result<QList<DialogueFlow>>::failure(tr("flow %1 needs an id and exactly three rounds").arg(f + 1));
        for (int r = 0; r < rounds.size(); ++r) {
            const QJsonObject ro = rounds.at(r).toObject();
            DialogueRound round;
            if (ro.contains(QStringLiteral("say"))) {
                round.branches.append(DialogueBranch{{}, {}, true, ro.value(QStringLiteral("say")).toString()});
            }
            for (const QJsonValue& bv : ro.value(QStringLiteral("branches")).toArray()) {
                const QJsonObject bo = bv.toObject();
                DialogueBranch b;
                const QJsonObject when = bo.value(QStringLiteral("when")).toObject();
                b.sentiment = when.value(QStringLiteral("sentiment")).toString();
                for (const QJsonValue& k : when.value(QStringLiteral("keywords")).toArray())
                    b.keywords << text::TextNormalizer::normalizeWord(k.toString());
                b.isDefault = bo.value(QStringLiteral("default")).toBool();
                b.say = bo.value(QStringLiteral("say")).toString();
                round.branches.append(b);
            }
            if (round.branches.isEmpty())
                return Result<QList<DialogueFlow>>::failure(tr("flow %1, round %2 says nothing").arg(flow.id).arg(r + 1));
            for (const DialogueBranch& b : std::as_const(round.branches)) {
                if (auto uses = TemplateRenderer::variables(b.say); !uses)
                    return Result<QList<DialogueFlow>>::failure(
                        tr("flow %1, round %2: %3").arg(flow.id).arg(r + 1).arg(uses.error()));
            }
            flow.rounds.append(round);
        }
        out.append(flow);
    }
    return out;
}

const QList<DialogueFlow>& DialogueFlow::builtin()
{
    static const QList<DialogueFlow> flows = [] {
        QFile f(QStringLiteral(":/content/dialogue.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QList<DialogueFlow>();
        auto parsed = parse(f.readAll());
        return parsed ? parsed.value() : QList<DialogueFlow>();
    }();
    return flows;
}

Result<DialogueStep> DialogueFlow::step(int round, const QString& answer, const QString& sentiment) const
{
    if (round < 1 || round > rounds.size())
        return Result<DialogueStep>::failure(tr("a dialogue has rounds 1 to %1").arg(rounds.size()));
    const QString normalized = text::TextNormalizer::normalizeWord(answer);
    const QList<DialogueBranch>& branches = rounds.at(round - 1).branches;
    for (int i = 0; i < branches.size(); ++i) {
        const DialogueBranch& b = branches.at(i);
        const bool sentimentOk = b.sentiment.isEmpty() || b.sentiment == sentiment;
        QString hit;
        for (const QString& k : b.keywords) {
            if (!k.isEmpty() && normalized.contains(k)) {
                hit = k;
                break;
            }
        }
        const bool keywordsOk = b.keywords.isEmpty() || !hit.isEmpty();
        if (!b.isDefault && (b.sentiment.isEmpty() && b.keywords.isEmpty()))
            continue; // a branch without conditions must say it is the default
        if (b.isDefault || (sentimentOk && keywordsOk)) {
            DialogueStep s;
            s.round = round;
            s.branch = i;
            s.say = b.say;
            if (b.isDefault)
                s.reason = round == 1 ? tr("opening") : tr("no branch matched the answer; default");
            else if (!hit.isEmpty())
                s.reason = tr("the answer mentions “%1”").arg(hit);
            else
                s.reason = tr("the answer is %1").arg(sentiment);
            return s;
        }
    }
    return Result<DialogueStep>::failure(tr("round %1 has no branch for this answer and no default").arg(round));
}

} // namespace lx::content
