#include "profiles/Records.h"

#include "common/Excerpt.h"

#include "profiles/Layers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace lx::profiles {

namespace {

enum ProfileKey {
    PPlatform, PUserId, PName, PPhone, PIdCard, PGender, PBirthYear, PAge, PCity, POccupation, PFollowers,
    PInterests, PVip, PFirstSeen, PLastSeen, PConsents
};
enum EventKey { EPlatform, EUserId, ETime, EType, EContent, EBrand, EAmount, ECoupon, ETags, EExperiment, EVariant, ESentiment };

bool digitsAt(QStringView s, qsizetype pos, int count, int& out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(pos + i);
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    out = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

// Separators a list may use besides '|' (full-width semicolon, enumeration comma).
bool isOtherListSeparator(QChar c)
{
    return c == u';' || c == u'\uFF1B' || c == u'\u3001';
}

QStringList listValue(const RawRecord& raw, int key)
{
    QStringList out;
    const QJsonValue nested = raw.nested.value(key);
    if (nested.isArray()) {
        for (const QJsonValue& v : nested.toArray()) {
            const QString s = v.isObject() ? v.toObject().value(QStringLiteral("value")).toString() : v.toString();
            if (!s.trimmed().isEmpty())
                out.append(s.trimmed());
        }
        return out;
    }
    QString text = raw.value(key);
    if (text.startsWith(u'[')) {
        for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
            if (!v.toString().trimmed().isEmpty())
                out.append(v.toString().trimmed());
        return out;
    }
    static const QRegularExpression separators(QStringLiteral("[|;；、]"));
    if (std::none_of(text.cbegin(), text.cend(), isOtherListSeparator)) {
        for (const QString& part : text.split(u'|', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        return out;
    }
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

// Tags already as listValue would join them: '|' between non-empty tags, no space, no other
// separator, no JSON list. Most event files write them so; they are taken as they are.
bool isPlainTagList(const RawRecord& raw, int key)
{
    if (key < raw.nested.size() && !raw.nested.at(key).isUndefined() && !raw.nested.at(key).isNull())
        return false;
    const QString& text = raw.values.at(key);
    if (text.isEmpty() || text.front() == u'[' || text.front() == u'|' || text.back() == u'|')
        return false;
    QChar previous;
    for (QChar c : text) {
        if (isOtherListSeparator(c) || c.isSpace() || (c == u'|' && previous == u'|'))
            return false;
        previous = c;
    }
    return true;
}

std::optional<qint64> parseInteger(const QString& text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (ok)
        return v;
    const double d = text.toDouble(&ok);
    if (ok && d == double(qint64(d)))
        return qint64(d);
    return std::nullopt;
}

} // namespace

const QStringList& Records::profileKeys()
{
    static const QStringList keys = {
        QStringLiteral("platform"), QStringLiteral("platform_user_id"), QStringLiteral("name"), QStringLiteral("phone"),
        QStringLiteral("id_card"), QStringLiteral("gender"), QStringLiteral("birth_year"), QStringLiteral("age"),
        QStringLiteral("city"), QStringLiteral("occupation"), QStringLiteral("followers"), QStringLiteral("interests"),
        QStringLiteral("vip"), QStringLiteral("first_seen"), QStringLiteral("last_seen"), QStringLiteral("consents")};
    return keys;
}

const QStringList& Records::eventKeys()
{
    static const QStringList keys = {
        QStringLiteral("platform"), QStringLiteral("platform_user_id"), QStringLiteral("time"), QStringLiteral("type"),
        QStringLiteral("content_id"), QStringLiteral("brand"), QStringLiteral("amount"), QStringLiteral("coupon"),
        QStringLiteral("tags"), QStringLiteral("experiment"), QStringLiteral("variant"), QStringLiteral("sentiment")};
    return keys;
}

const QStringList& Records::eventTypes()
{
    static const QStringList types = {
        QStringLiteral("impression"), QStringLiteral("click"), QStringLiteral("conversion"), QStringLiteral("like"),
        QStringLiteral("comment"), QStringLiteral("share"), QStringLiteral("favorite"), QStringLiteral("view"),
        QStringLiteral("add_to_cart"), QStringLiteral("purchase"), QStringLiteral("register"), QStringLiteral("review"),
        QStringLiteral("read_complete"), QStringLiteral("video_complete"), QStringLiteral("signup"),
        QStringLiteral("participate"), QStringLiteral("complete")};
    return types;
}

int Records::eventTypeCode(const QString& type)
{
    static const QHash<QString, int> codes = [] {
        QHash<QString, int> h;
        for (int i = 0; i < eventTypes().size(); ++i)
            h.insert(eventTypes().at(i), i + 1);
        return h;
    }();
    const auto it = codes.constFind(type);
    if (it != codes.constEnd())
        return *it;
    return codes.value(type.trimmed().toLower(), 0);
}

QString Records::eventType(int code)
{
    return code >= 1 && code <= eventTypes().size() ? eventTypes().at(code - 1) : QString();
}

QString Records::eventTypeLabel(const QString& type)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("impression"), QT_TR_NOOP("impression")},     {QStringLiteral("click"), QT_TR_NOOP("click")},
        {QStringLiteral("conversion"), QT_TR_NOOP("conversion")},     {QStringLiteral("like"), QT_TR_NOOP("like")},
        {QStringLiteral("comment"), QT_TR_NOOP("comment")},           {QStringLiteral("share"), QT_TR_NOOP("share")},
        {QStringLiteral("favorite"), QT_TR_NOOP("favourite")},        {QStringLiteral("view"), QT_TR_NOOP("view")},
        {QStringLiteral("add_to_cart"), QT_TR_NOOP("add to cart")},   {QStringLiteral("purchase"), QT_TR_NOOP("purchase")},
        {QStringLiteral("register"), QT_TR_NOOP("register")},         {QStringLiteral("review"), QT_TR_NOOP("review")},
        {QStringLiteral("read_complete"), QT_TR_NOOP("read to the end")},
        {QStringLiteral("video_complete"), QT_TR_NOOP("watched to the end")},
        {QStringLiteral("signup"), QT_TR_NOOP("sign-up")},            {QStringLiteral("participate"), QT_TR_NOOP("take part")},
        {QStringLiteral("complete"), QT_TR_NOOP("complete")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : tr(it.value());
}

std::optional<qint64> Records::parseTime(QStringView s)
{
    s = s.trimmed();
    int y, mo, d, h = 0, mi = 0, sec = 0, ms = 0;
    if (!digitsAt(s, 0, 4, y) || s.size() < 10 || s.at(4) != u'-' || !digitsAt(s, 5, 2, mo) || s.at(7) != u'-'
        || !digitsAt(s, 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || y < 1900 || y > 2200)
        return std::nullopt;
    qsizetype i = 10;
    int offsetMin = 8 * 60;
    if (i < s.size()) {
        if (s.at(i) != u'T' && s.at(i) != u' ')
            return std::nullopt;
        ++i;
        if (!digitsAt(s, i, 2, h) || i + 2 >= s.size() || s.at(i + 2) != u':' || !digitsAt(s, i + 3, 2, mi))
            return std::nullopt;
        i += 5;
        if (i < s.size() && s.at(i) == u':') {
            if (!digitsAt(s, i + 1, 2, sec))
                return std::nullopt;
            i += 3;
            if (i < s.size() && (s.at(i) == u'.' || s.at(i) == u',')) {
                ++i;
                int digits = 0;
                int frac = 0;
                while (i < s.size() && s.at(i).isDigit()) {
                    if (digits < 3)
                        frac = frac * 10 + (s.at(i).unicode() - u'0');
                    ++digits;
                    ++i;
                }
                if (digits == 0)
                    return std::nullopt;
                for (int k = digits; k < 3; ++k)
                    frac *= 10;
                ms = frac;
            }
        }
        if (h > 23 || mi > 59 || sec > 60)
            return std::nullopt;
        if (i < s.size()) {
            if (s.at(i) == u'Z' && i + 1 == s.size()) {
                offsetMin = 0;
            } else if (s.at(i) == u'+' || s.at(i) == u'-') {
                int oh, om = 0;
                if (!digitsAt(s, i + 1, 2, oh))
                    return std::nullopt;
                qsizetype j = i + 3;
                if (j < s.size() && s.at(j) == u':')
                    ++j;
                if (j < s.size() && !digitsAt(s, j, 2, om))
                    return std::nullopt;
                if (j < s.size())
                    j += 2;
                if (j != s.size() || oh > 14 || om > 59)
                    return std::nullopt;
                offsetMin = (s.at(i) == u'-' ? -1 : 1) * (oh * 60 + om);
            } else {
                return std::nullopt;
            }
        }
    }
    const qint64 days = daysFromCivil(y, mo, d);
    return ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + qint64(qMin(sec, 59)) * 1000 + ms;
}

QDateTime Records::chinaTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600));
}

QString Records::isoTime(qint64 ms)
{
    return chinaTime(ms).toString(Qt::ISODate);
}

int Records::yearOf(qint64 ms)
{
    return chinaTime(ms).date().year();
}

qint64 Records::startOfDay(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

qint64 Records::endOfDay(const QDate& date)
{
    return startOfDay(date) + kDayMs - 1;
}

std::optional<bool> Records::parseBool(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("y")
        || t == QStringLiteral("是"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("n")
        || t == QStringLiteral("否"))
        return false;
    return std::nullopt;
}

bool Records::validIdCard(const QString& id)
{
    if (id.size() == 15) {
        for (QChar c : id)
            if (!c.isDigit())
                return false;
        return true;
    }
    if (id.size() != 18)
        return false;
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = id.at(i);
        if (c < u'0' || c > u'9')
            return false;
        sum += (c.unicode() - u'0') * weights[i];
    }
    return id.at(17) == QLatin1Char(checks[sum % 11]);
}

std::optional<int> Records::birthYearFromIdCard(const QString& id)
{
    int y = 0;
    if (id.size() == 18 && digitsAt(id, 6, 4, y))
        return y;
    if (id.size() == 15 && digitsAt(id, 6, 2, y))
        return 1900 + y;
    return std::nullopt;
}

namespace {

// The first field longer than limits::kMaxFieldChars, by name; empty when none is.
QString overlongField(const RawRecord& raw, const QStringList& keys)
{
    for (int k = 0; k < keys.size(); ++k) {
        if (raw.has(k) && raw.values.at(k).size() > limits::kMaxFieldChars)
            return keys.at(k);
    }
    for (auto it = raw.extras.begin(); it != raw.extras.end(); ++it) {
        if (it.key().size() > limits::kMaxFieldChars || (it.value().isString() && it.value().toString().size() > limits::kMaxFieldChars))
            return excerpt(it.key(), 40);
    }
    return {};
}

} // namespace

Result<ProfileInput> Records::profile(const RawRecord& raw, int currentYear, const QStringList& sensitiveAttributes)
{
    if (!raw.error.isEmpty())
        return Result<ProfileInput>::failure(raw.error);
    if (const QString field = overlongField(raw, profileKeys()); !field.isEmpty())
        return Result<ProfileInput>::failure(tr("%1 is longer than %2 characters").arg(field).arg(limits::kMaxFieldChars));
    ProfileInput p;
    p.platform = raw.value(PPlatform).toLower();
    p.platformUserId = raw.value(PUserId);
    if (p.platform.isEmpty())
        return Result<ProfileInput>::failure(tr("platform is missing"));
    if (!Layers::platforms().contains(p.platform))
        return Result<ProfileInput>::failure(
            tr("platform is not one of %1").arg(Layers::platforms().join(QStringLiteral(", "))));
    if (p.platformUserId.isEmpty())
        return Result<ProfileInput>::failure(tr("platform_user_id is missing"));
    if (p.platformUserId.size() > limits::kMaxIdChars)
        return Result<ProfileInput>::failure(tr("platform_user_id is longer than %1 characters").arg(limits::kMaxIdChars));
    if (hasControlCharacters(p.platformUserId))
        return Result<ProfileInput>::failure(tr("platform_user_id holds a control character (a NUL, a line break …)"));
    for (int k = 0; k < profileKeys().size(); ++k)
        if (raw.has(k))
            p.present.append(profileKeys().at(k));

    if (raw.has(PName))
        p.name = raw.value(PName).simplified();
    if (raw.has(PPhone)) {
        QString digits;
        for (QChar c : raw.value(PPhone))
            if (c.isDigit())
                digits.append(c);
            else if (c != u' ' && c != u'-' && c != u'+' && c != u'(' && c != u')')
                return Result<ProfileInput>::failure(tr("phone holds a character that is not a digit"));
        if (digits.startsWith(QLatin1String("0086")))
            digits.remove(0, 4);
        else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
            digits.remove(0, 2);
        if (digits.size() < 5 || digits.size() > 15)
            return Result<ProfileInput>::failure(tr("phone has %n digit(s); a phone number has 5 to 15", nullptr, int(digits.size())));
        if (digits.size() == 11 && digits.startsWith(u'1') && (digits.at(1) < u'3'))
            return Result<ProfileInput>::failure(tr("phone is not a mainland mobile number (1[3-9]…)"));
        p.phone = digits;
    }
    if (raw.has(PIdCard)) {
        p.idCard = raw.value(PIdCard).toUpper().remove(u' ');
        if (!validIdCard(p.idCard))
            return Result<ProfileInput>::failure(tr("id_card is not a valid ID-card number (length or check digit)"));
    }
    if (raw.has(PGender)) {
        const QString g = raw.value(PGender).toLower();
        if (g == QLatin1String("male") || g == QLatin1String("m") || g == QStringLiteral("男"))
            p.gender = QStringLiteral("male");
        else if (g == QLatin1String("female") || g == QLatin1String("f") || g == QStringLiteral("女"))
            p.gender = QStringLiteral("female");
        else if (g == QLatin1String("unknown") || g.isEmpty() || g == QStringLiteral("未知"))
            p.gender = QStringLiteral("unknown");
        else
            return Result<ProfileInput>::failure(tr("gender is not male, female or unknown"));
    }
    if (raw.has(PBirthYear)) {
        const auto y = parseInteger(raw.value(PBirthYear));
        if (!y || *y < 1900 || *y > currentYear)
            return Result<ProfileInput>::failure(tr("birth_year is not a year between 1900 and %1").arg(currentYear));
        p.birthYear = int(*y);
    } else if (raw.has(PAge)) {
        const auto a = parseInteger(raw.value(PAge));
        if (!a || *a < 0 || *a > 120)
            return Result<ProfileInput>::failure(tr("age is not a whole number from 0 to 120"));
        p.birthYear = currentYear - int(*a);
        p.present.append(QStringLiteral("birth_year"));
    } else if (!p.idCard.isEmpty()) {
        p.birthYear = birthYearFromIdCard(p.idCard);
        if (p.birthYear)
            p.present.append(QStringLiteral("birth_year"));
    }
    p.city = raw.value(PCity).simplified();
    p.occupation = raw.value(POccupation).simplified();
    if (raw.has(PFollowers)) {
        const auto f = parseInteger(raw.value(PFollowers));
        if (!f || *f < 0)
            return Result<ProfileInput>::failure(tr("followers is not a whole number of zero or more"));
        p.followers = *f;
    }
    p.interests = listValue(raw, PInterests);
    if (raw.has(PVip)) {
        p.vip = parseBool(raw.value(PVip));
        if (!p.vip)
            return Result<ProfileInput>::failure(tr("vip is not true or false"));
    }
    if (raw.has(PFirstSeen)) {
        p.firstSeenMs = parseTime(raw.value(PFirstSeen));
        if (!p.firstSeenMs)
            return Result<ProfileInput>::failure(tr("first_seen is not an ISO-8601 date or time"));
    }
    if (raw.has(PLastSeen)) {
        p.lastSeenMs = parseTime(raw.value(PLastSeen));
        if (!p.lastSeenMs)
            return Result<ProfileInput>::failure(tr("last_seen is not an ISO-8601 date or time"));
    }
    if (raw.has(PConsents)) {
        QJsonArray list;
        const QJsonValue nested = raw.nested.value(PConsents);
        if (nested.isArray()) {
            list = nested.toArray();
        } else if (nested.isObject()) {
            list.append(nested);
        } else {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(raw.value(PConsents).toUtf8(), &err);
            if (err.error != QJsonParseError::NoError || !doc.isArray())
                return Result<ProfileInput>::failure(tr("consents is not a JSON list of {purpose, granted, time, source}"));
            list = doc.array();
        }
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            ConsentInput in;
            in.purpose = c.value(QStringLiteral("purpose")).toString().trimmed().toLower();
            if (!Layers::purposes().contains(in.purpose))
                return Result<ProfileInput>::failure(tr("consent %1: purpose is not marketing, profiling, contact or sensitive").arg(i + 1));
            const QJsonValue g = c.value(QStringLiteral("granted"));
            const auto granted = g.isBool() ? std::optional<bool>(g.toBool()) : parseBool(g.toString());
            if (!granted)
                return Result<ProfileInput>::failure(tr("consent %1: granted must be true or false").arg(i + 1));
            in.granted = *granted;
            const auto time = parseTime(c.value(QStringLiteral("time")).toString());
            if (!time)
                return Result<ProfileInput>::failure(tr("consent %1: time is not an ISO-8601 date or time").arg(i + 1));
            in.timeMs = *time;
            in.source = c.value(QStringLiteral("source")).toString().trimmed();
            p.consents.append(in);
        }
    }
    const bool sensitiveGranted = std::any_of(p.consents.begin(), p.consents.end(), [](const ConsentInput& c) {
        return c.purpose == QLatin1String("sensitive") && c.granted;
    });
    for (auto it = raw.extras.begin(); it != raw.extras.end(); ++it) {
        const bool sensitive = sensitiveAttributes.contains(it.key().trimmed().toLower());
        if (sensitive && !sensitiveGranted) {
            p.droppedSensitive.append(it.key());
            continue;
        }
        p.attributes.insert(it.key(), it.value());
    }
    return p;
}

Result<EventInput> Records::event(const RawRecord& raw)
{
    if (!raw.error.isEmpty())
        return Result<EventInput>::failure(raw.error);
    if (const QString field = overlongField(raw, eventKeys()); !field.isEmpty())
        return Result<EventInput>::failure(tr("%1 is longer than %2 characters").arg(field).arg(limits::kMaxFieldChars));
    EventInput e;
    e.platform = raw.value(EPlatform);
    e.platformCode = int(Layers::platforms().indexOf(e.platform));
    if (e.platformCode < 0) {
        e.platform = e.platform.toLower();
        e.platformCode = int(Layers::platforms().indexOf(e.platform));
    }
    if (e.platform.isEmpty())
        return Result<EventInput>::failure(tr("platform is missing"));
    if (e.platformCode < 0)
        return Result<EventInput>::failure(
            tr("platform is not one of %1").arg(Layers::platforms().join(QStringLiteral(", "))));
    e.platformUserId = raw.value(EUserId);
    if (e.platformUserId.isEmpty())
        return Result<EventInput>::failure(tr("platform_user_id is missing"));
    if (e.platformUserId.size() > limits::kMaxIdChars)
        return Result<EventInput>::failure(tr("platform_user_id is longer than %1 characters").arg(limits::kMaxIdChars));
    if (hasControlCharacters(e.platformUserId))
        return Result<EventInput>::failure(tr("platform_user_id holds a control character (a NUL, a line break …)"));
    if (!raw.has(ETime))
        return Result<EventInput>::failure(tr("time is missing"));
    const auto t = parseTime(raw.value(ETime));
    if (!t)
        return Result<EventInput>::failure(tr("time is not an ISO-8601 date or time"));
    e.timeMs = *t;
    e.type = eventTypeCode(raw.value(EType));
    if (e.type == 0)
        return Result<EventInput>::failure(raw.has(EType) ? tr("type is not a known event type")
                                                          : tr("type is missing"));
    e.contentId = raw.value(EContent);
    e.brand = raw.value(EBrand);
    if (raw.has(EAmount)) {
        bool ok = false;
        const double a = raw.value(EAmount).toDouble(&ok);
        if (!ok || a < 0 || !qIsFinite(a))
            return Result<EventInput>::failure(tr("amount is not a number of zero or more"));
        e.amount = a;
    }
    if (raw.has(ECoupon)) {
        e.coupon = parseBool(raw.value(ECoupon));
        if (!e.coupon)
            return Result<EventInput>::failure(tr("coupon is not true or false"));
    }
    if (raw.has(ETags))
        e.tags = isPlainTagList(raw, ETags) ? raw.values.at(ETags) : listValue(raw, ETags).join(u'|');
    e.experiment = raw.value(EExperiment);
    e.variant = raw.value(EVariant);
    if (raw.has(ESentiment)) {
        const QString s = raw.value(ESentiment).toLower();
        e.sentiment = s == QLatin1String("positive") ? 1 : s == QLatin1String("neutral") ? 2 : s == QLatin1String("negative") ? 3 : -1;
        if (e.sentiment < 0)
            return Result<EventInput>::failure(tr("sentiment is not positive, neutral or negative"));
    }
    return e;
}

} // namespace lx::profiles
