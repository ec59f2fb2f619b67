#pragma once

#include "experiments/Statistics.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lx::quality {

// The human reviews of one period (a day, a week): how many predictions were reviewed and how
// many of them the reviewer confirmed.
struct ReviewPeriod
{
    QString label;   // "2026-11-28", "2026-W48"
    qint64 reviewed = 0;
    qint64 correct = 0;
};

struct PeriodAccuracy
{
    ReviewPeriod period;
    std::optional<double> accuracy;             // none without reviews
    std::optional<experiments::Interval> ci;    // 95 % Wilson
    bool enoughReviews = false;
    bool below = false;                         // enough reviews and accuracy under the threshold
};

struct AlertRule
{
    double threshold = 0.85; // the seed practice's accuracy floor
    int m = 2;               // alert when m ...
    int n = 3;               // ... of the last n periods are below
    qint64 minReviews = 50;  // a period with fewer reviews never counts as below
};

struct AccuracyReport
{
    QList<PeriodAccuracy> periods;
    bool alert = false;
    int belowInWindow = 0;
    QString reason; // why the alert fires, or why not
};

// Model quality from reviewed samples, period by period, against a threshold. One bad day is
// noise: the alert fires only when m of the last n periods with enough reviews are below it.
class AccuracyMonitor final
{
public:
    AccuracyMonitor() = delete;
    static AccuracyReport evaluate(const QList<ReviewPeriod>& periods, const AlertRule& rule = {});
};

} // namespace lx::quality
