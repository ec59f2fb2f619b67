#include "experiments/Statistics.h"

#include <QTest>

#include <cmath>

using namespace lx::experiments;

// Reference values: published quantiles (normal and chi-square tables, to the digits scipy
// prints) and hand computation from the textbook formulas (worked in a calculator session and
// pasted here with their inputs).
class tst_Statistics : public QObject
{
    Q_OBJECT

    static bool near(double a, double b, double tol = 1e-9) { return std::fabs(a - b) <= tol; }

private Q_SLOTS:
    void normalQuantileAndCdf()
    {
        QVERIFY(near(Statistics::normalQuantile(0.975), 1.959963984540054, 1e-12));
        QVERIFY(near(Statistics::normalQuantile(0.8), 0.8416212335729143, 1e-12));
        QVERIFY(near(Statistics::normalQuantile(0.995), 2.5758293035489004, 1e-12));
        QVERIFY(near(Statistics::normalQuantile(0.5), 0.0, 1e-15));
        QVERIFY(near(Statistics::normalQuantile(1e-6), -4.753424308822899, 1e-10));
        QVERIFY(near(Statistics::normalCdf(1.959963984540054), 0.975, 1e-15));
        QVERIFY(near(Statistics::normalCdf(-3), 0.0013498980316301, 1e-15));
    }

    void chiSquareSurvival_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("df");
        QTest::addColumn<double>("p");
        // Critical values from chi-square tables (scipy.stats.chi2.isf).
        QTest::newRow("df1 0.05") << 3.841458820694124 << 1 << 0.05;
        QTest::newRow("df1 0.001") << 10.827566170662733 << 1 << 0.001;
        QTest::newRow("df2 0.05") << 5.991464547107979 << 2 << 0.05;
        QTest::newRow("df3 0.05") << 7.814727903251178 << 3 << 0.05;
        QTest::newRow("df4 0.05") << 9.487729036781154 << 4 << 0.05;
        QTest::newRow("df5 0.01") << 15.08627246938899 << 5 << 0.01;
        QTest::newRow("df10 0.05") << 18.307038053275146 << 10 << 0.05;
        QTest::newRow("df3 small x") << 0.35184631774927144 << 3 << 0.95;
        QTest::newRow("zero") << 0.0 << 2 << 1.0;
    }

    void chiSquareSurvival()
    {
        QFETCH(double, x);
        QFETCH(int, df);
        QFETCH(double, p);
        QVERIFY2(near(Statistics::chiSquareSurvival(x, df), p, 1e-10),
                 qPrintable(QString::number(Statistics::chiSquareSurvival(x, df), 'g', 17)));
    }

    void wilsonInterval()
    {
        auto ci = Statistics::wilson(200, 1000);
        QVERIFY(ci);
        QVERIFY(near(ci->low, 0.1763770904431985, 1e-12));
        QVERIFY(near(ci->high, 0.22591896464813466, 1e-12));
        // Edge cases: no successes, all successes, a tiny sample, no exposures.
        ci = Statistics::wilson(0, 50);
        QVERIFY(near(ci->low, 0.0, 1e-15));
        QVERIFY(near(ci->high, 0.07134759913335872, 1e-12));
        ci = Statistics::wilson(50, 50);
        QVERIFY(near(ci->low, 0.9286524008666414, 1e-12));
        QVERIFY(near(ci->high, 1.0, 1e-15));
        ci = Statistics::wilson(1, 3);
        QVERIFY(near(ci->low, 0.06149194472039615, 1e-12));
        QVERIFY(near(ci->high, 0.7923403991979523, 1e-12));
        QVERIFY(!Statistics::wilson(0, 0));
    }

    void pooledZTest()
    {
        ZTest t = Statistics::twoProportion(200, 1000, 250, 1000);
        QVERIFY(near(t.z, 2.677397763008329, 1e-12));
        QVERIFY(near(t.pValue, 0.007419649261025693, 1e-12));
        t = Statistics::twoProportion(120, 2400, 96, 2400);
        QVERIFY(near(t.z, -1.6710239725774276, 1e-12));
        QVERIFY(near(t.pValue, 0.09471694282535331, 1e-12));
        // Both at 0 % (or 100 %): no evidence either way, never a division by zero.
        t = Statistics::twoProportion(0, 500, 0, 500);
        QCOMPARE(t.z, 0.0);
        QCOMPARE(t.pValue, 1.0);
        t = Statistics::twoProportion(500, 500, 500, 500);
        QCOMPARE(t.pValue, 1.0);
        // For two groups, z² is the chi-square statistic of the 2×2 table.
        const ChiSquare c = Statistics::independence({200, 250}, {1000, 1000});
        QVERIFY(near(c.statistic, 2.677397763008329 * 2.677397763008329, 1e-9));
        QVERIFY(near(c.pValue, 0.007419649261025693, 1e-12));
    }

    void holmBonferroni()
    {
        const QList<double> adjusted = Statistics::holm({0.01, 0.04, 0.03});
        QVERIFY(near(adjusted.at(0), 0.03));
        QVERIFY(near(adjusted.at(1), 0.06)); // monotone: never below an earlier step
        QVERIFY(near(adjusted.at(2), 0.06));
        QCOMPARE(Statistics::holm({0.2}), QList<double>{0.2});
        const QList<double> capped = Statistics::holm({0.6, 0.7});
        QCOMPARE(capped.at(0), 1.0);
        QCOMPARE(capped.at(1), 1.0);
    }

    void chiSquareAcrossThreeVariants()
    {
        const ChiSquare c = Statistics::independence({120, 150, 96}, {2400, 2400, 2400});
        QCOMPARE(c.df, 2);
        QVERIFY(near(c.statistic, 12.64266900790167, 1e-9));
        QVERIFY(near(c.pValue, 0.0017975430765579318, 1e-12));
    }

    void sampleRatioMismatch()
    {
        ChiSquare s = Statistics::goodnessOfFit({5000, 5300}, {1, 1});
        QVERIFY(near(s.statistic, 8.737864077669903, 1e-9));
        QVERIFY(near(s.pValue, 0.0031166938398668655, 1e-12));
        s = Statistics::goodnessOfFit({1000, 1000, 1150}, {1, 1, 1});
        QVERIFY(near(s.statistic, 14.285714285714285, 1e-9));
        QVERIFY(near(s.pValue, 0.0007904903231199669, 1e-12));
        // Weights on any scale: 50/30/20 against 5:3:2.
        s = Statistics::goodnessOfFit({500, 300, 200}, {5, 3, 2});
        QCOMPARE(s.statistic, 0.0);
        QCOMPARE(s.pValue, 1.0);
    }

    void sampleSize()
    {
        QCOMPARE(Statistics::sampleSize(0.10, 0.02).value(), qint64(3841)); // 3840.85 rounded up
        QCOMPARE(Statistics::sampleSize(0.05, 0.01).value(), qint64(8158));  // 8157.73
        QCOMPARE(Statistics::sampleSize(0.20, -0.05).value(), qint64(906));  // 905.37, a drop works too
        QVERIFY(Statistics::sampleSize(0.10, 0.02, 0.01, 0.9).value() > 3841);
        QVERIFY(!Statistics::sampleSize(0.10, 0.0));
        QVERIFY(!Statistics::sampleSize(0.95, 0.1));
        QVERIFY(!Statistics::sampleSize(0.0, 0.1));
    }
};

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_Statistics.moc"
