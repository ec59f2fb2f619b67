#include "experiments/Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lx::experiments {

namespace {
constexpr double kSqrt2 = 1.41421356237309504880;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;
} // namespace

double Statistics::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / kSqrt2);
}

double Statistics::normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        return p <= 0.0 ? -INFINITY : INFINITY;
    // Acklam's rational approximation (relative error < 1.2e-9) ...
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // ... then Newton steps on the exact CDF bring it to double precision.
    for (int i = 0; i < 3; ++i) {
        const double err = normalCdf(x) - p;
        const double density = kInvSqrt2Pi * std::exp(-0.5 * x * x);
        if (density <= 0)
            break;
        x -= err / density;
    }
    return x;
}

double Statistics::regularizedGammaQ(double a, double x)
{
    if (x <= 0)
        return 1.0;
    const double logPrefix = -x + a * std::log(x) - std::lgamma(a);
    if (x < a + 1) {
        // Series for P(a, x); Q = 1 - P.
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < 10000; ++n) {
            term *= x / (a + n);
            sum += term;
            if (std::fabs(term) < std::fabs(sum) * 1e-17)
                break;
        }
        return std::max(0.0, 1.0 - sum * std::exp(logPrefix));
    }
    // Continued fraction for Q(a, x) (modified Lentz).
    const double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < 1e-16)
            break;
    }
    return std::min(1.0, std::exp(logPrefix) * h);
}

double Statistics::chiSquareSurvival(double x, int df)
{
    if (df <= 0)
        return 1.0;
    if (x <= 0)
        return 1.0;
    // Closed forms where they exist are exact to the last digit.
    if (df == 1)
        return std::erfc(std::sqrt(x / 2));
    if (df == 2)
        return std::exp(-x / 2);
    return regularizedGammaQ(df / 2.0, x / 2.0);
}

std::optional<Interval> Statistics::wilson(qint64 successes, qint64 n, double confidence)
{
    if (n <= 0)
        return std::nullopt;
    const double z = normalQuantile(1 - (1 - confidence) / 2);
    const double p = double(successes) / double(n);
    const double z2 = z * z;
    const double denominator = 1 + z2 / double(n);
    const double centre = (p + z2 / (2.0 * double(n))) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / double(n) + z2 / (4.0 * double(n) * double(n)));
    return Interval{std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

ZTest Statistics::twoProportion(qint64 successesA, qint64 nA, qint64 successesB, qint64 nB)
{
    ZTest t;
    if (nA <= 0 || nB <= 0)
        return t;
    const double pA = double(successesA) / double(nA);
    const double pB = double(successesB) / double(nB);
    const double pooled = double(successesA + successesB) / double(nA + nB);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(nA) + 1.0 / double(nB)));
    if (se <= 0)
        return t; // both 0 % or both 100 %: no evidence of a difference
    t.z = (pB - pA) / se;
    t.pValue = std::erfc(std::fabs(t.z) / kSqrt2);
    return t;
}

QList<double> Statistics::holm(const QList<double>& pValues)
{
    const int m = int(pValues.size());
    QList<int> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&pValues](int a, int b) { return pValues.at(a) < pValues.at(b); });
    QList<double> adjusted(m, 1.0);
    double running = 0;
    for (int rank = 0; rank < m; ++rank) {
        const int i = order.at(rank);
        running = std::max(running, std::min(1.0, double(m - rank) * pValues.at(i)));
        adjusted[i] = running;
    }
    return adjusted;
}

ChiSquare Statistics::independence(const QList<qint64>& successes, const QList<qint64>& totals)
{
    ChiSquare r;
    const int k = int(std::min(successes.size(), totals.size()));
    r.df = std::max(0, k - 1);
    qint64 allSuccess = 0, all = 0;
    for (int i = 0; i < k; ++i) {
        allSuccess += successes.at(i);
        all += totals.at(i);
    }
    if (all <= 0 || k < 2)
        return r;
    const double shareSuccess = double(allSuccess) / double(all);
    for (int i = 0; i < k; ++i) {
        const double expectedSuccess = double(totals.at(i)) * shareSuccess;
        const double expectedFailure = double(totals.at(i)) * (1 - shareSuccess);
        const double observedFailure = double(totals.at(i) - successes.at(i));
        if (expectedSuccess > 0)
            r.statistic += std::pow(double(successes.at(i)) - expectedSuccess, 2) / expectedSuccess;
        if (expectedFailure > 0)
            r.statistic += std::pow(observedFailure - expectedFailure, 2) / expectedFailure;
    }
    r.pValue = chiSquareSurvival(r.statistic, r.df);
    return r;
}

ChiSquare Statistics::goodnessOfFit(const QList<qint64>& observed, const QList<double>& weights)
{
    ChiSquare r;
    const int k = int(std::min(observed.size(), weights.size()));
    r.df = std::max(0, k - 1);
    double total = 0, weightSum = 0;
    for (int i = 0; i < k; ++i) {
        total += double(observed.at(i));
        weightSum += weights.at(i);
    }
    if (total <= 0 || weightSum <= 0 || k < 2)
        return r;
    for (int i = 0; i < k; ++i) {
        const double expected = total * weights.at(i) / weightSum;
        if (expected > 0)
            r.statistic += std::pow(double(observed.at(i)) - expected, 2) / expected;
    }
    r.pValue = chiSquareSurvival(r.statistic, r.df);
    return r;
}

std::optional<double> Statistics::requiredSampleSize(double baseline, double mde, double alpha, double power)
{
    const double p1 = baseline;
    const double p2 = baseline + mde;
    if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1 && mde != 0 && alpha > 0 && alpha < 1 && power > 0 && power < 1))
        return std::nullopt;
    const double pBar = (p1 + p2) / 2;
    const double zAlpha = normalQuantile(1 - alpha / 2);
    const double zPower = normalQuantile(power);
    const double root = zAlpha * std::sqrt(2 * pBar * (1 - pBar)) + zPower * std::sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    const double n = root * root / (mde * mde);
    if (std::isnan(n))
        return std::nullopt;
    return n; // may be +inf for an effect that underflows
}

std::optional<qint64> Statistics::sampleSize(double baseline, double mde, double alpha, double power)
{
    const auto required = requiredSampleSize(baseline, mde, alpha, power);
    // Checked in double before any conversion: a tiny effect must not overflow into a negative size.
    if (!required || !(*required <= double(kMaxSampleSize)))
        return std::nullopt;
    const double n = *required;
    // Rounded up, but not past a value that is an integer up to floating-point noise.
    const double rounded = std::round(n);
    return qint64(std::fabs(n - rounded) < 1e-9 ? rounded : std::ceil(n));
}

} // namespace lx::experiments
