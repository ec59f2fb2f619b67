#include "points/LocalCalendar.h"

namespace lx::points {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

// Reads `count` decimal digits at `pos`, moving past them; false when any is not a digit.
bool readDigits(QStringView text, qsizetype& pos, int count, int& out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    out = value;
    return true;
}

bool readChar(QStringView text, qsizetype& pos, char16_t expected)
{
    if (pos >= text.size() || text[pos].unicode() != expected)
        return false;
    ++pos;
    return true;
}

// "+08:00", "-0530", "+08" from `pos` to the end of the text.
std::optional<int> readSignedOffset(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return std::nullopt;
    const char16_t sign = text[pos].unicode();
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    ++pos;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(text, pos, 2, hours))
        return std::nullopt;
    if (pos < text.size()) {
        readChar(text, pos, u':');
        if (!readDigits(text, pos, 2, minutes))
            return std::nullopt;
    }
    if (pos != text.size() || minutes > 59)
        return std::nullopt;
    const int offset_s = hours * 3600 + minutes * 60;
    if (offset_s > LocalCalendar::kMaxOffset_s)
        return std::nullopt;
    return sign == u'-' ? -offset_s : offset_s;
}

} // namespace

LocalCalendar::LocalCalendar(int utcOffset_s) : m_offset_s(utcOffset_s)
{
}

qint64 LocalCalendar::dayOf(qint64 time_ms) const
{
    return floorDiv(time_ms + qint64(m_offset_s) * 1000, kDay_ms);
}

int LocalCalendar::yearOf(qint64 time_ms) const
{
    return civilFromDays(dayOf(time_ms)).year;
}

qint64 LocalCalendar::weekOf(qint64 time_ms) const
{
    const qint64 day = dayOf(time_ms);
    // Day 0, 1970-01-01, was a Thursday: three days after a Monday.
    return day - floorMod(day + 3, 7);
}

qint64 LocalCalendar::monthOf(qint64 time_ms) const
{
    const CivilDate d = civilFromDays(dayOf(time_ms));
    return qint64(d.year) * 12 + (d.month - 1);
}

qint64 LocalCalendar::startOfYear_ms(int year) const
{
    return daysFromCivil(CivilDate{year, 1, 1}) * kDay_ms - qint64(m_offset_s) * 1000;
}

// Howard Hinnant's days_from_civil: exact for every Gregorian date, no tables, no loops.
qint64 LocalCalendar::daysFromCivil(const CivilDate& date)
{
    const qint64 y = qint64(date.year) - (date.month <= 2 ? 1 : 0);
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5 + date.day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate LocalCalendar::civilFromDays(qint64 day)
{
    const qint64 z = day + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    CivilDate d;
    d.day = int(doy - (153 * mp + 2) / 5 + 1);
    d.month = int(mp < 10 ? mp + 3 : mp - 9);
    d.year = int(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

QString LocalCalendar::dayText(qint64 day)
{
    const CivilDate d = civilFromDays(day);
    return QStringLiteral("%1-%2-%3")
        .arg(d.year, 4, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'));
}

QString LocalCalendar::isoWeekText(qint64 monday)
{
    // The week belongs to the year of its Thursday (ISO 8601).
    const qint64 thursday = monday + 3;
    const int year = civilFromDays(thursday).year;
    const qint64 week = (thursday - daysFromCivil(CivilDate{year, 1, 1})) / 7 + 1;
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QString LocalCalendar::monthText(qint64 month)
{
    return QStringLiteral("%1-%2")
        .arg(floorDiv(month, 12), 4, 10, QLatin1Char('0'))
        .arg(floorMod(month, 12) + 1, 2, 10, QLatin1Char('0'));
}

std::optional<int> LocalCalendar::parseOffset(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"Z", Qt::CaseInsensitive) == 0 || t.compare(u"UTC", Qt::CaseInsensitive) == 0)
        return 0;
    return readSignedOffset(t, 0);
}

std::optional<qint64> LocalCalendar::parseTime(QStringView text)
{
    qsizetype pos = 0;
    CivilDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!readDigits(text, pos, 4, date.year) || !readChar(text, pos, u'-') || !readDigits(text, pos, 2, date.month) ||
        !readChar(text, pos, u'-') || !readDigits(text, pos, 2, date.day))
        return std::nullopt;
    if (!readChar(text, pos, u'T') && !readChar(text, pos, u't') && !readChar(text, pos, u' '))
        return std::nullopt;
    if (!readDigits(text, pos, 2, hour) || !readChar(text, pos, u':') || !readDigits(text, pos, 2, minute))
        return std::nullopt;
    int millis = 0;
    if (readChar(text, pos, u':')) {
        if (!readDigits(text, pos, 2, second))
            return std::nullopt;
        if (readChar(text, pos, u'.') || readChar(text, pos, u',')) {
            int digits = 0;
            while (pos < text.size() && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9') {
                if (digits < 3)
                    millis = millis * 10 + (text[pos].unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int i = digits; i < 3; ++i)
                millis *= 10;
        }
    }
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month) ||
        hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    std::optional<int> offset_s;
    if (pos + 1 == text.size() && (text[pos] == u'Z' || text[pos] == u'z'))
        offset_s = 0;
    else
        offset_s = readSignedOffset(text, pos);
    if (!offset_s)
        return std::nullopt;
    const qint64 local_s = daysFromCivil(date) * 86400 + hour * 3600 + minute * 60 + second;
    return (local_s - *offset_s) * 1000 + millis;
}

} // namespace lx::points
