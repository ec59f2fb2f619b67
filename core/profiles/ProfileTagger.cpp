#include "profiles/ProfileTagger.h"

#include "profiles/Records.h"
#include "store/SqlUtil.h"
#include "store/StoreWriter.h"
#include "store/Workspace.h"
#include "tasks/Task.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace lx::profiles {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

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

} // namespace

bool ProfileTagger::mayProfile(int consentBits, bool minor)
{
    const bool profiling = consentBits & Layers::purposeBit(QStringLiteral("profiling"));
    const bool sensitive = consentBits & Layers::purposeBit(QStringLiteral("sensitive"));
    return profiling && (!minor || sensitive);
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

TagOutcome ProfileTagger::tag(const ProfileFacts& f, const QList<store::EventRow>& events, const TagRules& rules, qint64 now)
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
                                      tr("of %1 message(s): %2 positive, %3 neutral, %4 negative")
                                          .arg(said)
                                          .arg(sentiments[1])
                                          .arg(sentiments[2])
                                          .arg(sentiments[3])});
    }
    if (!mayProfile(f.consents, f.minor))
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
                                          tr("%1 engagements in %2 days with content tagged %3 (rule: at least %4)")
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
                                      tr("%1 purchases in %2 days (rule: at least %3)").arg(n).arg(rules.windowDays).arg(rules.highFrequencyPurchases)});
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
                                          tr("%1 of %2 purchases within %3 minutes of first seeing the item (rule: at least %4 %)")
                                              .arg(quick)
                                              .arg(n)
                                              .arg(rules.impulseMinutes)
                                              .arg(number(rules.impulseShare * 100))});
        if (n >= rules.priceSensitiveMinPurchases && double(coupons) / n >= rules.priceSensitiveCouponShare)
            out.tags.append(store::TagRow{QStringLiteral("price_sensitive"), QStringLiteral("habit"),
                                          tr("%1 of %2 purchases with a coupon (rule: at least %3 %)")
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
                                              tr("%1 of %2 branded purchases from %3 (rule: at least %4 %)")
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
                                      tr("%1 followers (rule: at least %2)").arg(followers).arg(rules.influencerFollowers)});
    else if (followers >= rules.influencerSharesFollowers && shares >= rules.influencerShares)
        out.tags.append(store::TagRow{QStringLiteral("potential_influencer"), QStringLiteral("influence"),
                                      tr("%1 followers and %2 shares in %3 days (rule: %4 followers and %5 shares)")
                                          .arg(followers)
                                          .arg(shares)
                                          .arg(rules.windowDays)
                                          .arg(rules.influencerSharesFollowers)
                                          .arg(rules.influencerShares)});
    else if (social >= rules.coreFanEngagements)
        out.tags.append(store::TagRow{QStringLiteral("core_fan"), QStringLiteral("influence"),
                                      tr("%1 likes, comments, shares or favourites in %2 days (rule: at least %3)")
                                          .arg(social)
                                          .arg(rules.windowDays)
                                          .arg(rules.coreFanEngagements)});
    else if (social > 0)
        out.tags.append(store::TagRow{QStringLiteral("ordinary_fan"), QStringLiteral("influence"),
                                      tr("%1 likes, comments, shares or favourites in %2 days").arg(social).arg(rules.windowDays)});

    // Value tier, in the order template matching ranks them.
    QString reason;
    if (f.vip) {
        out.valueTier = QStringLiteral("high_value");
        reason = tr("VIP customer");
    } else if (amountValue >= rules.highValueAmount) {
        out.valueTier = QStringLiteral("high_value");
        reason = tr("spent %1 in %2 days (rule: at least %3)").arg(number(amountValue)).arg(rules.highValueDays).arg(number(rules.highValueAmount));
    } else if (recentEvents >= rules.highActivityEvents) {
        out.valueTier = QStringLiteral("high_activity");
        reason = tr("%1 events in %2 days (rule: at least %3)").arg(recentEvents).arg(rules.highActivityDays).arg(rules.highActivityEvents);
    } else if (f.firstSeenMs && now - *f.firstSeenMs <= qint64(rules.newUserDays) * kDayMs) {
        out.valueTier = QStringLiteral("new_user");
        reason = tr("first seen %1 day(s) ago (rule: at most %2)").arg((now - *f.firstSeenMs) / kDayMs).arg(rules.newUserDays);
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
    const int year = QDateTime::fromMSecsSinceEpoch(now, QTimeZone(8 * 3600)).date().year();
    QSqlDatabase db = workspace.reader();

    // Many profiles: one pass over profiles and one over the events in their stored order
    // (user first), merged here. A few: each one's events by key.
    const bool scan = ids.isEmpty() || ids.size() > 5000;
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QSqlQuery facts(db), events(db);
    facts.setForwardOnly(true);
    events.setForwardOnly(true);
    const QString factsSql = QStringLiteral("SELECT p.id, p.vip, p.followers, p.first_seen_ms, l.consents, p.birth_year"
                                            " FROM profiles p JOIN profile_layers l ON l.profile_id = p.id");
    const QString eventsSql = QStringLiteral("SELECT profile_id, type, time_ms, content_id, brand, amount, coupon, tags, sentiment"
                                             " FROM events");
    if (scan) {
        if (!facts.exec(factsSql + QStringLiteral(" ORDER BY p.id")) || !events.exec(eventsSql + QStringLiteral(" ORDER BY profile_id")))
            return Result<qint64>::failure(tr("cannot read the events"));
    } else if (!facts.prepare(factsSql + QStringLiteral(" WHERE p.id = ?"))
               || !events.prepare(eventsSql + QStringLiteral(" WHERE profile_id = ?"))) {
        return Result<qint64>::failure(tr("cannot read the events"));
    }
    const qint64 total = scan ? (ids.isEmpty() ? -1 : ids.size()) : ids.size();
    const auto readEvent = [&events]() {
        store::EventRow e;
        e.profileId = events.value(0).toLongLong();
        e.type = events.value(1).toInt();
        e.timeMs = events.value(2).toLongLong();
        e.contentId = events.value(3).toString();
        e.brand = events.value(4).toString();
        if (!events.value(5).isNull())
            e.amount = events.value(5).toDouble();
        if (!events.value(6).isNull())
            e.coupon = events.value(6).toInt() != 0;
        e.tags = events.value(7).toString();
        e.sentiment = events.value(8).toInt();
        return e;
    };
    bool eventPending = scan && events.next();

    struct Result1
    {
        qint64 id;
        TagOutcome outcome;
        int ageBand;
    };
    QList<Result1> pending;
    qint64 done = 0;
    const auto flush = [&]() -> Status {
        if (pending.isEmpty())
            return Status::success();
        auto written = workspace.writer().runSync([items = std::move(pending)](QSqlDatabase& w) -> Result<QVariant> {
            QSqlQuery del(w), ins(w), upd(w);
            del.prepare(QStringLiteral("DELETE FROM profile_tags WHERE profile_id = ?"));
            ins.prepare(QStringLiteral("INSERT INTO profile_tags(profile_id, tag, kind, reason) VALUES (?,?,?,?)"));
            upd.prepare(QStringLiteral("UPDATE profile_layers SET value_tier = ?, attitude = ?, age_band = ? WHERE profile_id = ?"));
            for (const Result1& r : items) {
                del.bindValue(0, r.id);
                if (!del.exec())
                    return Result<QVariant>::failure(QStringLiteral("tags"));
                for (const store::TagRow& t : r.outcome.tags) {
                    ins.bindValue(0, r.id);
                    ins.bindValue(1, t.tag);
                    ins.bindValue(2, t.kind);
                    ins.bindValue(3, t.reason);
                    if (!ins.exec())
                        return Result<QVariant>::failure(QStringLiteral("tags"));
                }
                upd.bindValue(0, Layers::code(QStringLiteral("value_tier"), r.outcome.valueTier));
                upd.bindValue(1, Layers::code(QStringLiteral("attitude"), r.outcome.attitude));
                upd.bindValue(2, r.ageBand);
                upd.bindValue(3, r.id);
                if (!upd.exec())
                    return Result<QVariant>::failure(QStringLiteral("layers"));
            }
            return QVariant();
        });
        pending = QList<Result1>();
        return written.status();
    };

    qsizetype next = 0;
    while (true) {
        if (scan) {
            if (!facts.next())
                break;
        } else {
            if (next >= ids.size())
                break;
            facts.bindValue(0, ids.at(next++));
            if (!facts.exec() || !facts.next())
                continue;
        }
        ProfileFacts f;
        f.id = facts.value(0).toLongLong();
        f.vip = facts.value(1).toInt() != 0;
        if (!facts.value(2).isNull())
            f.followers = facts.value(2).toLongLong();
        if (!facts.value(3).isNull())
            f.firstSeenMs = facts.value(3).toLongLong();
        f.consents = facts.value(4).toInt();
        const int birthYear = facts.value(5).isNull() ? 0 : facts.value(5).toInt();
        f.minor = birthYear > 0 && year - birthYear < 14;
        QList<store::EventRow> list;
        if (scan) {
            while (eventPending && events.value(0).toLongLong() < f.id)
                eventPending = events.next();
            while (eventPending && events.value(0).toLongLong() == f.id) {
                list.append(readEvent());
                eventPending = events.next();
            }
            if (!wanted.isEmpty() && !wanted.contains(f.id))
                continue;
        } else {
            facts.finish();
            events.bindValue(0, f.id);
            if (!events.exec())
                return Result<qint64>::failure(tr("cannot read the events"));
            while (events.next())
                list.append(readEvent());
            events.finish();
        }
        pending.append(Result1{f.id, tag(f, list, tagRules, now),
                               Layers::code(QStringLiteral("age_band"), Layers::ageBand(birthYear, year))});
        ++done;
        if (pending.size() >= 5000) {
            if (auto st = flush(); !st)
                return Result<qint64>(st);
            if (task) {
                task->setProgress(done, total);
                if (task->isAborted())
                    return done;
            }
        }
    }
    if (auto st = flush(); !st)
        return Result<qint64>(st);
    return done;
}

} // namespace lx::profiles
