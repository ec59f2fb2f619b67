// The model-quality review queue: the day's sample, one-keystroke verdicts, accuracy and its alert.
#include "desk/DeskService.h"
#include "quality/ReviewService.h"

#include "common/TestWorkspace.h"

#include <QFile>
#include <QTest>

using namespace lx;

class tst_ReviewService : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("review.lingxi")};
    std::optional<auth::Session> m_supervisor, m_agent, m_marketer;

    // n model-labelled user messages on a China day; every 16th is about a hospital visit.
    void messages(const QDate& day, int n)
    {
        desk::DeskService desk(m_tw.auth());
        for (int i = 0; i < n; ++i) {
            desk::InboundMessage m;
            m.conversation = QStringLiteral("%1-%2").arg(day.toString(Qt::ISODate)).arg(i % 7);
            m.text = i % 16 == 0 ? QStringLiteral("用了之后去了医院 %1").arg(i) : QStringLiteral("物流怎么样 %1").arg(i);
            m.time_ms = desk::parseIsoTime(QStringLiteral("%1T10:00:00+08:00").arg(day.toString(Qt::ISODate)), 0).value() + i * 1000;
            desk::SentimentReading r;
            r.label = i % 3 == 0 ? QStringLiteral("negative") : QStringLiteral("neutral");
            r.negative = i % 3 == 0 ? 0.8 : 0.1;
            r.neutral = i % 3 == 0 ? 0.15 : 0.8;
            r.positive = 0.05;
            r.confidence = 0.8;
            m.sentiment = r;
            QVERIFY(desk.ingest(*m_supervisor, m));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        m_supervisor = m_tw.addOperator(QStringLiteral("boss"), auth::Role::Supervisor).value();
        m_agent = m_tw.addOperator(QStringLiteral("ag"), auth::Role::Agent).value();
        m_marketer = m_tw.addOperator(QStringLiteral("mk"), auth::Role::Marketer).value();
        messages(QDate(2026, 11, 25), 80);
        messages(QDate(2026, 11, 26), 80);
        messages(QDate(2026, 11, 27), 80);
    }

    void dailySampleHasAFixedSize()
    {
        quality::ReviewService service(m_tw.auth());
        QVERIFY(!service.sampleDay(*m_marketer, QDate(2026, 11, 25)));
        auto n = service.sampleDay(*m_agent, QDate(2026, 11, 25));
        QVERIFY2(n, qPrintable(n.error()));
        QCOMPARE(n.value(), 50 + 5); // the sample, plus the five hospital messages (i = 0, 16, 32, 48, 64)
        QCOMPARE(service.sampleDay(*m_agent, QDate(2026, 11, 25)).value(), 0); // drawn once
        auto queue = service.queue(*m_agent);
        QVERIFY(queue);
        QCOMPARE(queue.value().size(), 55);
        int sensitive = 0;
        for (const auto& r : queue.value())
            sensitive += r.sensitive ? 1 : 0;
        QCOMPARE(sensitive, 5);
        QVERIFY(queue.value().first().sensitive); // sensitive ones first
        QCOMPARE(queue.value().first().keyword, QStringLiteral("医院"));
        // A day without model answers queues nothing.
        QCOMPARE(service.sampleDay(*m_agent, QDate(2026, 11, 20)).value(), 0);
    }

    void verdictsAccuracyAndAlert()
    {
        quality::ReviewService service(m_tw.auth());
        QVERIFY(service.sampleDay(*m_supervisor, QDate(2026, 11, 26)));
        QVERIFY(service.sampleDay(*m_supervisor, QDate(2026, 11, 27)));
        // The reviewers disagree with the model on every negative answer.
        int corrected = 0;
        QHash<QString, QPair<int, int>> perDay;
        const auto waiting = service.queue(*m_agent);
        QVERIFY(waiting);
        for (const store::ReviewRow& r : waiting.value()) {
            const bool wrong = r.predicted == QLatin1String("negative");
            QVERIFY(service.review(*m_agent, r.messageId, wrong ? QStringLiteral("positive") : r.predicted));
            corrected += wrong ? 1 : 0;
            ++perDay[r.day].first;
            perDay[r.day].second += wrong ? 0 : 1;
        }
        QVERIFY(!service.review(*m_agent, 999999, QStringLiteral("neutral")));
        QVERIFY(!service.review(*m_marketer, 1, QStringLiteral("neutral")));
        auto report = service.accuracy(*m_supervisor);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report.value().periods.size(), 3);
        for (const quality::PeriodAccuracy& p : report.value().periods) {
            QCOMPARE(p.period.reviewed, qint64(perDay.value(p.period.label).first));
            QCOMPARE(p.period.correct, qint64(perDay.value(p.period.label).second));
            QVERIFY(p.enoughReviews);
            QVERIFY(p.below); // about a third wrong: under 85 %
        }
        QVERIFY(report.value().alert);
        // Corrections export as training data.
        const QString path = m_tw.filePath(QStringLiteral("corrections.csv"));
        QVERIFY(!service.exportCorrections(*m_agent, path));
        auto written = service.exportCorrections(*m_supervisor, path);
        QVERIFY(written);
        QCOMPARE(written.value(), qint64(corrected));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("label,text\npositive,"));
        QCOMPARE(csv.count('\n'), corrected + 1);
        // A stricter minimum: no day has enough reviews, so nothing is below and nothing alerts.
        quality::ReviewSettings s = service.settings().value();
        s.rule.minReviews = 500;
        QVERIFY(service.setSettings(*m_supervisor, s));
        QVERIFY(!service.accuracy(*m_supervisor).value().alert);
        QVERIFY(!service.setSettings(*m_agent, s));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewService)
#include "tst_ReviewService.moc"
