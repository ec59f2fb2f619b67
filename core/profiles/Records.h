#pragma once

#include "common/Result.h"
#include "profiles/RecordReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lx::profiles {

struct ConsentInput
{
    QString purpose;
    bool granted = false;
    qint64 timeMs = 0;
    QString source;
};

// A profile record that passed validation: identifiers still in clear here, in memory only;
// the importer turns them into pseudonyms and masks before anything is written.
struct ProfileInput
{
    QString platform;
    QString platformUserId;
    QStringList present; // the keys the record gave (an upsert keeps the others)
    QString name;
    QString phone;  // digits only
    QString idCard; // upper-case, checked
    QString gender;
    std::optional<int> birthYear;
    QString city;
    QString occupation;
    std::optional<qint64> followers;
    QStringList interests;
    std::optional<bool> vip;
    std::optional<qint64> firstSeenMs;
    std::optional<qint64> lastSeenMs;
    QList<ConsentInput> consents;
    QJsonObject attributes;
    QStringList droppedSensitive; // sensitive attributes left out for want of separate consent
};

struct EventInput
{
    QString platform;
    int platformCode = 0; // index in Layers::platforms()
    QString platformUserId;
    qint64 timeMs = 0;
    int type = 0;
    QString contentId;
    QString brand;
    std::optional<double> amount;
    std::optional<bool> coupon;
    QString tags; // '|'-joined
    QString experiment;
    QString variant;
    int sentiment = 0; // 0 none, 1 positive, 2 neutral, 3 negative
};

class Records final
{
    Q_DECLARE_TR_FUNCTIONS(Records)

public:
    Records() = delete;

    static const QStringList& profileKeys();
    static const QStringList& eventKeys();
    static const QStringList& eventTypes(); // index + 1 = stored code
    static int eventTypeCode(const QString& type); // 0 when unknown
    static QString eventType(int code);
    // The type as the operator reads it (曝光, 点击 …).
    static QString eventTypeLabel(const QString& type);

    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    // ISO-8601 date or date-time; without a zone the time is China Standard Time (+08:00).
    static std::optional<qint64> parseTime(QStringView text);
    // Times as the operation reads them: China Standard Time.
    static QDateTime chinaTime(qint64 ms);
    static QString isoTime(qint64 ms);
    static int yearOf(qint64 ms);
    static qint64 startOfDay(const QDate& date);
    static qint64 endOfDay(const QDate& date);
    static std::optional<bool> parseBool(const QString& text);
    // A mainland ID-card number (18 characters with its ISO 7064 check digit, or the old 15 digits).
    static bool validIdCard(const QString& id);
    static std::optional<int> birthYearFromIdCard(const QString& id);

    static Result<ProfileInput> profile(const RawRecord& raw, int currentYear, const QStringList& sensitiveAttributes);
    static Result<EventInput> event(const RawRecord& raw);
};

} // namespace lx::profiles
