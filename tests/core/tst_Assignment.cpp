#include "experiments/Assignment.h"
#include "experiments/Statistics.h"

#include <QTest>

using namespace lx::experiments;

class tst_Assignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableAcrossRunsAndMachines()
    {
        // Pinned value, computed independently (Python hashlib): SHA-256("9:spring-ab:wx_user_001"),
        // first 53 bits over 2^53. A change of the hashing would silently move every running
        // experiment's users; this catches it.
        const double p = Assignment::position(QStringLiteral("spring-ab"), QStringLiteral("wx_user_001"));
        QCOMPARE(Assignment::position(QStringLiteral("spring-ab"), QStringLiteral("wx_user_001")), p);
        QVERIFY(p >= 0 && p < 1);
        QCOMPARE(QString::number(p, 'f', 12), QStringLiteral("0.818187605004"));
        QVERIFY(Assignment::position(QStringLiteral("spring-ab2"), QStringLiteral("wx_user_001")) != p);
        QVERIFY(Assignment::position(QStringLiteral("spring-a"), QStringLiteral("bwx_user_001"))
                != Assignment::position(QStringLiteral("spring-ab"), QStringLiteral("wx_user_001")));
    }

    void splitFollowsTheWeights_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::newRow("50/50") << QList<double>{1, 1};
        QTest::newRow("90/10") << QList<double>{9, 1};
        QTest::newRow("A/B/C 50/25/25") << QList<double>{50, 25, 25};
    }

    void splitFollowsTheWeights()
    {
        QFETCH(QList<double>, weights);
        QList<qint64> counts(weights.size(), 0);
        const int users = 100000;
        for (int i = 0; i < users; ++i) {
            const int v = Assignment::variant(QStringLiteral("exp-42"), QStringLiteral("user-%1").arg(i), weights);
            QVERIFY(v >= 0 && v < weights.size());
            ++counts[v];
        }
        // The same check the analysis runs for sample-ratio mismatch: a sound split passes it.
        const ChiSquare fit = Statistics::goodnessOfFit(counts, weights);
        QVERIFY2(fit.pValue > 0.001, qPrintable(QStringLiteral("chi2 %1 p %2").arg(fit.statistic).arg(fit.pValue)));
        double total = 0;
        for (double w : weights)
            total += w;
        for (int i = 0; i < weights.size(); ++i)
            QVERIFY(std::abs(double(counts.at(i)) / users - weights.at(i) / total) < 0.01);
    }

    void zeroWeightsAreNeverChosen()
    {
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(Assignment::variant(QStringLiteral("x"), QString::number(i), {1, 0, 1}) == 1, false);
        QCOMPARE(Assignment::variant(QStringLiteral("x"), QStringLiteral("u"), {0, 0}), -1);
    }
};

QTEST_GUILESS_MAIN(tst_Assignment)
#include "tst_Assignment.moc"
