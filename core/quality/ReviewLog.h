#pragma once

#include "quality/AccuracyMonitor.h"
#include "text/LexiconFile.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace lx::quality {

enum class ReviewPeriodKind { Day, Week };

struct Correction
{
    QString label; // what the reviewer said
    QString text;
};

// Human reviews read from CSV (header with date, predicted, reviewed and optionally text), summed
// per day or ISO week, with the corrected samples kept as training data. Bad lines are reported
// by number.
struct ReviewLog
{
    Q_DECLARE_TR_FUNCTIONS(ReviewLog)

public:
    QList<ReviewPeriod> periods; // in date order
    QList<Correction> corrections;
    QList<text::LineIssue> issues;

    static ReviewLog readCsv(QIODevice& device, ReviewPeriodKind period);
    // label,text with a header, ready for retraining.
    QByteArray correctionsCsv() const;
};

} // namespace lx::quality
