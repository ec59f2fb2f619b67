#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lx::content {

// What the matcher needs to know of a user profile.
struct AudienceProfile
{
    QString valueTier;         // "high", "medium", "low"
    bool highActivity = false;
    bool newUser = false;
    QStringList tags;          // interest / habit tags
};

// A template as a candidate: the scene it serves, the segment it was written for and its tags.
struct TemplateCandidate
{
    QString key;               // stable id, also the final tie-break
    QString name;
    QString scene;
    QString segment;           // "high_value", "high_activity", "new_user" or empty for everyone
    QStringList tags;
};

struct TemplateChoice
{
    QString key;
    QString segment;
    QStringList sharedTags;
    QString explanation;       // "chosen because …"
};

// Picks the template for a profile and a scene. The profile's segments rank high-value over
// high-activity over new user; a template written for a higher-ranked segment the profile
// belongs to wins, then one for everyone; templates for segments the profile is not in are never
// chosen. Ties go to more shared tags, then to the smaller key, so the choice is deterministic.
class TemplateMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateMatcher)

public:
    TemplateMatcher() = delete;
    static QStringList segmentsOf(const AudienceProfile& profile); // in priority order
    // tagLabel, when given, names the shared tags in the explanation (keys stay in sharedTags).
    static std::optional<TemplateChoice> choose(const AudienceProfile& profile, const QString& scene,
                                                const QList<TemplateCandidate>& candidates,
                                                const std::function<QString(const QString&)>& tagLabel = {});
    static QString segmentTitle(const QString& segment);
    // Every segment a template may be written for, "" (everyone) first.
    static const QStringList& segments();
    // The matcher's view of a profile's value tier ("high_value", "high_activity", "new_user", "other").
    static AudienceProfile fromValueTier(const QString& valueTier, const QStringList& tags);
};

} // namespace lx::content
