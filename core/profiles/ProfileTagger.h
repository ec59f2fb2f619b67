#pragma once

#include "common/Result.h"
#include "profiles/ProfileRules.h"
#include "store/ProfileTable.h"

#include <QCoreApplication>
#include <QList>

namespace lx::store {
class Workspace;
}
namespace lx::tasks {
class Task;
}

namespace lx::profiles {

struct TagOutcome
{
    QList<store::TagRow> tags;
    QString valueTier = QStringLiteral("other");
    QString attitude = QStringLiteral("unknown");
};

// Interest, habit, influence, value-tier and attitude tags from a user's events, each with the
// rule and the figures that gave it. Behavioural tags are profiling: a user without consent
// for it (and, under 14, without the separate sensitive-data consent) gets none.
class ProfileTagger final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileTagger)

public:
    // minor: under 14 in the reference year (PIPL sensitive personal information).
    static TagOutcome tag(const store::TagFacts& facts, bool minor, const QList<store::EventRow>& events, const TagRules& rules,
                          qint64 nowMs);
    static bool mayProfile(int consentBits, bool minor);

    // Re-tags the given profiles (all when ids is empty) in batches; returns how many.
    static Result<qint64> retag(store::Workspace& workspace, const QList<qint64>& ids, qint64 nowMs,
                                tasks::Task* task = nullptr);

    static QString tagLabel(const QString& tag);
    // A stored reason in the operator's language, with its figures.
    static QString reasonText(const QString& stored);
};

} // namespace lx::profiles
