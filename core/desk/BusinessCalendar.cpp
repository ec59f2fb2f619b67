#include "desk/BusinessCalendar.h"

#include "common/Excerpt.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace lx::desk {

namespace {

const char* const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const QDate kEpochDate(1970, 1, 1);
constexpr qint64 kMinute_ms = 60 * 1000;
constexpr int kSearchDays = 3 * 366;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

int lineOf(const QByteArray& text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

std::optional<int> parseMinute(const QString& t)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(t.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

} // namespace

BusinessCalendar::BusinessCalendar() : m_name(QStringLiteral("24/7"))
{
    for (auto& day : m_week)
        day = {WorkingHours{0, 24 * 60}};
    m_workdayHours = {WorkingHours{0, 24 * 60}};
}

const BusinessCalendar& BusinessCalendar::chinaDefault()
{
    static const BusinessCalendar calendar = [] {
        QFile f(QStringLiteral(":/desk/calendar.json"));
        if (f.open(QIODevice::ReadOnly)) {
            auto parsed = fromJson(f.readAll());
            if (parsed)
                return parsed.take();
        }
        return BusinessCalendar();
    }();
    return calendar;
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QByteArray& json)
{
    using R = Result<BusinessCalendar>;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return R::failure(tr("calendar line %1: %2").arg(lineOf(json, pe.offset)).arg(pe.errorString()));
    if (!doc.isObject())
        return R::failure(tr("a calendar is a JSON object"));
    const QJsonObject o = doc.object();

    BusinessCalendar c;
    c.m_name = o.value(QStringLiteral("name")).toString();
    // A name is shown in panels and messages: one short line.
    if (c.m_name.size() > limits::kMaxNameChars || hasControlCharacters(c.m_name))
        return R::failure(tr("calendar: the name is longer than %1 characters or holds a control character")
                              .arg(limits::kMaxNameChars));

    const QString offset = o.value(QStringLiteral("utc_offset")).toString(QStringLiteral("+08:00"));
    static const QRegularExpression offsetRe(QStringLiteral("^([+-])(\\d{2}):(\\d{2})$"));
    const auto om = offsetRe.match(offset);
    if (!om.hasMatch() || om.captured(2).toInt() > 14 || om.captured(3).toInt() > 59)
        return R::failure(tr("calendar: utc_offset '%1' is not like +08:00").arg(excerpt(offset)));
    c.m_offset_s = (om.captured(2).toInt() * 3600 + om.captured(3).toInt() * 60) * (om.captured(1) == QLatin1String("-") ? -1 : 1);

    auto readHours = [](const QJsonValue& v, const QString& key, QList<WorkingHours>& out) -> Status {
        out.clear();
        if (v.isUndefined() || v.isNull())
            return Status::success();
        if (!v.isArray())
            return Status::failure(tr("calendar: %1 is a list such as [\"09:00-18:00\"]").arg(key));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QStringList parts = a.at(i).toString().split(QLatin1Char('-'));
            const auto from = parts.size() == 2 ? parseMinute(parts.at(0)) : std::nullopt;
            const auto to = parts.size() == 2 ? parseMinute(parts.at(1)) : std::nullopt;
            if (!from || !to || *to <= *from)
                return Status::failure(tr("calendar: %1[%2] '%3' is not a range like 09:00-18:00")
                                           .arg(key).arg(i).arg(excerpt(a.at(i).toString())));
            out.append(WorkingHours{*from, *to});
        }
        std::sort(out.begin(), out.end(), [](const WorkingHours& x, const WorkingHours& y) {
            return x.startMinute < y.startMinute;
        });
        for (int i = 1; i < out.size(); ++i) {
            if (out.at(i).startMinute < out.at(i - 1).endMinute)
                return Status::failure(tr("calendar: the ranges of %1 overlap").arg(key));
        }
        return Status::success();
    };

    const QJsonValue week = o.value(QStringLiteral("week"));
    if (!week.isObject())
        return R::failure(tr("calendar: 'week' gives the working hours of mon … sun"));
    for (int d = 0; d < 7; ++d) {
        const QString key = QString::fromLatin1(kDayKeys[d]);
        if (auto st = readHours(week.toObject().value(key), QStringLiteral("week.") + key, c.m_week[std::size_t(d)]); !st)
            return R(st);
    }
    if (o.contains(QStringLiteral("workday_hours"))) {
        if (auto st = readHours(o.value(QStringLiteral("workday_hours")), QStringLiteral("workday_hours"), c.m_workdayHours); !st)
            return R(st);
    } else {
        c.m_workdayHours = c.m_week[0];
    }

    auto readDays = [](const QJsonValue& v, const QString& key, QHash<qint64, QString>& out) -> Status {
        if (v.isUndefined() || v.isNull())
            return Status::success();
        if (!v.isArray())
            return Status::failure(tr("calendar: %1 is a list of dates").arg(key));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            QDate from, to;
            QString name;
            if (a.at(i).isString()) {
                from = to = QDate::fromString(a.at(i).toString(), Qt::ISODate);
            } else if (a.at(i).isObject()) {
                const QJsonObject e = a.at(i).toObject();
                name = e.value(QStringLiteral("name")).toString();
                if (name.size() > limits::kMaxNameChars || hasControlCharacters(name))
                    return Status::failure(tr("calendar: %1[%2] has a name longer than %3 characters or with a control character")
                                               .arg(key).arg(i).arg(limits::kMaxNameChars));
                if (e.contains(QStringLiteral("date"))) {
                    from = to = QDate::fromString(e.value(QStringLiteral("date")).toString(), Qt::ISODate);
                } else {
                    from = QDate::fromString(e.value(QStringLiteral("from")).toString(), Qt::ISODate);
                    to = QDate::fromString(e.value(QStringLiteral("to")).toString(), Qt::ISODate);
                }
            }
            if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 60)
                return Status::failure(tr("calendar: %1[%2] is not a date (YYYY-MM-DD) or a range {\"from\", \"to\"}")
                                           .arg(key).arg(i));
            for (QDate d = from; d <= to; d = d.addDays(1))
                out.insert(kEpochDate.daysTo(d), name);
        }
        return Status::success();
    };
    if (auto st = readDays(o.value(QStringLiteral("holidays")), QStringLiteral("holidays"), c.m_holidays); !st)
        return R(st);
    if (auto st = readDays(o.value(QStringLiteral("workdays")), QStringLiteral("workdays"), c.m_workdays); !st)
        return R(st);
    for (auto it = c.m_workdays.cbegin(); it != c.m_workdays.cend(); ++it) {
        if (c.m_holidays.contains(it.key()))
            return R::failure(tr("calendar: %1 is both a holiday and a working day")
                                  .arg(kEpochDate.addDays(it.key()).toString(Qt::ISODate)));
    }
    return c;
}

QByteArray BusinessCalendar::toJson() const
{
    auto hoursJson = [](const QList<WorkingHours>& hours) {
        QJsonArray a;
        for (const WorkingHours& h : hours)
            a.append(QString(minuteText(h.startMinute) + QLatin1Char('-') + minuteText(h.endMinute)));
        return a;
    };
    auto daysJson = [](const QList<CalendarDay>& days) {
        QJsonArray a;
        for (const CalendarDay& d : days) {
            if (d.name.isEmpty())
                a.append(d.date.toString(Qt::ISODate));
            else
                a.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                     {QStringLiteral("name"), d.name}});
        }
        return a;
    };
    QJsonObject week;
    for (int d = 0; d < 7; ++d)
        week.insert(QString::fromLatin1(kDayKeys[d]), hoursJson(m_week[std::size_t(d)]));
    const int abs_min = std::abs(m_offset_s) / 60;
    const QString offset = (m_offset_s < 0 ? QStringLiteral("-") : QStringLiteral("+")) + minuteText(abs_min);
    QJsonObject o{{QStringLiteral("name"), m_name},
                  {QStringLiteral("utc_offset"), offset},
                  {QStringLiteral("week"), week},
                  {QStringLiteral("workday_hours"), hoursJson(m_workdayHours)},
                  {QStringLiteral("holidays"), daysJson(holidays())},
                  {QStringLiteral("workdays"), daysJson(extraWorkdays())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

namespace {

QList<CalendarDay> sortedDays(const QHash<qint64, QString>& days)
{
    QList<CalendarDay> out;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out.append(CalendarDay{kEpochDate.addDays(it.key()), it.value()});
    std::sort(out.begin(), out.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return out;
}

} // namespace

QList<CalendarDay> BusinessCalendar::holidays() const
{
    return sortedDays(m_holidays);
}

QList<CalendarDay> BusinessCalendar::extraWorkdays() const
{
    return sortedDays(m_workdays);
}

QList<int> BusinessCalendar::yearsCovered() const
{
    QList<int> years;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        const int y = kEpochDate.addDays(it.key()).year();
        if (!years.contains(y))
            years.append(y);
    }
    std::sort(years.begin(), years.end());
    return years;
}

qint64 BusinessCalendar::dayIndex(qint64 time_ms) const
{
    return floorDiv(time_ms + qint64(m_offset_s) * 1000, kDay_ms);
}

qint64 BusinessCalendar::dayStart_ms(qint64 index) const
{
    return index * kDay_ms - qint64(m_offset_s) * 1000;
}

const QList<WorkingHours>& BusinessCalendar::hoursOnDay(qint64 index) const
{
    static const QList<WorkingHours> none;
    if (m_holidays.contains(index))
        return none;
    if (m_workdays.contains(index))
        return m_workdayHours;
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    const qint64 weekday = ((index % 7) + 7 + 3) % 7;
    return m_week[std::size_t(weekday)];
}

QList<WorkingHours> BusinessCalendar::hoursOn(const QDate& localDate) const
{
    return hoursOnDay(kEpochDate.daysTo(localDate));
}

bool BusinessCalendar::isOpen(qint64 time_ms) const
{
    const qint64 day = dayIndex(time_ms);
    const qint64 minuteMs = time_ms - dayStart_ms(day);
    for (const WorkingHours& h : hoursOnDay(day)) {
        if (minuteMs >= h.startMinute * kMinute_ms && minuteMs < h.endMinute * kMinute_ms)
            return true;
    }
    return false;
}

qint64 BusinessCalendar::businessMsBetween(qint64 from_ms, qint64 to_ms) const
{
    if (to_ms <= from_ms)
        return 0;
    qint64 total = 0;
    for (qint64 day = dayIndex(from_ms), last = dayIndex(to_ms); day <= last; ++day) {
        const qint64 start = dayStart_ms(day);
        for (const WorkingHours& h : hoursOnDay(day)) {
            const qint64 a = std::max(from_ms, start + h.startMinute * kMinute_ms);
            const qint64 b = std::min(to_ms, start + h.endMinute * kMinute_ms);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

std::optional<qint64> BusinessCalendar::addBusinessMs(qint64 from_ms, qint64 duration_ms) const
{
    qint64 left = std::max<qint64>(0, duration_ms);
    const qint64 first = dayIndex(from_ms);
    for (qint64 day = first; day < first + kSearchDays; ++day) {
        const qint64 start = dayStart_ms(day);
        for (const WorkingHours& h : hoursOnDay(day)) {
            const qint64 a = std::max(from_ms, start + h.startMinute * kMinute_ms);
            const qint64 b = start + h.endMinute * kMinute_ms;
            if (b <= a)
                continue;
            if (left < b - a || (left == b - a && left > 0))
                return a + left;
            left -= b - a;
        }
    }
    return std::nullopt;
}

QDate BusinessCalendar::localDate(qint64 time_ms) const
{
    return kEpochDate.addDays(dayIndex(time_ms));
}

QString BusinessCalendar::isoLocal(qint64 time_ms) const
{
    return QDateTime::fromMSecsSinceEpoch(time_ms, Qt::OffsetFromUTC, m_offset_s).toString(Qt::ISODate);
}

} // namespace lx::desk
