#include "content/DialogueFlow.h"

#include <QTest>

using lx::content::DialogueFlow;

class tst_DialogueFlow : public QObject
{
    Q_OBJECT

private:
    const DialogueFlow& flow() { return DialogueFlow::builtin().first(); }

private Q_SLOTS:
    void shippedFlowHasThreeRounds()
    {
        QVERIFY(!DialogueFlow::builtin().isEmpty());
        QCOMPARE(flow().rounds.size(), 3);
        auto opening = flow().step(1);
        QVERIFY(opening);
        QVERIFY(opening.value().say.contains(QStringLiteral("{产品名}")));
    }

    void followUpIsChosenByTheAnswer_data()
    {
        QTest::addColumn<int>("round");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("sentiment");
        QTest::addColumn<int>("branch");
        QTest::newRow("negative first") << 2 << QStringLiteral("脸好干，烦死了") << QStringLiteral("negative") << 0;
        QTest::newRow("dry skin") << 2 << QStringLiteral("冬天脸上紧绷") << QStringLiteral("neutral") << 1;
        QTest::newRow("oily, full-width and spaced") << 2 << QStringLiteral("最近 油 光 满 面，还长ＤＵ痘") << QStringLiteral("neutral") << 2;
        QTest::newRow("sensitive, traditional") << 2 << QStringLiteral("有點敏感") << QStringLiteral("neutral") << 3;
        QTest::newRow("nothing specific") << 2 << QStringLiteral("还好吧") << QStringLiteral("neutral") << 4;
        QTest::newRow("round 3 product") << 3 << QStringLiteral("我每天都保湿") << QStringLiteral("positive") << 0;
        QTest::newRow("round 3 unhappy") << 3 << QStringLiteral("你们根本没用") << QStringLiteral("negative") << 2;
        QTest::newRow("round 3 default") << 3 << QStringLiteral("好的谢谢") << QStringLiteral("positive") << 3;
    }

    void followUpIsChosenByTheAnswer()
    {
        QFETCH(int, round);
        QFETCH(QString, answer);
        QFETCH(QString, sentiment);
        QFETCH(int, branch);
        auto s = flow().step(round, answer, sentiment);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s.value().branch, branch);
        QVERIFY(!s.value().reason.isEmpty());
    }

    void badDataIsRefusedClearly()
    {
        QVERIFY(!DialogueFlow::parse("{\"flows\": [{\"id\": \"x\", \"rounds\": [{}, {}]}]}"));
        auto r = DialogueFlow::parse("{\"flows\": [{\"id\": \"x\", \"rounds\": [{\"say\": \"{坏\"}, {\"say\": \"a\"}, {\"say\": \"b\"}]}]}");
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("round 1")));
        QVERIFY(!flow().step(4));
    }
};

QTEST_GUILESS_MAIN(tst_DialogueFlow)
#include "tst_DialogueFlow.moc"
