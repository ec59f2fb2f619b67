#pragma once

#include "common/Result.h"
#include "experiments/Statistics.h"
#include "text/LexiconFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace lx::experiments {

struct VariantCounts
{
    QString name;
    double weight = 1;
    qint64 exposures = 0;
    qint64 conversions = 0;
    int line = 0; // where it came from, for messages
};

// One day of one variant, when the counts come day by day (a `date` column).
struct DailyCounts
{
    QDate date;
    int variant = 0; // index into AbInput::variants
    qint64 exposures = 0;
    qint64 conversions = 0;
};

struct AbInput
{
    QList<VariantCounts> variants;  // totals
    QList<DailyCounts> days;        // empty unless the file has a date column
    QList<text::LineIssue> issues;  // bad lines; any issue means the input is refused
};

// The experiment as it stood at the end of one day: cumulative counts, rates, and each
// variant's raw p-value against the control (what someone peeking that day would have seen).
struct TimePoint
{
    QDate date;
    QList<qint64> exposures;
    QList<qint64> conversions;
    QList<double> rates;
    QList<std::optional<double>> pValues; // empty for the control
};

struct AbOptions
{
    double alpha = 0.05;
    QString control;                    // default: the first variant
    std::optional<qint64> minExposures; // default: the sample size for `mde` (or 20 % of the control's rate)
    std::optional<double> mde;          // absolute
    double power = 0.8;
};

struct VariantResult
{
    VariantCounts counts;
    bool control = false;
    double rate = 0;
    std::optional<Interval> ci;
    // Against the control; empty for the control itself.
    std::optional<double> lift;
    std::optional<Interval> liftCi; // relative, from the unpooled interval of the difference
    std::optional<double> z;
    std::optional<double> pValue;
    std::optional<double> pAdjusted;
    std::optional<bool> significant;
};

enum class Verdict { Winner, Loser, NoDifference, NotEnoughData, SampleRatioMismatch };

struct AbResult
{
    QList<VariantResult> variants;
    ChiSquare chi2;
    ChiSquare srm;
    bool srmFlag = false;
    qint64 minExposures = 0;
    double alpha = 0.05;
    Verdict verdict = Verdict::NoDifference;
    QString verdictText;
};

// An A/B/n test read from counts: per-variant rate and Wilson interval, each variant against the
// control by the pooled z-test with Holm-adjusted p-values, the chi-square test across all
// variants, the sample-ratio check of exposures against the weights (p < 0.001 flags it and
// withholds the verdict), and the verdict in words.
class AbAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(AbAnalysis)

public:
    AbAnalysis() = delete;

    // CSV with a header naming variant, weight, exposures and conversions (any order, other
    // columns ignored). Every bad line is reported with its number.
    static AbInput readCsv(QIODevice& device);
    // Empty when a variant's counts make sense: a name, a positive weight, non-negative counts, no
    // more conversions than exposures. Files and typed tables are checked alike.
    static QString checkCounts(const VariantCounts& v);
    static Result<AbResult> analyze(const QList<VariantCounts>& variants, const AbOptions& options);
    // Cumulative figures day by day, in date order; `control` is an index into the variants.
    static QList<TimePoint> timeline(const AbInput& input, int control);
    static QString verdictKey(Verdict v);
};

} // namespace lx::experiments
