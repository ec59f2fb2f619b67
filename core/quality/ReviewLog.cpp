#include "quality/ReviewLog.h"

#include "common/Excerpt.h"

#include "common/CsvReader.h"

#include <QDate>
#include <QMap>

namespace lx::quality {

ReviewLog ReviewLog::readCsv(QIODevice& device, ReviewPeriodKind period)
{
    ReviewLog log;
    CsvReader reader(device);
    CsvRecord r;
    CsvHeader header;
    bool haveHeader = false;
    QMap<QString, ReviewPeriod> periods; // keys sort in date order
    while (reader.next(r)) {
        if (!r.error.isEmpty()) {
            log.issues.append({r.line, r.error});
            continue;
        }
        if (r.isBlank())
            continue;
        if (!haveHeader) {
            haveHeader = true;
            header = CsvHeader::fromRecord(r);
            for (const char* need : {"date", "predicted", "reviewed"}) {
                if (!header.has(need)) {
                    log.issues.append({r.line, tr("the header has no '%1' column (it needs date,predicted,reviewed)")
                                                   .arg(QString::fromLatin1(need))});
                    return log;
                }
            }
            continue;
        }
        const QDate date = QDate::fromString(header.cell(r, "date"), Qt::ISODate);
        const QString predicted = header.cell(r, "predicted");
        const QString reviewed = header.cell(r, "reviewed");
        if (!date.isValid()) {
            log.issues.append({r.line, tr("'%1' is not a date (YYYY-MM-DD)").arg(excerpt(header.cell(r, "date")))});
            continue;
        }
        if (predicted.isEmpty() || reviewed.isEmpty()) {
            log.issues.append({r.line, tr("a review needs the predicted and the reviewed label")});
            continue;
        }
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const QString key = period == ReviewPeriodKind::Day
                                ? date.toString(Qt::ISODate)
                                : QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
        ReviewPeriod& p = periods[key];
        p.label = key;
        ++p.reviewed;
        if (predicted == reviewed)
            ++p.correct;
        else if (const QString text = header.cell(r, "text"); !text.isEmpty())
            log.corrections.append(Correction{reviewed, text});
    }
    log.periods = periods.values();
    return log;
}

QByteArray ReviewLog::correctionsCsv() const
{
    QString out = QStringLiteral("label,text\n");
    for (const Correction& c : corrections)
        out += CsvReader::formatLine({c.label, c.text}) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace lx::quality
