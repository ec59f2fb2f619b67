#include "content/DialogueFlow.h"

#include "common/Excerpt.h"

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
                if (!b.sentiment.isEmpty() && b.sentiment != QLatin1String("positive") && b.sentiment != QLatin1String("neutral")
                    && b.sentiment != QLatin1String("negative"))
                    return Result<QList<DialogueFlow>>::failure(
                        tr("flow %1, round %2: sentiment is positive, neutral or negative, not '%3'")
                            .arg(flow.id)
                            .arg(r + 1)
                            .arg(excerpt(b.sentiment)));
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

QByteArray DialogueFlow::toJson(const QList<DialogueFlow>& flows)
{
    QJsonArray out;
    for (const DialogueFlow& f : flows) {
        QJsonArray rounds;
        for (int r = 0; r < f.rounds.size(); ++r) {
            const DialogueRound& round = f.rounds.at(r);
            if (r == 0 && round.branches.size() == 1 && round.branches.first().isDefault) {
                rounds.append(QJsonObject{{QStringLiteral("say"), round.branches.first().say}});
                continue;
            }
            QJsonArray branches;
            for (const DialogueBranch& b : round.branches) {
                QJsonObject bo{{QStringLiteral("say"), b.say}};
                if (b.isDefault) {
                    bo.insert(QStringLiteral("default"), true);
                } else {
                    QJsonObject when;
                    if (!b.sentiment.isEmpty())
                        when.insert(QStringLiteral("sentiment"), b.sentiment);
                    if (!b.keywords.isEmpty())
                        when.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(b.keywords));
                    bo.insert(QStringLiteral("when"), when);
                }
                branches.append(bo);
            }
            rounds.append(QJsonObject{{QStringLiteral("branches"), branches}});
        }
        out.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name}, {QStringLiteral("rounds"), rounds}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("flows"), out}}).toJson(QJsonDocument::Indented);
}

Status DialogueFlow::validate(const QList<DialogueFlow>& flows)
{
    QStringList ids;
    for (int f = 0; f < flows.size(); ++f) {
        const DialogueFlow& flow = flows.at(f);
        if (flow.id.trimmed().isEmpty() || flow.name.trimmed().isEmpty())
            return Status::failure(tr("flow %1 needs an id and a name").arg(f + 1));
        if (ids.contains(flow.id))
            return Status::failure(tr("two flows have the id %1").arg(flow.id));
        ids << flow.id;
        if (flow.rounds.size() != 3)
            return Status::failure(tr("%1: a flow has exactly three rounds").arg(flow.name));
        for (int r = 0; r < 3; ++r) {
            const QList<DialogueBranch>& branches = flow.rounds.at(r).branches;
            if (branches.isEmpty())
                return Status::failure(tr("%1, round %2 says nothing").arg(flow.name).arg(r + 1));
            for (int b = 0; b < branches.size(); ++b) {
                const DialogueBranch& br = branches.at(b);
                if (br.say.trimmed().isEmpty())
                    return Status::failure(tr("%1, round %2, line %3 says nothing").arg(flow.name).arg(r + 1).arg(b + 1));
                if (auto uses = TemplateRenderer::variables(br.say); !uses)
                    return Status::failure(tr("%1, round %2, line %3: %4").arg(flow.name).arg(r + 1).arg(b + 1).arg(uses.error()));
                if (!br.isDefault && br.sentiment.isEmpty() && br.keywords.isEmpty())
                    return Status::failure(tr("%1, round %2, line %3 has no condition: give a sentiment or keywords, or "
                                              "make it the default")
                                               .arg(flow.name)
                                               .arg(r + 1)
                                               .arg(b + 1));
                if (br.isDefault && b != branches.size() - 1)
                    return Status::failure(tr("%1, round %2: the default line comes last, after the lines with conditions")
                                               .arg(flow.name)
                                               .arg(r + 1));
            }
            if (!branches.constLast().isDefault)
                return Status::failure(tr("%1, round %2 has no default line: an answer that matches no condition would "
                                          "leave the user without a reply")
                                           .arg(flow.name)
                                           .arg(r + 1));
        }
    }
    return Status::success();
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
