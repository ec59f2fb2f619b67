#include "content/TemplateMatcher.h"

#include <algorithm>

namespace lx::content {

QStringList TemplateMatcher::segmentsOf(const AudienceProfile& p)
{
    QStringList out;
    if (p.valueTier.compare(QLatin1String("high"), Qt::CaseInsensitive) == 0)
        out << QStringLiteral("high_value");
    if (p.highActivity)
        out << QStringLiteral("high_activity");
    if (p.newUser)
        out << QStringLiteral("new_user");
    return out;
}

QString TemplateMatcher::segmentTitle(const QString& segment)
{
    if (segment == QLatin1String("high_value"))
        return tr("high-value users");
    if (segment == QLatin1String("high_activity"))
        return tr("highly active users");
    if (segment == QLatin1String("new_user"))
        return tr("new users");
    return tr("everyone");
}

const QStringList& TemplateMatcher::segments()
{
    static const QStringList list = {QString(), QStringLiteral("high_value"), QStringLiteral("high_activity"),
                                     QStringLiteral("new_user")};
    return list;
}

AudienceProfile TemplateMatcher::fromValueTier(const QString& valueTier, const QStringList& tags)
{
    AudienceProfile p;
    p.valueTier = valueTier == QLatin1String("high_value") ? QStringLiteral("high") : QStringLiteral("other");
    p.highActivity = valueTier == QLatin1String("high_activity");
    p.newUser = valueTier == QLatin1String("new_user");
    p.tags = tags;
    return p;
}

std::optional<TemplateChoice> TemplateMatcher::choose(const AudienceProfile& profile, const QString& scene,
                                                      const QList<TemplateCandidate>& candidates,
                                                      const std::function<QString(const QString&)>& tagLabel)
{
    const QStringList segments = segmentsOf(profile);
    struct Ranked
    {
        const TemplateCandidate* c;
        int segmentRank; // 0 = best
        QStringList shared;
    };
    QList<Ranked> ranked;
    for (const TemplateCandidate& c : candidates) {
        if (!scene.isEmpty() && c.scene != scene)
            continue;
        int rank = 0;
        if (c.segment.isEmpty()) {
            rank = int(segments.size()); // for everyone: after every segment the profile is in
        } else {
            rank = int(segments.indexOf(c.segment));
            if (rank < 0)
                continue; // written for users this profile is not
        }
        QStringList shared;
        for (const QString& t : c.tags) {
            if (profile.tags.contains(t, Qt::CaseInsensitive) && !shared.contains(t))
                shared << t;
        }
        ranked.append(Ranked{&c, rank, shared});
    }
    if (ranked.isEmpty())
        return std::nullopt;
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.segmentRank != b.segmentRank)
            return a.segmentRank < b.segmentRank;
        if (a.shared.size() != b.shared.size())
            return a.shared.size() > b.shared.size();
        return a.c->key < b.c->key;
    });
    const Ranked& best = ranked.first();
    TemplateChoice choice;
    choice.key = best.c->key;
    choice.segment = best.c->segment;
    choice.sharedTags = best.shared;
    QString why = best.c->segment.isEmpty()
        ? (segments.isEmpty() ? tr("chosen because it is written for everyone and the user is in no special segment")
                              : tr("chosen because no template for %1 fits this scene; it is written for everyone")
                                    .arg(segmentTitle(segments.first())))
        : tr("chosen because the user is among %1 and the template is written for them")
              .arg(segmentTitle(best.c->segment));
    if (!best.shared.isEmpty()) {
        QStringList named;
        for (const QString& t : best.shared)
            named << (tagLabel ? tagLabel(t) : t);
        why += tr("; shared tags: %1").arg(named.join(QStringLiteral(", ")));
    }
    if (ranked.size() > 1) {
        const Ranked& next = ranked.at(1);
        if (next.segmentRank == best.segmentRank && next.shared.size() == best.shared.size())
            why += tr("; tied with %1, taken by id order").arg(next.c->name.isEmpty() ? next.c->key : next.c->name);
        else if (next.segmentRank == best.segmentRank)
            why += tr("; ahead of %1, which shares fewer tags").arg(next.c->name.isEmpty() ? next.c->key : next.c->name);
    }
    choice.explanation = why;
    return choice;
}

} // namespace lx::content
