#include "quality/AccuracyMonitor.h"

#include <QCoreApplication>

namespace lx::quality {

AccuracyReport AccuracyMonitor::evaluate(const QList<ReviewPeriod>& periods, const AlertRule& rule)
{
    AccuracyReport report;
    for (const ReviewPeriod& p : periods) {
        PeriodAccuracy a;
        a.period = p;
        if (p.reviewed > 0) {
            a.accuracy = double(p.correct) / double(p.reviewed);
            a.ci = experiments::Statistics::wilson(p.correct, p.reviewed);
        }
        a.enoughReviews = p.reviewed >= rule.minReviews;
        a.below = a.enoughReviews && a.accuracy && *a.accuracy < rule.threshold;
        report.periods.append(a);
    }
    const int window = std::min<int>(rule.n, int(report.periods.size()));
    for (int i = int(report.periods.size()) - window; i < report.periods.size(); ++i)
        report.belowInWindow += report.periods.at(i).below ? 1 : 0;
    report.alert = rule.m > 0 && report.belowInWindow >= rule.m;
    report.reason = report.alert
                        ? QCoreApplication::translate("AccuracyMonitor",
                                                      "%1 of the last %2 periods are below %3 % accuracy with at least %4 "
                                                      "reviews each")
                              .arg(report.belowInWindow)
                              .arg(window)
                              .arg(rule.threshold * 100)
                              .arg(rule.minReviews)
                        : QCoreApplication::translate("AccuracyMonitor",
                                                      "%1 of the last %2 periods below %3 % (an alert needs %4 with at "
                                                      "least %5 reviews each)")
                              .arg(report.belowInWindow)
                              .arg(window)
                              .arg(rule.threshold * 100)
                              .arg(rule.m)
                              .arg(rule.minReviews);
    return report;
}

} // namespace lx::quality
