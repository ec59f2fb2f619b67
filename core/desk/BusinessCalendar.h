#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace lx::desk {

// One stretch of working time in a day, in minutes after local midnight ([start, end), end may be 1440).
struct WorkingHours
{
    int startMinute = 0;
    int endMinute = 0;
    bool operator==(const WorkingHours& o) const { return startMinute == o.startMinute && endMinute == o.endMinute; }
};

// A named day off or extra working day, as the calendar file lists it.
struct CalendarDay
{
    QDate date;
    QString name;
};

// When the desk counts time: weekly working hours, public holidays and the extra working days
// (调休) China announces each year, all in one fixed UTC offset (China has no daylight saving).
// SLA clocks run on business time only: a five-minute first response asked for at 17:58 on a
// Friday is due at 09:03 on Monday. Kept as editable JSON:
//
//   {"name": "...", "utc_offset": "+08:00",
//    "week": {"mon": ["09:00-18:00"], ..., "sat": [], "sun": []},
//    "workday_hours": ["09:00-18:00"],
//    "holidays": ["2026-01-01", {"from": "2026-10-01", "to": "2026-10-07", "name": "国庆节"}],
//    "workdays": [{"date": "2026-10-10", "name": "国庆节调休"}]}
class BusinessCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    static constexpr qint64 kDay_ms = 24LL * 3600 * 1000;

    // Open around the clock every day, at UTC+8.
    BusinessCalendar();

    // The calendar Lingxi ships: Monday to Friday 09:00-18:00 in China, with the public holidays
    // and extra working days of the years it lists.
    static const BusinessCalendar& chinaDefault();
    // Errors name the line (syntax) or the key (content) that is wrong.
    static Result<BusinessCalendar> fromJson(const QByteArray& json);
    QByteArray toJson() const;

    const QString& name() const { return m_name; }
    int utcOffset_s() const { return m_offset_s; }
    // Monday = 0 … Sunday = 6.
    const QList<WorkingHours>& weekday(int index) const { return m_week.at(std::size_t(index)); }
    const QList<WorkingHours>& workdayHours() const { return m_workdayHours; }
    QList<CalendarDay> holidays() const;
    QList<CalendarDay> extraWorkdays() const;
    // The years for which the calendar lists public holidays (a desk should warn past the last).
    QList<int> yearsCovered() const;

    QList<WorkingHours> hoursOn(const QDate& localDate) const;
    bool isOpen(qint64 time_ms) const;
    // Business milliseconds in [from, to); 0 when to <= from.
    qint64 businessMsBetween(qint64 from_ms, qint64 to_ms) const;
    // The moment `duration_ms` of business time after `from_ms`; none when the calendar has no
    // working time in the next three years.
    std::optional<qint64> addBusinessMs(qint64 from_ms, qint64 duration_ms) const;

    QDate localDate(qint64 time_ms) const;
    // ISO-8601 with the calendar's offset, e.g. 2026-03-09T14:00:00+08:00.
    QString isoLocal(qint64 time_ms) const;

private:
    qint64 dayIndex(qint64 time_ms) const;
    qint64 dayStart_ms(qint64 dayIndex) const;
    const QList<WorkingHours>& hoursOnDay(qint64 dayIndex) const;

    QString m_name;
    int m_offset_s = 8 * 3600;
    std::array<QList<WorkingHours>, 7> m_week;
    QList<WorkingHours> m_workdayHours;
    QHash<qint64, QString> m_holidays;  // local day index -> name
    QHash<qint64, QString> m_workdays;
};

} // namespace lx::desk
