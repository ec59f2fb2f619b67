// The demo workspace as a new user meets it right after it is built (issue 23 #6): an active
// sentiment model that reads customer messages, a running experiment with exposures, review
// items waiting, and desk clocks that start now instead of running out at login.
#include "auth/AuthService.h"
#include "common/DemoLogins.h"
#include "demo/DemoWorkspace.h"
#include "desk/DeskService.h"
#include "experiments/ExperimentService.h"
#include "inference/DemoModel.h"
#include "inference/ModelRegistry.h"
#include "inference/Predictor.h"
#include "quality/ReviewService.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lx;

class tst_DemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.lingxi"));
        m_builtMs = QDateTime::currentMSecsSinceEpoch();
        auto st = demo::DemoWorkspace::create(m_path, {}, inference::addDemoModel);
        QVERIFY2(st, qPrintable(st.error()));
        auto ws = store::Workspace::open(m_path);
        QVERIFY2(ws, qPrintable(ws.error()));
        m_ws = ws.take();
        m_auth = std::make_unique<auth::AuthService>(*m_ws);
    }

    void anActiveModelReadsCustomerMessages()
    {
        inference::ModelRegistry registry(*m_auth);
        auto active = registry.activeId();
        QVERIFY2(active, qPrintable(active.error()));
        QVERIFY(active.value().has_value());
        auto models = registry.list();
        QVERIFY(models);
        QCOMPARE(models.value().size(), 1);
        // Its cross-validated accuracy is recorded, as for any model a supervisor trains.
        QVERIFY(models.value().first().meanAccuracy > 0.5);

        auto model = registry.loadActive();
        QVERIFY2(model, qPrintable(model.error()));
        // Lines that are not in its training file.
        const QStringList texts{QStringLiteral("东西到了，客服很耐心，非常满意"), QStringLiteral("等了一个小时没人理，我要投诉"),
                                QStringLiteral("请问这款面霜敏感肌可以用吗")};
        auto answers = model.value()->answer(texts);
        QVERIFY(answers);
        QCOMPARE(answers.value().at(0).label, QStringLiteral("positive"));
        QCOMPARE(answers.value().at(1).label, QStringLiteral("negative"));
        QCOMPARE(answers.value().at(2).label, QStringLiteral("neutral"));
    }

    void theExperimentIsRunningWithExposures()
    {
        const auth::Session marketer = test::demoSession(*m_auth, QStringLiteral("marketer"));
        experiments::ExperimentService service(*m_auth);
        auto list = service.list(marketer);
        QVERIFY(list);
        QCOMPARE(list.value().size(), 1);
        const experiments::Experiment& e = list.value().first();
        QCOMPARE(e.status, QStringLiteral("running"));
        auto counts = service.countsFromEvents(e.id);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts.value().input.variants.size(), 2);
        qint64 conversions = 0;
        for (const auto& v : counts.value().input.variants) {
            // 2,400 users shown, those with marketing consent enrolled: several hundred a variant.
            QVERIFY2(v.exposures > 500, qPrintable(QString::number(v.exposures)));
            conversions += v.conversions;
        }
        QVERIFY(conversions > 0);
        QVERIFY(!counts.value().input.days.isEmpty());
    }

    void reviewItemsAreWaiting()
    {
        const auth::Session supervisor = test::demoSession(*m_auth, QStringLiteral("supervisor"));
        auto queue = quality::ReviewService(*m_auth).queue(supervisor);
        QVERIFY2(queue, qPrintable(queue.error()));
        QVERIFY(queue.value().size() >= 5);
        for (const auto& r : queue.value()) {
            QVERIFY(r.confidence.has_value()); // the model's reading, not a given label
            QVERIFY(r.label.isEmpty());
        }
    }

    void deskClocksStartWhenTheDemoIsBuilt()
    {
        const auth::Session supervisor = test::demoSession(*m_auth, QStringLiteral("supervisor"));
        desk::DeskService desk(*m_auth);
        auto queue = desk.queue(supervisor);
        QVERIFY2(queue, qPrintable(queue.error()));
        int onAClock = 0;
        for (const desk::QueueItem& item : queue.value()) {
            QVERIFY2(item.sla != desk::SlaStatus::Breached, qPrintable(item.conversation.state));
            if (item.deadlineKind == QLatin1String("first_response") && item.deadlineMs) {
                ++onAClock;
                // At least ten minutes from when the build started: time to log in and look around.
                QVERIFY2(*item.deadlineMs - m_builtMs >= 10 * 60 * 1000,
                         qPrintable(QString::number((*item.deadlineMs - m_builtMs) / 1000)));
            }
        }
        QVERIFY(onAClock >= 3);
        // The monitor's first pass after login finds nothing past its clock, nothing to warn
        // about and no agent to take a conversation back from.
        auto sla = desk.enforceSla(supervisor);
        QVERIFY2(sla, qPrintable(sla.error()));
        QCOMPARE(sla.value().breached, 0);
        QCOMPARE(sla.value().warned, 0);
        QCOMPARE(sla.value().requeued, 0);
    }

    void aDemoOpenedLaterStartsAFreshMorning()
    {
        // Opened again right away: the desk is fresh and is left as it is.
        auto early = demo::DemoWorkspace::refreshIfStale(*m_ws, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(early, qPrintable(early.error()));
        QVERIFY(!early.value());

        // Opened two days later: the morning's open conversations are closed, a new morning
        // starts then, and its clocks have the same room as on the first day.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 2 * 24 * 3600 * 1000LL;
        const auth::Session supervisor = test::demoSession(*m_auth, QStringLiteral("supervisor"));
        desk::DeskService desk(*m_auth);
        auto before = desk.queue(supervisor);
        QVERIFY(before);
        QSet<qint64> old;
        for (const desk::QueueItem& item : before.value())
            old.insert(item.conversation.id);
        QVERIFY(!old.isEmpty());

        auto refreshed = demo::DemoWorkspace::refreshIfStale(*m_ws, later);
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QVERIFY(refreshed.value());
        m_auth->setClock([later] { return later; });
        auto after = desk.queue(supervisor);
        QVERIFY(after);
        int onAClock = 0;
        for (const desk::QueueItem& item : after.value()) {
            // The first day's conversations show only as just closed.
            if (old.contains(item.conversation.id)) {
                QCOMPARE(item.conversation.state, QStringLiteral("closed"));
                continue;
            }
            QVERIFY(item.sla != desk::SlaStatus::Breached);
            if (item.deadlineKind == QLatin1String("first_response") && item.deadlineMs) {
                ++onAClock;
                QVERIFY(*item.deadlineMs - later >= 10 * 60 * 1000);
            }
        }
        QVERIFY(onAClock >= 3);
        for (qint64 id : old)
            QCOMPARE(desk.conversation(supervisor, id).value().state, QStringLiteral("closed"));
        auto sla = desk.enforceSla(supervisor);
        QVERIFY(sla);
        QCOMPARE(sla.value().breached, 0);
        // And a second opening that day leaves the new morning alone.
        auto again = demo::DemoWorkspace::refreshIfStale(*m_ws, later + 60 * 1000);
        QVERIFY(again && !again.value());
        m_auth->setClock({});
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_builtMs = 0;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<auth::AuthService> m_auth;
};

QTEST_GUILESS_MAIN(tst_DemoWorkspace)
#include "tst_DemoWorkspace.moc"
