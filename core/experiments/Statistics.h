#pragma once

#include <QList>

#include <optional>

namespace lx::experiments {

struct Interval
{
    double low = 0;
    double high = 0;
};

struct ZTest
{
    double z = 0;
    double pValue = 1; // two-sided
};

struct ChiSquare
{
    double statistic = 0;
    int df = 0;
    double pValue = 1;
};

// The statistics of an A/B test, written out from their definitions so that every figure can be
// checked by hand: the normal distribution (erfc-based, quantile refined by Newton steps), the
// chi-square distribution (regularised incomplete gamma), Wilson intervals, the pooled
// two-proportion z-test, Holm-Bonferroni, chi-square tests and the sample size per variant.
class Statistics final
{
public:
    Statistics() = delete;

    static double normalCdf(double z);
    static double normalQuantile(double p);        // p in (0, 1)
    static double chiSquareSurvival(double x, int df); // P(X >= x)
    static double regularizedGammaQ(double a, double x);

    // 95 % (or other) Wilson score interval of successes / n; nullopt when n = 0.
    static std::optional<Interval> wilson(qint64 successes, qint64 n, double confidence = 0.95);
    // Two-sided pooled two-proportion z-test of b against a (z > 0 when b's rate is higher).
    static ZTest twoProportion(qint64 successesA, qint64 nA, qint64 successesB, qint64 nB);
    // Holm-Bonferroni adjusted p-values, in the order given.
    static QList<double> holm(const QList<double>& pValues);
    // Pearson chi-square test of independence on groups × (success, failure), no continuity correction.
    static ChiSquare independence(const QList<qint64>& successes, const QList<qint64>& totals);
    // Goodness of fit of observed counts to expected shares (weights, any positive scale).
    static ChiSquare goodnessOfFit(const QList<qint64>& observed, const QList<double>& weights);
    // Per-variant sample size of a two-sided test at alpha with the given power, baseline p1 and
    // absolute minimum detectable effect d (p2 = p1 + d), rounded up. None when the parameters are
    // out of range, or when the size would pass kMaxSampleSize (an effect too small to detect).
    static std::optional<qint64> sampleSize(double baseline, double mde, double alpha = 0.05, double power = 0.8);
    // The same before rounding, in double (no overflow whatever the effect); none only when the
    // parameters are out of range.
    static std::optional<double> requiredSampleSize(double baseline, double mde, double alpha = 0.05, double power = 0.8);
    // More exposures per variant than any experiment could gather.
    static constexpr qint64 kMaxSampleSize = 1'000'000'000'000;
};

} // namespace lx::experiments
