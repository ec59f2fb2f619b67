#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lx::points {

// A year, month (1-12) and day (1-31) on the proleptic Gregorian calendar.
struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
};

// Calendar days, ISO weeks, months and years in one fixed UTC offset, the points rules' timezone.
// Integer arithmetic on milliseconds since the epoch rather than QDateTime: a replay asks for the
// local day of every one of a million actions, and with a fixed offset the answer is exact
// without time-zone lookups. Day numbers count days since 1970-01-01 (negative before it).
class LocalCalendar final
{
public:
    static constexpr qint64 kDay_ms = 86'400'000;
    // Offsets as far as ±18:00, the range ISO-8601 parsers (and QTimeZone) accept.
    static constexpr int kMaxOffset_s = 18 * 3600;

    explicit LocalCalendar(int utcOffset_s = 0);

    int utcOffset_s() const { return m_offset_s; }

    // The local calendar day holding the instant, as a day number.
    qint64 dayOf(qint64 time_ms) const;
    int yearOf(qint64 time_ms) const;
    // The Monday, as a day number, of the ISO week (Monday to Sunday) holding the instant.
    qint64 weekOf(qint64 time_ms) const;
    // year * 12 + (month - 1) of the local calendar month holding the instant.
    qint64 monthOf(qint64 time_ms) const;
    // The instant local midnight begins 1 January of the year.
    qint64 startOfYear_ms(int year) const;

    static qint64 daysFromCivil(const CivilDate& date);
    static CivilDate civilFromDays(qint64 day);
    // 2026-03-02
    static QString dayText(qint64 day);
    // 2026-W10, with the ISO week-numbering year (the year of the week's Thursday).
    static QString isoWeekText(qint64 monday);
    // 2026-03
    static QString monthText(qint64 month);

    // A fixed offset: "Z", "UTC", "+08:00", "-05:30", "+0800" or "+08". Seconds east of UTC.
    static std::optional<int> parseOffset(QStringView text);
    // An ISO-8601 date and time that carries its offset: 2026-03-01T23:30:00+08:00,
    // 2026-03-01T15:59Z, 2026-03-01T15:59:00.250-05:30. Milliseconds since the epoch (fractions
    // below a millisecond are dropped); nothing for any other text, a time without an offset
    // included: which day a time belongs to cannot be guessed.
    static std::optional<qint64> parseTime(QStringView text);

private:
    int m_offset_s = 0;
};

} // namespace lx::points
