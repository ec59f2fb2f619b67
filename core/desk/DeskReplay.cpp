#include "desk/DeskReplay.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace lx::desk {

namespace {

QString idText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

bool validId(const QJsonValue& v)
{
    return (v.isString() && !v.toString().isEmpty()) || v.isDouble();
}

} // namespace

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    const std::size_t rank = std::size_t(std::max(1.0, std::ceil(q * double(values.size())))) - 1;
    const std::size_t k = std::min(rank, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

DeskReplay::DeskReplay(EscalationPolicy policy, SentimentFn classify)
    : m_policy(std::move(policy)), m_classify(std::move(classify))
{
}

Result<QJsonObject> DeskReplay::feed(const QByteArray& line)
{
    using R = Result<QJsonObject>;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError)
        return R::failure(tr("not JSON (%1 at character %2)").arg(pe.errorString()).arg(pe.offset + 1));
    if (!doc.isObject())
        return R::failure(tr("a message is a JSON object"));
    const QJsonObject in = doc.object();
    const QJsonValue id = in.value(QStringLiteral("id"));
    const QJsonValue conversation = in.value(QStringLiteral("conversation"));
    if (!validId(id))
        return R::failure(tr("\"id\" is missing (a string or a number)"));
    if (!validId(conversation))
        return R::failure(tr("\"conversation\" is missing (a string or a number)"));
    const QJsonValue timeValue = in.value(QStringLiteral("time"));
    const auto time_ms = parseIsoTime(timeValue.toString(), m_policy.calendar().utcOffset_s());
    if (!time_ms)
        return R::failure(tr("\"time\" is not an ISO-8601 date and time: '%1'").arg(excerpt(timeValue.toVariant().toString())));
    const QJsonValue textValue = in.value(QStringLiteral("text"));
    if (!textValue.isString())
        return R::failure(tr("\"text\" is missing"));
    const QJsonValue vipValue = in.value(QStringLiteral("vip"));
    if (!vipValue.isUndefined() && !vipValue.isNull() && !vipValue.isBool())
        return R::failure(tr("\"vip\" is true or false"));

    PolicyMessage m;
    m.time_ms = *time_ms;
    m.text = textValue.toString();
    const QJsonValue sentimentValue = in.value(QStringLiteral("sentiment"));
    if (sentimentValue.isUndefined() || sentimentValue.isNull()) {
        if (!m_classify)
            return R::failure(tr("no \"sentiment\" given and no active sentiment model to classify the text"));
        auto reading = m_classify(m.text);
        if (!reading)
            return R::failure(reading.error());
        m.sentiment = reading.value().label;
        m.confidence = reading.value().confidence;
    } else {
        m.sentiment = sentimentValue.toString();
        if (m.sentiment != QLatin1String("positive") && m.sentiment != QLatin1String("neutral")
            && m.sentiment != QLatin1String("negative"))
            return R::failure(tr("\"sentiment\" is positive, neutral or negative, not '%1'")
                                  .arg(excerpt(sentimentValue.toVariant().toString())));
    }

    Conversation& c = m_conversations[idText(conversation)];
    if (vipValue.isBool())
        c.vip = vipValue.toBool();
    m.vip = c.vip;
    const PolicyDecision d = m_policy.decide(c.state, m);
    c.state.state = d.state;
    c.state.streak = d.streak;

    QJsonObject out{{QStringLiteral("message_id"), id},
                    {QStringLiteral("conversation_id"), conversation},
                    {QStringLiteral("sentiment"), m.sentiment},
                    {QStringLiteral("streak"), d.streak},
                    {QStringLiteral("action"), actionKey(d.action)},
                    {QStringLiteral("state"), stateKey(d.state)}};
    if (d.action == PolicyAction::CallbackTask) {
        out.insert(QStringLiteral("deadline"),
                   d.callbackDeadline_ms ? QJsonValue(m_policy.calendar().isoLocal(*d.callbackDeadline_ms)) : QJsonValue());
    }
    return out;
}

ReplayStats DeskReplay::run(QIODevice& in, const std::function<void(const QJsonObject&)>& emitDecision,
                            const std::function<void(const QString&)>& report)
{
    ReplayStats stats;
    std::vector<double> latencies;
    QElapsedTimer clock;
    qint64 lineNumber = 0;
    QByteArray line;
    for (;;) {
        const InputFile::Line got = InputFile::readLine(in, limits::kMaxRecordBytes, line);
        if (got == InputFile::Line::End)
            break;
        clock.start(); // the message has arrived
        ++lineNumber;
        if (got == InputFile::Line::TooLong) {
            ++stats.skipped;
            if (report)
                report(tr("line %1: longer than %2").arg(lineNumber).arg(InputFile::sizeText(limits::kMaxRecordBytes)));
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        auto decision = feed(line);
        if (!decision) {
            ++stats.skipped;
            if (report)
                report(tr("line %1: %2").arg(lineNumber).arg(decision.error()));
            continue;
        }
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        ++stats.messages;
        if (emitDecision)
            emitDecision(decision.value());
    }
    stats.p50_ms = quantile(latencies, 0.50);
    stats.p99_ms = quantile(latencies, 0.99);
    stats.max_ms = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    return stats;
}

} // namespace lx::desk
