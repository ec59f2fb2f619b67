// The desk's decision time: a replay of 100,000 user messages through the escalation policy
// (p50/p99/max from arrival to decision, the target is p99 < 50 ms), against a peer that works
// out business-time deadlines by stepping minute by minute (the obvious way), on the same
// messages in the same run; then the live path, messages stored through the desk service.
// Optional: --model MODEL.lxsent classifies every text with a trained model as a replay of
// unlabelled messages would. Prints JSON; asserts nothing.
#include "desk/DeskReplay.h"
#include "desk/DeskService.h"
#include "inference/DeskSentiment.h"
#include "inference/SentimentModel.h"
#include "store/Workspace.h"

#include "common/TestWorkspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <random>

using namespace lx;

namespace {

const char* const kTexts[] = {"这款精华适合油皮吗", "快递三天了还没到", "客服一直不回，太失望了", "收到了，很好用，谢谢",
                              "转人工", "什么时候发货？可以开发票吗？", "我要投诉，给我退款", "好的，明白了",
                              "用了以后脸上起疹子", "会员积分怎么用", "包装破了，东西也漏了", "物流很快，点赞"};

QByteArray messages(int count, int conversations, bool labelled)
{
    std::mt19937 rng(20261128);
    std::uniform_int_distribution<int> conv(0, conversations - 1);
    std::uniform_int_distribution<int> text(0, int(std::size(kTexts)) - 1);
    std::uniform_int_distribution<int> label(0, 99);
    std::uniform_int_distribution<int> gap_s(1, 40);
    // From a Thursday in March across weekends and into the Qingming holiday.
    qint64 t = QDateTime(QDate(2026, 3, 26), QTime(8, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    QByteArray out;
    out.reserve(count * 180);
    for (int i = 0; i < count; ++i) {
        t += qint64(gap_s(rng)) * 1000;
        QJsonObject o{{QStringLiteral("id"), i},
                      {QStringLiteral("conversation"), QStringLiteral("c%1").arg(conv(rng))},
                      {QStringLiteral("user"), QStringLiteral("u%1").arg(i % conversations)},
                      {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(t, QTimeZone(8 * 3600)).toString(Qt::ISODate)},
                      {QStringLiteral("text"), QString::fromUtf8(kTexts[text(rng)])}};
        if (labelled) {
            const int l = label(rng);
            o.insert(QStringLiteral("sentiment"), l < 35 ? QStringLiteral("negative") : l < 70 ? QStringLiteral("neutral") : QStringLiteral("positive"));
            if (l % 17 == 0)
                o.insert(QStringLiteral("vip"), true);
        }
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

// The peer: business time by stepping minute after minute through the calendar.
std::optional<qint64> naiveDeadline(const desk::BusinessCalendar& c, qint64 from, qint64 duration)
{
    constexpr qint64 minute = 60000;
    qint64 t = from;
    qint64 left = duration;
    for (int steps = 0; steps < 3 * 366 * 24 * 60; ++steps) {
        if (c.isOpen(t)) {
            const qint64 step = std::min(minute - (t % minute == 0 ? 0 : t % minute), left);
            if (left <= step)
                return t + left;
            left -= step;
            t += step;
        } else {
            t = (t / minute + 1) * minute;
        }
    }
    return std::nullopt;
}

QJsonObject replay(const QByteArray& input, const desk::EscalationPolicy& policy, const desk::SentimentFn& classify,
                   QList<qint64>* deadlines)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    desk::DeskReplay r(policy, classify);
    QElapsedTimer wall;
    wall.start();
    qint64 callbacks = 0;
    const desk::ReplayStats s = r.run(
        buffer,
        [&](const QJsonObject& d) {
            if (d.contains(QStringLiteral("deadline"))) {
                ++callbacks;
                if (deadlines)
                    deadlines->append(desk::parseIsoTime(d.value(QStringLiteral("deadline")).toString(), 8 * 3600).value_or(0));
            }
        },
        {});
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    return QJsonObject{{QStringLiteral("messages"), s.messages},
                       {QStringLiteral("callback_tasks"), callbacks},
                       {QStringLiteral("p50_ms"), s.p50_ms},
                       {QStringLiteral("p99_ms"), s.p99_ms},
                       {QStringLiteral("max_ms"), s.max_ms},
                       {QStringLiteral("messages_per_s"), double(s.messages) / seconds}};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString modelPath;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QString::fromLocal8Bit(argv[i]) == QLatin1String("--model"))
            modelPath = QString::fromLocal8Bit(argv[i + 1]);
    }
    const int count = 100000;
    const QByteArray labelled = messages(count, 5000, true);
    const desk::BusinessCalendar& office = desk::BusinessCalendar::chinaDefault();
    const desk::EscalationPolicy policy(desk::PolicyConfig::defaults(), office);
    QJsonObject report{{QStringLiteral("calendar"), office.name()}};

    QList<qint64> deadlines;
    report.insert(QStringLiteral("replay_labelled"), replay(labelled, policy, {}, &deadlines));

    // Peer: the same deadlines stepped out minute by minute, from the same starting points.
    {
        std::mt19937 rng(7);
        QList<qint64> starts;
        const qint64 base = QDateTime(QDate(2026, 3, 26), QTime(8, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        std::uniform_int_distribution<qint64> offset(0, 14LL * 24 * 3600 * 1000);
        for (int i = 0; i < 2000; ++i)
            starts.append(base + offset(rng));
        const qint64 day = 24LL * 3600 * 1000;
        QElapsedTimer t;
        t.start();
        qint64 checksum = 0;
        for (qint64 s : starts)
            checksum += office.addBusinessMs(s, day).value_or(0);
        const double ours_us = double(t.nsecsElapsed()) / 1e3 / double(starts.size());
        t.restart();
        qint64 naive = 0;
        int mismatches = 0;
        for (qint64 s : starts) {
            const qint64 d = naiveDeadline(office, s, day).value_or(0);
            naive += d;
            mismatches += d != office.addBusinessMs(s, day).value_or(0) ? 1 : 0;
        }
        const double peer_us = double(t.nsecsElapsed()) / 1e3 / double(starts.size());
        report.insert(QStringLiteral("callback_deadline"),
                      QJsonObject{{QStringLiteral("deadlines"), qint64(starts.size())},
                                  {QStringLiteral("interval_arithmetic_us"), ours_us},
                                  {QStringLiteral("minute_stepping_peer_us"), peer_us},
                                  {QStringLiteral("speedup"), peer_us / std::max(1e-9, ours_us)},
                                  {QStringLiteral("mismatches"), mismatches},
                                  {QStringLiteral("checksums_equal"), checksum == naive}});
    }

    if (!modelPath.isEmpty()) {
        auto model = inference::SentimentClassifier::load(modelPath);
        if (model) {
            auto m = model.value();
            const QByteArray unlabelled = messages(count, 5000, false);
            auto classify = [m](const QString& text) { return inference::readSentiment(*m, text); };
            report.insert(QStringLiteral("replay_model"), replay(unlabelled, policy, classify, nullptr));
        } else {
            report.insert(QStringLiteral("replay_model"), model.error());
        }
    }

    // The live path: each message stored with its decision (durable writes through the writer).
    {
        test::TestWorkspace tw(QStringLiteral("bench.lingxi"));
        auto boss = tw.addOperator(QStringLiteral("boss"), auth::Role::Supervisor);
        if (tw.ok() && boss) {
            desk::DeskService desk(tw.auth());
            const QList<QByteArray> lines = labelled.split('\n').mid(0, 3000);
            std::vector<double> ms;
            QElapsedTimer wall;
            wall.start();
            for (const QByteArray& line : lines) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                desk::InboundMessage in;
                in.conversation = o.value(QStringLiteral("conversation")).toString();
                in.text = o.value(QStringLiteral("text")).toString();
                in.time_ms = desk::parseIsoTime(o.value(QStringLiteral("time")).toString(), 8 * 3600).value_or(0);
                desk::SentimentReading r;
                r.label = o.value(QStringLiteral("sentiment")).toString();
                in.sentiment = r;
                QElapsedTimer t;
                t.start();
                (void)desk.ingest(boss.value(), in);
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            report.insert(QStringLiteral("live_ingest"),
                          QJsonObject{{QStringLiteral("messages"), qint64(ms.size())},
                                      {QStringLiteral("p50_ms"), desk::quantile(ms, 0.5)},
                                      {QStringLiteral("p99_ms"), desk::quantile(ms, 0.99)},
                                      {QStringLiteral("messages_per_s"), double(ms.size()) / (double(wall.nsecsElapsed()) / 1e9)}});
        }
    }
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
