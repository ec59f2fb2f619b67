#include "quality/AccuracyMonitor.h"
#include "quality/ReviewSampler.h"

#include <QTest>

using namespace lx::quality;

class tst_AccuracyMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBadDayIsNoise()
    {
        // Day 2 is bad, days 1 and 3 are fine: 1 of the last 3 below, no alert.
        const AccuracyReport r = AccuracyMonitor::evaluate(
            {{QStringLiteral("d1"), 200, 180}, {QStringLiteral("d2"), 200, 150}, {QStringLiteral("d3"), 200, 178}});
        QCOMPARE(r.belowInWindow, 1);
        QVERIFY(!r.alert);
        QVERIFY(r.periods.at(1).below);
        QCOMPARE(*r.periods.at(1).accuracy, 0.75);
        QVERIFY(r.periods.at(1).ci->high < 0.85);
    }

    void twoOfTheLastThreeFire()
    {
        const AccuracyReport r = AccuracyMonitor::evaluate({{QStringLiteral("d1"), 200, 190},
                                                            {QStringLiteral("d2"), 200, 160},
                                                            {QStringLiteral("d3"), 120, 90},
                                                            {QStringLiteral("d4"), 300, 240}});
        // The window is d2..d4: d2 0.80, d3 0.75, d4 0.80 are all below.
        QCOMPARE(r.belowInWindow, 3);
        QVERIFY(r.alert);
        QVERIFY(r.reason.contains(QStringLiteral("85")));
    }

    void periodsWithFewReviewsNeverCount()
    {
        // Terrible accuracy on 20 reviews a day is not evidence enough with the default minimum of 50.
        const AccuracyReport r = AccuracyMonitor::evaluate(
            {{QStringLiteral("d1"), 20, 10}, {QStringLiteral("d2"), 20, 8}, {QStringLiteral("d3"), 20, 9}});
        QVERIFY(!r.alert);
        QCOMPARE(r.belowInWindow, 0);
        QVERIFY(!r.periods.at(0).enoughReviews);
        AlertRule lenient;
        lenient.minReviews = 10;
        QVERIFY(AccuracyMonitor::evaluate({{QStringLiteral("d1"), 20, 10}, {QStringLiteral("d2"), 20, 8}}, lenient).alert);
        // Exactly at the threshold is not below it.
        QVERIFY(!AccuracyMonitor::evaluate({{QStringLiteral("d1"), 100, 85}, {QStringLiteral("d2"), 100, 85}}).alert);
        // No reviews at all: no accuracy, no interval.
        const AccuracyReport empty = AccuracyMonitor::evaluate({{QStringLiteral("d1"), 0, 0}});
        QVERIFY(!empty.periods.first().accuracy);
        QVERIFY(!empty.alert);
    }

    void sensitiveTopicsAlwaysGoToReview()
    {
        QList<Prediction> predictions;
        for (int i = 0; i < 500; ++i)
            predictions.append({QStringLiteral("m%1").arg(i), QStringLiteral("普通咨询 %1").arg(i), QStringLiteral("neutral"), 0.9});
        predictions[7].text = QStringLiteral("这个精华孕妇能用吗？会不会影响醫 療检查");
        predictions[301].text = QStringLiteral("分期付款利息多少");
        const QStringList keywords{QStringLiteral("医疗"), QStringLiteral("分期"), QStringLiteral("贷款")};
        const QList<ReviewPick> picks = ReviewSampler::pick(predictions, 30, keywords, QStringLiteral("2026-11-28"));
        QCOMPARE(picks.size(), 32);
        QVERIFY(picks.at(0).sensitive && picks.at(0).prediction.id == QStringLiteral("m7"));
        QCOMPARE(picks.at(0).matchedKeyword, QStringLiteral("医疗")); // through filler and traditional characters
        QVERIFY(picks.at(1).sensitive && picks.at(1).prediction.id == QStringLiteral("m301"));
        // The random part is the same on every run, and different on another day.
        const QList<ReviewPick> again = ReviewSampler::pick(predictions, 30, keywords, QStringLiteral("2026-11-28"));
        const QList<ReviewPick> tomorrow = ReviewSampler::pick(predictions, 30, keywords, QStringLiteral("2026-11-29"));
        int same = 0;
        for (int i = 2; i < picks.size(); ++i) {
            QCOMPARE(again.at(i).prediction.id, picks.at(i).prediction.id);
            same += tomorrow.at(i).prediction.id == picks.at(i).prediction.id ? 1 : 0;
        }
        QVERIFY(same < 5);
    }
};

QTEST_GUILESS_MAIN(tst_AccuracyMonitor)
#include "tst_AccuracyMonitor.moc"
