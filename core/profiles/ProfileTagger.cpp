#include "profiles/ProfileTagger.h"

#include "profiles/Records.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"
#include "tasks/Task.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>

namespace lx::profiles {

namespace {

constexpr qint64 kDayMs = Records::kDayMs;

bool isEngagement(const QString& type)
{
    static const QSet<QString> types = {
        QStringLiteral("click"), QStringLiteral("like"), QStringLiteral("comment"), QStringLiteral("share"),
        QStringLiteral("favorite"), QStringLiteral("view"), QStringLiteral("add_to_cart"), QStringLiteral("purchase"),
        QStringLiteral("review"), QStringLiteral("read_complete"), QStringLiteral("video_complete"),
        QStringLiteral("participate"), QStringLiteral("complete")};
    return types.contains(type);
}

bool isSocial(const QString& type)
{
    return type == QLatin1String("like") || type == QLatin1String("comment") || type == QLatin1String("share")
           || type == QLatin1String("favorite");
}

QString number(double v)
{
    return QLocale::c().toString(v, 'f', v == std::floor(v) ? 0 : 2);
}

// A tag's reason as stored: the untranslated sentence and its figures, so that every operator
// reads it in their own language (ProfileTagger::reasonText).
class Reason
{
public:
    explicit Reason(const char* text) : m_text(QString::fromUtf8(text)) {}
    Reason arg(const QString& a) &&
    {
        m_args.append(a);
        return std::move(*this);
    }
    Reason arg(qint64 v) && { return std::move(*this).arg(QString::number(v)); }
    Reason arg(int v) && { return std::move(*this).arg(QString::number(v)); }
    operator QString() const
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("text"), m_text},
                                                           {QStringLiteral("args"), QJsonArray::fromStringList(m_args)}})
                                     .toJson(QJsonDocument::Compact));
    }

private:
    QString m_text;
    QStringList m_args;
};

} // namespace

bool ProfileTagger::mayProfile(int consentBits, bool minor)
{
    const bool profiling = consentBits & Layers::purposeBit(QStringLiteral("profiling"));
    const bool sensitive = consentBits & Layers::purposeBit(QStringLiteral("sensitive"));
    return profiling && (!minor || sensitive);
}

QString ProfileTagger::reasonText(const QString& stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (!o.contains(QStringLiteral("text")))
        return stored;
    QString text = tr(o.value(QStringLiteral("text")).toString().toUtf8().constData());
    for (const QJsonValue& a : o.value(QStringLiteral("args")).toArray())
        text = text.arg(a.toString());
    return text;
}

QString ProfileTagger::tagLabel(const QString& tag)
{
    if (tag == QLatin1String("high_frequency"))
        return tr("High-frequency buyer");
    if (tag == QLatin1String("impulse"))
        return tr("Impulse buyer");
    if (tag == QLatin1String("brand_loyal"))
        return tr("Brand-loyal");
    if (tag == QLatin1String("price_sensitive"))
        return tr("Price-sensitive");
    if (tag == QLatin1String("potential_influencer"))
        return tr("Potential influencer");
    if (tag == QLatin1String("core_fan"))
        return tr("Core fan");
    if (tag == QLatin1String("ordinary_fan"))
        return tr("Ordinary fan");
    if (tag.startsWith(QLatin1String("value:")))
        return Layers::label(QStringLiteral("value_tier"), tag.mid(6));
    if (tag.startsWith(QLatin1String("attitude:")))
        return Layers::label(QStringLiteral("attitude"), tag.mid(9));
    return tag;
}

TagOutcome ProfileTagger::tag(const store::TagFacts& f, bool minor, const QList<store::EventRow>& events, const TagRules& rules,
                               qint64 now)
{
    TagOutcome out;
    const qint64 windowStart = now - qint64(rules.windowDays) * kDayMs;

    // Attitude is service data (what the user told us), not profiling: always kept.
    int sentiments[4] = {0, 0, 0, 0};
    for (const store::EventRow& e : events)
        if (e.sentiment >= 1 && e.sentiment <= 3)
            ++sentiments[e.sentiment];
    const int said = sentiments[1] + sentiments[2] + sentiments[3];
    if (said > 0) {
        int best = 1;
        for (int s = 2; s <= 3; ++s)
            if (sentiments[s] > sentiments[best])
                best = s;
        out.attitude = Layers::value(QStringLiteral("attitude"), best);
        out.tags.append(store::TagRow{QStringLiteral("attitude:") + out.attitude, QStringLiteral("attitude"),
                                      Reason(QT_TR_NOOP("of %1 message(s): %2 positive, %3 neutral, %4 negative"))
                                          .arg(said)
                                          .arg(sentiments[1])
                                          .arg(sentiments[2])
                                          .arg(sentiments[3])});
    }
    if (!mayProfile(f.consents, minor))
        return out;

    // Interests from the content tags of engaged events in the window.
    QHash<QString, int> interestCount;
    QHash<QString, QSet<QString>> interestWords;
    int social = 0, shares = 0;
    QList<const store::EventRow*> purchases;
    QHash<QString, qint64> firstSeenContent;
    double amountValue = 0;
    int recentEvents = 0;
    for (const store::EventRow& e : events) {
        const QString type = Records::eventType(e.type);
        if (e.timeMs >= now - qint64(rules.highValueDays) * kDayMs && type == QLatin1String("purchase") && e.amount)
            amountValue += *e.amount;
        if (e.timeMs >= now - qint64(rules.highActivityDays) * kDayMs && e.timeMs <= now)
            ++recentEvents;
        if (e.timeMs < windowStart || e.timeMs > now)
            continue;
        if (!e.contentId.isEmpty()
            && (type == QLatin1String("impression") || type == QLatin1String("view") || type == QLatin1String("click"))) {
            auto it = firstSeenContent.find(e.contentId);
            if (it == firstSeenContent.end() || *it > e.timeMs)
                firstSeenContent.insert(e.contentId, e.timeMs);
        }
        if (type == QLatin1String("purchase"))
            purchases.append(&e);
        if (isSocial(type))
            ++social;
        if (type == QLatin1String("share"))
            ++shares;
        if (!isEngagement(type) || e.tags.isEmpty())
            continue;
        const QStringList contentTags = e.tags.split(u'|', Qt::SkipEmptyParts);
        for (const InterestRule& rule : rules.interests) {
            bool hit = false;
            for (const QString& ct : contentTags) {
                for (const QString& kw : rule.keywords) {
                    if (ct.contains(kw, Qt::CaseInsensitive)) {
                        interestWords[rule.tag].insert(ct);
                        hit = true;
                        break;
                    }
                }
            }
            if (hit)
                ++interestCount[rule.tag];
        }
    }
    for (const InterestRule& rule : rules.interests) {
        const int n = interestCount.value(rule.tag);
        if (n >= rules.interestMinEngagements) {
            QStringList words = interestWords.value(rule.tag).values();
            words.sort();
            out.tags.append(store::TagRow{rule.tag, QStringLiteral("interest"),
                                          Reason(QT_TR_NOOP("%1 engagements in %2 days with content tagged %3 (rule: at least %4)"))
                                              .arg(n)
                                              .arg(rules.windowDays)
                                              .arg(words.mid(0, 4).join(QStringLiteral("、")))
                                              .arg(rules.interestMinEngagements)});
        }
    }

    // Consumption habits from purchases in the window.
    const int n = int(purchases.size());
    if (n >= rules.highFrequencyPurchases)
        out.tags.append(store::TagRow{QStringLiteral("high_frequency"), QStringLiteral("habit"),
                                      Reason(QT_TR_NOOP("%1 purchases in %2 days (rule: at least %3)")).arg(n).arg(rules.windowDays).arg(rules.highFrequencyPurchases)});
    if (n >= 2) {
        int quick = 0, coupons = 0;
        QHash<QString, int> brands;
        int branded = 0;
        for (const store::EventRow* p : std::as_const(purchases)) {
            const auto seen = firstSeenContent.constFind(p->contentId);
            if (!p->contentId.isEmpty() && seen != firstSeenContent.constEnd() && *seen <= p->timeMs
                && p->timeMs - *seen <= qint64(rules.impulseMinutes) * 60000)
                ++quick;
            if (p->coupon.value_or(false))
                ++coupons;
            if (!p->brand.isEmpty()) {
                ++brands[p->brand];
                ++branded;
            }
        }
        if (double(quick) / n >= rules.impulseShare)
            out.tags.append(store::TagRow{QStringLiteral("impulse"), QStringLiteral("habit"),
                                          Reason(QT_TR_NOOP("%1 of %2 purchases within %3 minutes of first seeing the item (rule: at least %4 %)"))
                                              .arg(quick)
                                              .arg(n)
                                              .arg(rules.impulseMinutes)
                                              .arg(number(rules.impulseShare * 100))});
        if (n >= rules.priceSensitiveMinPurchases && double(coupons) / n >= rules.priceSensitiveCouponShare)
            out.tags.append(store::TagRow{QStringLiteral("price_sensitive"), QStringLiteral("habit"),
                                          Reason(QT_TR_NOOP("%1 of %2 purchases with a coupon (rule: at least %3 %)"))
                                              .arg(coupons)
                                              .arg(n)
                                              .arg(number(rules.priceSensitiveCouponShare * 100))});
        if (branded >= rules.brandLoyalMinPurchases) {
            QString top;
            int topCount = 0;
            for (auto it = brands.begin(); it != brands.end(); ++it)
                if (it.value() > topCount || (it.value() == topCount && it.key() < top)) {
                    top = it.key();
                    topCount = it.value();
                }
            if (double(topCount) / branded >= rules.brandLoyalShare)
                out.tags.append(store::TagRow{QStringLiteral("brand_loyal"), QStringLiteral("habit"),
                                              Reason(QT_TR_NOOP("%1 of %2 branded purchases from %3 (rule: at least %4 %)"))
                                                  .arg(topCount)
                                                  .arg(branded)
                                                  .arg(top)
                                                  .arg(number(rules.brandLoyalShare * 100))});
        }
    }

    // Social influence.
    const qint64 followers = f.followers.value_or(0);
    if (followers >= rules.influencerFollowers)
        out.tags.append(store::TagRow{QStringLiteral("potential_influencer"), QStringLiteral("influence"),
                                      Reason(QT_TR_NOOP("%1 followers (rule: at least %2)")).arg(followers).arg(rules.influencerFollowers)});
    else if (followers >= rules.influencerSharesFollowers && shares >= rules.influencerShares)
        out.tags.append(store::TagRow{QStringLiteral("potential_influencer"), QStringLiteral("influence"),
                                      Reason(QT_TR_NOOP("%1 followers and %2 shares in %3 days (rule: %4 followers and %5 shares)"))
                                          .arg(followers)
                                          .arg(shares)
                                          .arg(rules.windowDays)
                                          .arg(rules.influencerSharesFollowers)
                                          .arg(rules.influencerShares)});
    else if (social >= rules.coreFanEngagements)
        out.tags.append(store::TagRow{QStringLiteral("core_fan"), QStringLiteral("influence"),
                                      Reason(QT_TR_NOOP("%1 likes, comments, shares or favourites in %2 days (rule: at least %3)"))
                                          .arg(social)
                                          .arg(rules.windowDays)
                                          .arg(rules.coreFanEngagements)});
    else if (social > 0)
        out.tags.append(store::TagRow{QStringLiteral("ordinary_fan"), QStringLiteral("influence"),
                                      Reason(QT_TR_NOOP("%1 likes, comments, shares or favourites in %2 days")).arg(social).arg(rules.windowDays)});

    // Value tier, in the order template matching ranks them.
    QString reason;
    if (f.vip) {
        out.valueTier = QStringLiteral("high_value");
        reason = Reason(QT_TR_NOOP("VIP customer"));
    } else if (amountValue >= rules.highValueAmount) {
        out.valueTier = QStringLiteral("high_value");
        reason = Reason(QT_TR_NOOP("spent %1 in %2 days (rule: at least %3)")).arg(number(amountValue)).arg(rules.highValueDays).arg(number(rules.highValueAmount));
    } else if (recentEvents >= rules.highActivityEvents) {
        out.valueTier = QStringLiteral("high_activity");
        reason = Reason(QT_TR_NOOP("%1 events in %2 days (rule: at least %3)")).arg(recentEvents).arg(rules.highActivityDays).arg(rules.highActivityEvents);
    } else if (f.firstSeenMs && now - *f.firstSeenMs <= qint64(rules.newUserDays) * kDayMs) {
        out.valueTier = QStringLiteral("new_user");
        reason = Reason(QT_TR_NOOP("first seen %1 day(s) ago (rule: at most %2)")).arg((now - *f.firstSeenMs) / kDayMs).arg(rules.newUserDays);
    }
    if (!reason.isEmpty())
        out.tags.append(store::TagRow{QStringLiteral("value:") + out.valueTier, QStringLiteral("value"), reason});
    return out;
}

Result<qint64> ProfileTagger::retag(store::Workspace& workspace, const QList<qint64>& ids, qint64 now, tasks::Task* task)
{
    auto rules = ProfileRules::forWorkspace(workspace);
    if (!rules)
        return Result<qint64>(rules.status());
    const TagRules tagRules = rules.value().tags;
    const int year = Records::yearOf(now);
    QSqlDatabase db = workspace.reader();

    const qint64 total = ids.isEmpty() ? -1 : ids.size();
    QList<store::TagWrite> pending;
    qint64 done = 0;
    const auto flush = [&]() -> Status {
        if (pending.isEmpty())
            return Status::success();
        auto written = workspace.writer().runSync(
            [items = std::move(pending)](QSqlDatabase& w) { return store::jobResult(store::ProfileTable::saveTags(w, items)); });
        pending = QList<store::TagWrite>();
        return written.status();
    };
    Status failure;
    const auto minor = [year](const store::TagFacts& t) { return t.birthYear > 0 && year - t.birthYear < 14; };
    auto scanned = store::ProfileTable::forEachWithEvents(db, ids, [&](const store::TagFacts& t, const QList<store::EventRow>& list) {
        const TagOutcome outcome = tag(t, minor(t), list, tagRules, now);
        const store::TagWrite write{t.id, outcome.tags, Layers::code(QStringLiteral("value_tier"), outcome.valueTier),
                                    Layers::code(QStringLiteral("attitude"), outcome.attitude),
                                    Layers::code(QStringLiteral("age_band"), Layers::ageBand(t.birthYear, year))};
        // A profile with no tags before or after and the same layer codes is left as it is
        // (most users an event import brings: no consent to profiling, nothing said yet).
        const bool unchanged = write.tags.isEmpty() && t.storedTags == 0 && write.valueTier == t.storedValueTier
                               && write.attitude == t.storedAttitude && write.ageBand == t.storedAgeBand;
        if (!unchanged)
            pending.append(write);
        ++done;
        if (pending.size() >= 5000) {
            if (auto st = flush(); !st) {
                failure = st;
                return false;
            }
        }
        if (done % 5000 == 0) {
            if (task) {
                task->setProgress(done, total);
                if (task->isAborted())
                    return false;
            }
        }
        return true;
    }, [&minor](const store::TagFacts& t) { return mayProfile(t.consents, minor(t)); });
    if (!scanned)
        return Result<qint64>(scanned);
    if (!failure)
        return Result<qint64>(failure);
    if (auto st = flush(); !st)
        return Result<qint64>(st);
    return done;
}

} // namespace lx::profiles
