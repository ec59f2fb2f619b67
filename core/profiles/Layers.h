#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::profiles {

// The layer dimensions a segment is cut by. Each value has a stable key (CLI, segment
// expressions, files) and a translated label; in the store a value is its index in values.
struct Dimension
{
    QString key;       // "age_band"
    QString column;    // column of profile_layers
    QStringList values; // index = stored code; values[0] is "unknown" or "other"
};

class Layers final
{
    Q_DECLARE_TR_FUNCTIONS(Layers)

public:
    Layers() = delete;

    static const QList<Dimension>& dimensions();
    static const Dimension* dimension(const QString& key);
    static int code(const QString& dimension, const QString& value); // -1 when unknown
    static QString value(const QString& dimension, int code);
    static QString label(const QString& dimension, const QString& value);
    static QString dimensionLabel(const QString& dimension);

    static const QStringList& platforms();
    static const QStringList& purposes(); // marketing, profiling, contact, sensitive
    static int purposeBit(const QString& purpose);
    static QString purposeLabel(const QString& purpose);

    // Age band from a birth year in a reference year: under 18, 18-24, 25-34, 35-44, 45 and over.
    static QString ageBand(int birthYear, int referenceYear);
};

// The editable city → tier table (shipped as :/profiles/city_tiers.csv). A city is looked up by
// its full or short name, with or without 市; a city not in the table is "unknown", not guessed.
class CityTiers final
{
public:
    static const CityTiers& shipped();
    static CityTiers fromCsv(const QByteArray& csv);
    // The rows that cannot be read ("line N: reason"); empty when the whole table is good.
    static QStringList check(const QByteArray& csv);
    QString tierOf(const QString& city) const;
    int size() const { return int(m_tiers.size()); }

private:
    QHash<QString, QString> m_tiers;
};

struct InterestRule
{
    QString tag;
    QStringList keywords;
};

// Every threshold of the tagging, as data: shipped defaults (:/profiles/rules.json), replaceable
// per workspace. Each tag the engine gives names the rule and the figures that gave it.
struct TagRules
{
    QHash<QString, QStringList> occupationKeywords; // class → keywords
    QList<InterestRule> interests;
    int interestMinEngagements = 3;
    int windowDays = 90;
    int highFrequencyPurchases = 4;
    int impulseMinutes = 10;
    double impulseShare = 0.5;
    int brandLoyalMinPurchases = 3;
    double brandLoyalShare = 0.6;
    int priceSensitiveMinPurchases = 2;
    double priceSensitiveCouponShare = 0.5;
    qint64 influencerFollowers = 5000;
    int influencerShares = 10;
    qint64 influencerSharesFollowers = 1000;
    int coreFanEngagements = 10;
    double highValueAmount = 2000;
    int highValueDays = 365;
    int highActivityEvents = 15;
    int highActivityDays = 30;
    int newUserDays = 30;
    QStringList sensitiveAttributes;

    static const TagRules& shipped();
    static TagRules fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    // Occupation class for free text, with the keyword that decided it.
    QString occupationClass(const QString& occupation, QString* matched = nullptr) const;
};

} // namespace lx::profiles
