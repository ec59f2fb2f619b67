#include "experiments/AbAnalysis.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace lx::experiments;

class tst_AbAnalysis : public QObject
{
    Q_OBJECT

    static AbInput read(QByteArray csv)
    {
        QBuffer b(&csv);
        b.open(QIODevice::ReadOnly);
        return AbAnalysis::readCsv(b);
    }
    static bool near(double a, double b, double tol = 1e-9) { return std::fabs(a - b) <= tol; }

private Q_SLOTS:
    void readsCountsInAnyColumnOrder()
    {
        const AbInput in = read("conversions,variant,exposures,weight,note\n200,A,1000,1,baseline\n250,B,1000,1,\n");
        QVERIFY(in.issues.isEmpty());
        QCOMPARE(in.variants.size(), 2);
        QCOMPARE(in.variants.at(1).name, QStringLiteral("B"));
        QCOMPARE(in.variants.at(1).conversions, qint64(250));
    }

    void badInputNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray header = "variant,weight,exposures,conversions\n";
        QTest::newRow("negative") << header + "A,1,1000,20\nB,1,-5,0\n" << 3 << "negative";
        QTest::newRow("more conversions") << header + "A,1,1000,20\nB,1,100,101\n" << 3 << "more conversions";
        QTest::newRow("zero weight") << header + "A,0,1000,20\nB,1,100,1\n" << 2 << "positive";
        QTest::newRow("negative weight") << header + "A,1,1000,20\nB,-1,100,1\n" << 3 << "positive";
        QTest::newRow("one variant") << header + "A,1,1000,20\n" << 2 << "two variants";
        QTest::newRow("not a number") << header + "A,1,1000,20\nB,1,lots,1\n" << 3 << "whole number";
        QTest::newRow("duplicate") << header + "A,1,1000,20\nA,1,1000,21\n" << 3 << "twice";
        QTest::newRow("header") << QByteArray("name,weight,exposures,conversions\nA,1,1,1\n") << 1 << "'variant'";
    }

    void badInputNamesTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const AbInput in = read(csv);
        QVERIFY(!in.issues.isEmpty());
        QCOMPARE(in.issues.first().line, line);
        QVERIFY2(in.issues.first().reason.contains(mentions), qPrintable(in.issues.first().reason));
    }

    void twoVariantsWinner()
    {
        const AbInput in = read("variant,weight,exposures,conversions\nA,1,1000,200\nB,1,1000,250\n");
        AbOptions o;
        o.minExposures = 500;
        auto r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(r);
        const VariantResult& a = r.value().variants.at(0);
        const VariantResult& b = r.value().variants.at(1);
        QVERIFY(a.control);
        QVERIFY(!a.lift && !a.z && !a.pValue && !a.pAdjusted && !a.significant);
        QVERIFY(near(b.rate, 0.25));
        QVERIFY(near(*b.lift, 0.25));
        QVERIFY(near(*b.z, 2.677397763008329, 1e-12));
        QVERIFY(near(*b.pValue, 0.007419649261025693, 1e-12));
        QCOMPARE(*b.pAdjusted, *b.pValue); // one comparison: nothing to adjust
        QVERIFY(*b.significant);
        QCOMPARE(r.value().verdict, Verdict::Winner);
        QVERIFY2(r.value().verdictText.startsWith(QStringLiteral("B beats A by +25.0 %")), qPrintable(r.value().verdictText));
        QVERIFY(r.value().verdictText.contains(QStringLiteral("95 % CI")));
        QVERIFY(!r.value().srmFlag);
    }

    void threeVariantsHolmAndControlChoice()
    {
        const AbInput in = read("variant,weight,exposures,conversions\nA,1,2400,120\nB,1,2400,150\nC,1,2400,96\n");
        AbOptions o;
        o.minExposures = 0;
        auto r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(r);
        // Raw p: B 0.0602, C 0.0947 → Holm: B ×2 = 0.1204, C max(0.1204, 0.0947) = 0.1204.
        QVERIFY(near(*r.value().variants.at(1).pAdjusted, 2 * 0.0601948161591142, 1e-12));
        QVERIFY(near(*r.value().variants.at(2).pAdjusted, 2 * 0.0601948161591142, 1e-12));
        QCOMPARE(r.value().verdict, Verdict::NoDifference);
        QVERIFY(near(r.value().chi2.statistic, 12.64266900790167, 1e-9));
        QCOMPARE(r.value().chi2.df, 2);
        // With C as the control, B's lift is measured against C.
        o.control = QStringLiteral("C");
        r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(r.value().variants.at(2).control);
        QVERIFY(near(*r.value().variants.at(1).lift, (150.0 - 96.0) / 96.0));
        QCOMPARE(r.value().verdict, Verdict::Winner);
        QVERIFY(r.value().verdictText.startsWith(QStringLiteral("B beats C")));
        o.control = QStringLiteral("Z");
        QVERIFY(!AbAnalysis::analyze(in.variants, o));
    }

    void skewedSplitGivesNoVerdict()
    {
        // 50/50 configured, 5000 vs 5300 exposed: p = 0.0031 is not yet a mismatch...
        AbInput in = read("variant,weight,exposures,conversions\nA,1,5000,500\nB,1,5300,800\n");
        AbOptions o;
        o.minExposures = 0;
        auto r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(!r.value().srmFlag);
        // ... 5000 vs 5600 is (p < 0.001), and a striking difference gets no verdict.
        in = read("variant,weight,exposures,conversions\nA,1,5000,500\nB,1,5600,900\n");
        r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(r.value().srmFlag);
        QVERIFY(r.value().srm.pValue < 0.001);
        QCOMPARE(r.value().verdict, Verdict::SampleRatioMismatch);
        QVERIFY(r.value().verdictText.contains(QStringLiteral("no verdict")));
        // Weighted 1:2, the same counts are fine.
        in = read("variant,weight,exposures,conversions\nA,1,5000,500\nB,2,10000,900\n");
        QVERIFY(!AbAnalysis::analyze(in.variants, o).value().srmFlag);
    }

    void tooFewExposuresGiveNoVerdict()
    {
        const AbInput in = read("variant,weight,exposures,conversions\nA,1,300,30\nB,1,300,60\n");
        auto r = AbAnalysis::analyze(in.variants, AbOptions{});
        QVERIFY(r);
        // Default: the sample size to detect 20 % of the control's 10 %: baseline 0.10, mde 0.02.
        QCOMPARE(r.value().minExposures, qint64(3841));
        QCOMPARE(r.value().verdict, Verdict::NotEnoughData);
        // No verdict, so no variant is called significant; the p-values are still there to read.
        QVERIFY(!r.value().variants.at(1).significant);
        QVERIFY(*r.value().variants.at(1).pAdjusted < 0.05);
        AbOptions o;
        o.mde = 0.1;
        r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(r.value().minExposures < 300);
        QCOMPARE(r.value().verdict, Verdict::Winner);
    }

    void noExposuresOrNoControlConversionGiveNoVerdict()
    {
        auto r = AbAnalysis::analyze(read("variant,weight,exposures,conversions\nA,1,0,0\nB,1,0,0\n").variants, AbOptions{});
        QVERIFY(r);
        QCOMPARE(r.value().verdict, Verdict::NotEnoughData);
        QVERIFY(!r.value().verdictText.contains(QStringLiteral("differs")));
        QVERIFY(!r.value().variants.at(1).significant);
        // Exposures but no conversion in the control: the minimum sample cannot be computed.
        r = AbAnalysis::analyze(read("variant,weight,exposures,conversions\nA,1,5000,0\nB,1,5000,3\n").variants, AbOptions{});
        QCOMPARE(r.value().verdict, Verdict::NotEnoughData);
        QVERIFY(r.value().verdictText.contains(QStringLiteral("No conversion in the control A")));
    }

    void dailyCountsGiveTotalsAndATimeline()
    {
        const AbInput in = read("date,variant,weight,exposures,conversions\n"
                                "2026-11-02,A,1,1000,50\n2026-11-02,B,1,1000,70\n"
                                "2026-11-01,A,1,1000,48\n2026-11-01,B,1,1000,52\n"
                                "2026-11-03,B,1,1000,66\n2026-11-03,A,1,1000,50\n");
        QVERIFY(in.issues.isEmpty());
        QCOMPARE(in.variants.size(), 2);
        QCOMPARE(in.variants.at(0).exposures, qint64(3000));
        QCOMPARE(in.variants.at(1).conversions, qint64(188));
        const QList<TimePoint> t = AbAnalysis::timeline(in, 0);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).date, QDate(2026, 11, 1)); // in date order, whatever the file's order
        QCOMPARE(t.at(0).exposures.at(1), qint64(1000));
        QCOMPARE(t.at(1).conversions.at(1), qint64(122));
        QVERIFY(!t.at(2).pValues.at(0));
        // The last day's cumulative p is the p of the totals.
        const ZTest total = Statistics::twoProportion(148, 3000, 188, 3000);
        QVERIFY(near(*t.at(2).pValues.at(1), total.pValue, 1e-15));
        QVERIFY(near(t.at(2).rates.at(1), 188.0 / 3000.0));

        const AbInput bad = read("date,variant,weight,exposures,conversions\n2026-11-01,A,1,10,1\n2026-11-01,A,1,10,1\n"
                                 "2026-13-01,B,1,10,1\n2026-11-02,A,2,10,1\n");
        QCOMPARE(bad.issues.size(), 3);
        QCOMPARE(bad.issues.at(0).line, 3); // same day twice
        QCOMPARE(bad.issues.at(1).line, 4); // not a date
        QCOMPARE(bad.issues.at(2).line, 5); // weight changed
    }

    void zeroAndFullConversion()
    {
        AbInput in = read("variant,weight,exposures,conversions\nA,1,400,0\nB,1,400,0\n");
        AbOptions o;
        o.minExposures = 0;
        auto r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(r);
        QVERIFY(!r.value().variants.at(1).lift); // no lift on a zero baseline
        QCOMPARE(*r.value().variants.at(1).pValue, 1.0);
        QCOMPARE(r.value().chi2.pValue, 1.0);
        QCOMPARE(r.value().verdict, Verdict::NoDifference);
        in = read("variant,weight,exposures,conversions\nA,1,400,400\nB,1,400,380\n");
        r = AbAnalysis::analyze(in.variants, o);
        QVERIFY(near(r.value().variants.at(0).ci->high, 1.0, 1e-15));
        QCOMPARE(r.value().verdict, Verdict::Loser);
        QVERIFY(r.value().verdictText.startsWith(QStringLiteral("B does worse than A by -5.0 %")));
    }
};

QTEST_GUILESS_MAIN(tst_AbAnalysis)
#include "tst_AbAnalysis.moc"
