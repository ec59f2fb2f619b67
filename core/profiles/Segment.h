#pragma once

#include "common/Result.h"
#include "store/ProfileQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lx::profiles {

// A segment written the way a marketer reads it, e.g.
//   age_band=25-34 and city_tier=tier1|new_tier1 and tag=美妆达人 and consent=marketing
// Clauses are joined by "and"; each is field=value or field!=value, '|' or ',' between
// alternatives. Fields: platform, gender, age_band, city_tier, occupation, value_tier, attitude,
// vip (true/false), tag, consent (purposes, all required). Values are keys or their labels.
class Segment final
{
    Q_DECLARE_TR_FUNCTIONS(Segment)

public:
    static Result<Segment> parse(const QString& expression);
    static QStringList fields();

    const QList<store::SegmentCondition>& conditions() const { return m_conditions; }
    const QString& expression() const { return m_expression; }
    bool isEmpty() const { return m_conditions.isEmpty(); }

private:
    QList<store::SegmentCondition> m_conditions;
    QString m_expression;
};

} // namespace lx::profiles
