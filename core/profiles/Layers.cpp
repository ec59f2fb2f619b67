#include "profiles/Layers.h"

#include "common/Excerpt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lx::profiles {

const QList<Dimension>& Layers::dimensions()
{
    static const QList<Dimension> list = {
        {QStringLiteral("platform"), QStringLiteral("platform"),
         {QStringLiteral("unknown"), QStringLiteral("wechat"), QStringLiteral("wecom"), QStringLiteral("weibo"),
          QStringLiteral("douyin"), QStringLiteral("xiaohongshu"), QStringLiteral("web")}},
        {QStringLiteral("gender"), QStringLiteral("gender"),
         {QStringLiteral("unknown"), QStringLiteral("male"), QStringLiteral("female")}},
        {QStringLiteral("age_band"), QStringLiteral("age_band"),
         {QStringLiteral("unknown"), QStringLiteral("under_18"), QStringLiteral("18-24"), QStringLiteral("25-34"),
          QStringLiteral("35-44"), QStringLiteral("45_plus")}},
        {QStringLiteral("city_tier"), QStringLiteral("city_tier"),
         {QStringLiteral("unknown"), QStringLiteral("tier1"), QStringLiteral("new_tier1"), QStringLiteral("tier2_3"),
          QStringLiteral("tier3_4_below")}},
        {QStringLiteral("occupation"), QStringLiteral("occupation"),
         {QStringLiteral("unknown"), QStringLiteral("student"), QStringLiteral("white_collar"),
          QStringLiteral("professional"), QStringLiteral("business_owner"), QStringLiteral("freelancer"),
          QStringLiteral("other")}},
        {QStringLiteral("value_tier"), QStringLiteral("value_tier"),
         {QStringLiteral("other"), QStringLiteral("high_value"), QStringLiteral("high_activity"),
          QStringLiteral("new_user")}},
        {QStringLiteral("attitude"), QStringLiteral("attitude"),
         {QStringLiteral("unknown"), QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")}},
    };
    return list;
}

const Dimension* Layers::dimension(const QString& key)
{
    for (const Dimension& d : dimensions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

int Layers::code(const QString& dimension, const QString& value)
{
    const Dimension* d = Layers::dimension(dimension);
    if (!d)
        return -1;
    const int i = d->values.indexOf(value.trimmed().toLower());
    if (i >= 0)
        return i;
    // Labels work too (一线, 高价值, 男 …), so that a segment can be written as it reads.
    const QString wanted = value.trimmed();
    for (int k = 0; k < d->values.size(); ++k) {
        const QString l = label(dimension, d->values.at(k));
        // "Tier 1 (一线)" answers to 一线 as well.
        if (l == wanted || l.endsWith(QLatin1Char('(') + wanted + QLatin1Char(')')))
            return k;
    }
    return -1;
}

QString Layers::value(const QString& dimension, int code)
{
    const Dimension* d = Layers::dimension(dimension);
    if (!d || code < 0 || code >= d->values.size())
        return QStringLiteral("unknown");
    return d->values.at(code);
}

QString Layers::dimensionLabel(const QString& dimension)
{
    if (dimension == QLatin1String("platform"))
        return tr("Platform");
    if (dimension == QLatin1String("gender"))
        return tr("Gender");
    if (dimension == QLatin1String("age_band"))
        return tr("Age band");
    if (dimension == QLatin1String("city_tier"))
        return tr("City tier");
    if (dimension == QLatin1String("occupation"))
        return tr("Occupation");
    if (dimension == QLatin1String("value_tier"))
        return tr("Value tier");
    if (dimension == QLatin1String("attitude"))
        return tr("Attitude");
    return dimension;
}

QString Layers::label(const QString& dimension, const QString& value)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("platform/wechat"), QT_TR_NOOP("WeChat")},
        {QStringLiteral("platform/wecom"), QT_TR_NOOP("WeCom")},
        {QStringLiteral("platform/weibo"), QT_TR_NOOP("Weibo")},
        {QStringLiteral("platform/douyin"), QT_TR_NOOP("Douyin")},
        {QStringLiteral("platform/xiaohongshu"), QT_TR_NOOP("Xiaohongshu")},
        {QStringLiteral("platform/web"), QT_TR_NOOP("Web")},
        {QStringLiteral("gender/male"), QT_TR_NOOP("Male")},
        {QStringLiteral("gender/female"), QT_TR_NOOP("Female")},
        {QStringLiteral("age_band/under_18"), QT_TR_NOOP("Under 18")},
        {QStringLiteral("age_band/18-24"), QT_TR_NOOP("18-24")},
        {QStringLiteral("age_band/25-34"), QT_TR_NOOP("25-34")},
        {QStringLiteral("age_band/35-44"), QT_TR_NOOP("35-44")},
        {QStringLiteral("age_band/45_plus"), QT_TR_NOOP("45 and over")},
        {QStringLiteral("city_tier/tier1"), QT_TR_NOOP("Tier 1 (一线)")},
        {QStringLiteral("city_tier/new_tier1"), QT_TR_NOOP("New tier 1 (新一线)")},
        {QStringLiteral("city_tier/tier2_3"), QT_TR_NOOP("Tier 2-3 (二三线)")},
        {QStringLiteral("city_tier/tier3_4_below"), QT_TR_NOOP("Tier 3-4 and below (三四线及以下)")},
        {QStringLiteral("occupation/student"), QT_TR_NOOP("Student")},
        {QStringLiteral("occupation/white_collar"), QT_TR_NOOP("White-collar")},
        {QStringLiteral("occupation/professional"), QT_TR_NOOP("Professional / technical")},
        {QStringLiteral("occupation/business_owner"), QT_TR_NOOP("Business owner")},
        {QStringLiteral("occupation/freelancer"), QT_TR_NOOP("Freelancer")},
        {QStringLiteral("occupation/other"), QT_TR_NOOP("Other")},
        {QStringLiteral("value_tier/high_value"), QT_TR_NOOP("High value")},
        {QStringLiteral("value_tier/high_activity"), QT_TR_NOOP("High activity")},
        {QStringLiteral("value_tier/new_user"), QT_TR_NOOP("New user")},
        {QStringLiteral("value_tier/other"), QT_TR_NOOP("Other")},
        {QStringLiteral("attitude/positive"), QT_TR_NOOP("Mostly positive")},
        {QStringLiteral("attitude/neutral"), QT_TR_NOOP("Mostly neutral")},
        {QStringLiteral("attitude/negative"), QT_TR_NOOP("Mostly negative")},
    };
    const auto it = labels.constFind(dimension + u'/' + value);
    if (it != labels.constEnd())
        return tr(it.value());
    if (value == QLatin1String("unknown"))
        return tr("Unknown");
    return value;
}

const QStringList& Layers::platforms()
{
    static const QStringList list = dimension(QStringLiteral("platform"))->values.mid(1);
    return list;
}

const QStringList& Layers::purposes()
{
    static const QStringList list = {QStringLiteral("marketing"), QStringLiteral("profiling"), QStringLiteral("contact"),
                                     QStringLiteral("sensitive")};
    return list;
}

int Layers::purposeBit(const QString& purpose)
{
    const int i = purposes().indexOf(purpose);
    return i < 0 ? 0 : 1 << i;
}

QString Layers::purposeLabel(const QString& purpose)
{
    if (purpose == QLatin1String("marketing"))
        return tr("Marketing messages");
    if (purpose == QLatin1String("profiling"))
        return tr("Personalised recommendation");
    if (purpose == QLatin1String("contact"))
        return tr("Contact by phone");
    if (purpose == QLatin1String("sensitive"))
        return tr("Sensitive data (separate consent)");
    return purpose;
}

QString Layers::ageBand(int birthYear, int referenceYear)
{
    if (birthYear <= 0)
        return QStringLiteral("unknown");
    const int age = referenceYear - birthYear;
    if (age < 18)
        return QStringLiteral("under_18");
    if (age <= 24)
        return QStringLiteral("18-24");
    if (age <= 34)
        return QStringLiteral("25-34");
    if (age <= 44)
        return QStringLiteral("35-44");
    return QStringLiteral("45_plus");
}

namespace {

QString cityKey(QString city)
{
    city = city.trimmed();
    if (city.endsWith(u'市') && city.size() > 2)
        city.chop(1);
    return city;
}

} // namespace

CityTiers CityTiers::fromCsv(const QByteArray& csv)
{
    CityTiers t;
    for (const QByteArray& raw : csv.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("city,")))
            continue;
        const QStringList f = line.split(u',');
        if (f.size() < 4)
            continue;
        t.m_tiers.insert(cityKey(f.at(0)), f.at(3).trimmed());
        t.m_tiers.insert(cityKey(f.at(1)), f.at(3).trimmed());
    }
    return t;
}

QStringList CityTiers::check(const QByteArray& csv)
{
    QStringList problems;
    const QStringList tiers = Layers::dimension(QStringLiteral("city_tier"))->values.mid(1);
    int line = 0;
    int rows = 0;
    for (const QByteArray& raw : csv.split('\n')) {
        ++line;
        const QString text = QString::fromUtf8(raw).trimmed();
        if (text.isEmpty() || text.startsWith(u'#') || text.startsWith(QLatin1String("city,")))
            continue;
        const QStringList f = text.split(u',');
        if (f.size() < 4)
            problems.append(Layers::tr("line %1: a row is city,short,province,tier").arg(line));
        else if (f.at(0).trimmed().isEmpty())
            problems.append(Layers::tr("line %1: the city is empty").arg(line));
        else if (!tiers.contains(f.at(3).trimmed()))
            problems.append(Layers::tr("line %1: tier '%2' is not one of %3").arg(line).arg(excerpt(f.at(3).trimmed()), tiers.join(QStringLiteral(", "))));
        else
            ++rows;
    }
    if (problems.isEmpty() && rows == 0)
        problems.append(Layers::tr("the table has no cities"));
    return problems;
}

const CityTiers& CityTiers::shipped()
{
    static const CityTiers tiers = [] {
        QFile f(QStringLiteral(":/profiles/city_tiers.csv"));
        f.open(QIODevice::ReadOnly);
        return fromCsv(f.readAll());
    }();
    return tiers;
}

QString CityTiers::tierOf(const QString& city) const
{
    const QString key = cityKey(city);
    if (key.isEmpty())
        return QStringLiteral("unknown");
    return m_tiers.value(key, QStringLiteral("unknown"));
}

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonArray jsonStrings(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

} // namespace

TagRules TagRules::fromJson(const QJsonObject& json)
{
    TagRules r;
    const QJsonObject occ = json.value(QStringLiteral("occupation_keywords")).toObject();
    for (auto it = occ.begin(); it != occ.end(); ++it)
        r.occupationKeywords.insert(it.key(), strings(it.value()));
    for (const QJsonValue& v : json.value(QStringLiteral("interests")).toArray()) {
        const QJsonObject o = v.toObject();
        r.interests.append(InterestRule{o.value(QStringLiteral("tag")).toString(), strings(o.value(QStringLiteral("keywords")))});
    }
    r.interestMinEngagements = json.value(QStringLiteral("interest_min_engagements")).toInt(r.interestMinEngagements);
    r.windowDays = json.value(QStringLiteral("window_days")).toInt(r.windowDays);
    const QJsonObject h = json.value(QStringLiteral("habits")).toObject();
    r.highFrequencyPurchases = h.value(QStringLiteral("high_frequency_purchases")).toInt(r.highFrequencyPurchases);
    r.impulseMinutes = h.value(QStringLiteral("impulse_minutes")).toInt(r.impulseMinutes);
    r.impulseShare = h.value(QStringLiteral("impulse_share")).toDouble(r.impulseShare);
    r.brandLoyalMinPurchases = h.value(QStringLiteral("brand_loyal_min_purchases")).toInt(r.brandLoyalMinPurchases);
    r.brandLoyalShare = h.value(QStringLiteral("brand_loyal_share")).toDouble(r.brandLoyalShare);
    r.priceSensitiveMinPurchases = h.value(QStringLiteral("price_sensitive_min_purchases")).toInt(r.priceSensitiveMinPurchases);
    r.priceSensitiveCouponShare = h.value(QStringLiteral("price_sensitive_coupon_share")).toDouble(r.priceSensitiveCouponShare);
    const QJsonObject i = json.value(QStringLiteral("influence")).toObject();
    r.influencerFollowers = qint64(i.value(QStringLiteral("influencer_followers")).toDouble(double(r.influencerFollowers)));
    r.influencerShares = i.value(QStringLiteral("influencer_shares")).toInt(r.influencerShares);
    r.influencerSharesFollowers =
        qint64(i.value(QStringLiteral("influencer_shares_followers")).toDouble(double(r.influencerSharesFollowers)));
    r.coreFanEngagements = i.value(QStringLiteral("core_fan_engagements")).toInt(r.coreFanEngagements);
    const QJsonObject v = json.value(QStringLiteral("value")).toObject();
    r.highValueAmount = v.value(QStringLiteral("high_value_amount")).toDouble(r.highValueAmount);
    r.highValueDays = v.value(QStringLiteral("high_value_days")).toInt(r.highValueDays);
    r.highActivityEvents = v.value(QStringLiteral("high_activity_events")).toInt(r.highActivityEvents);
    r.highActivityDays = v.value(QStringLiteral("high_activity_days")).toInt(r.highActivityDays);
    r.newUserDays = v.value(QStringLiteral("new_user_days")).toInt(r.newUserDays);
    r.sensitiveAttributes = strings(json.value(QStringLiteral("sensitive_attributes")));
    return r;
}

QJsonObject TagRules::toJson() const
{
    QJsonObject occ;
    for (auto it = occupationKeywords.begin(); it != occupationKeywords.end(); ++it)
        occ.insert(it.key(), jsonStrings(it.value()));
    QJsonArray interestList;
    for (const InterestRule& ir : interests)
        interestList.append(QJsonObject{{QStringLiteral("tag"), ir.tag}, {QStringLiteral("keywords"), jsonStrings(ir.keywords)}});
    return QJsonObject{
        {QStringLiteral("occupation_keywords"), occ},
        {QStringLiteral("interests"), interestList},
        {QStringLiteral("interest_min_engagements"), interestMinEngagements},
        {QStringLiteral("window_days"), windowDays},
        {QStringLiteral("habits"),
         QJsonObject{{QStringLiteral("high_frequency_purchases"), highFrequencyPurchases},
                     {QStringLiteral("impulse_minutes"), impulseMinutes},
                     {QStringLiteral("impulse_share"), impulseShare},
                     {QStringLiteral("brand_loyal_min_purchases"), brandLoyalMinPurchases},
                     {QStringLiteral("brand_loyal_share"), brandLoyalShare},
                     {QStringLiteral("price_sensitive_min_purchases"), priceSensitiveMinPurchases},
                     {QStringLiteral("price_sensitive_coupon_share"), priceSensitiveCouponShare}}},
        {QStringLiteral("influence"),
         QJsonObject{{QStringLiteral("influencer_followers"), double(influencerFollowers)},
                     {QStringLiteral("influencer_shares"), influencerShares},
                     {QStringLiteral("influencer_shares_followers"), double(influencerSharesFollowers)},
                     {QStringLiteral("core_fan_engagements"), coreFanEngagements}}},
        {QStringLiteral("value"),
         QJsonObject{{QStringLiteral("high_value_amount"), highValueAmount},
                     {QStringLiteral("high_value_days"), highValueDays},
                     {QStringLiteral("high_activity_events"), highActivityEvents},
                     {QStringLiteral("high_activity_days"), highActivityDays},
                     {QStringLiteral("new_user_days"), newUserDays}}},
        {QStringLiteral("sensitive_attributes"), jsonStrings(sensitiveAttributes)},
    };
}

const TagRules& TagRules::shipped()
{
    static const TagRules rules = [] {
        QFile f(QStringLiteral(":/profiles/rules.json"));
        f.open(QIODevice::ReadOnly);
        return fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }();
    return rules;
}

QString TagRules::occupationClass(const QString& occupation, QString* matched) const
{
    const QString text = occupation.trimmed().toLower();
    if (text.isEmpty())
        return QStringLiteral("unknown");
    // Fixed order, so that "学生会主管" is decided the same way every time.
    static const QStringList order = {QStringLiteral("student"), QStringLiteral("professional"),
                                      QStringLiteral("business_owner"), QStringLiteral("freelancer"),
                                      QStringLiteral("white_collar")};
    for (const QString& cls : order) {
        for (const QString& kw : occupationKeywords.value(cls)) {
            if (!kw.isEmpty() && text.contains(kw.toLower())) {
                if (matched)
                    *matched = kw;
                return cls;
            }
        }
    }
    return QStringLiteral("other");
}

} // namespace lx::profiles
