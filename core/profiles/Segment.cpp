#include "profiles/Segment.h"

#include "common/Excerpt.h"

#include "profiles/Layers.h"
#include "profiles/Records.h"

#include <QRegularExpression>

namespace lx::profiles {

QStringList Segment::fields()
{
    return {QStringLiteral("platform"), QStringLiteral("gender"), QStringLiteral("age_band"), QStringLiteral("city_tier"),
            QStringLiteral("occupation"), QStringLiteral("value_tier"), QStringLiteral("attitude"), QStringLiteral("vip"),
            QStringLiteral("tag"), QStringLiteral("consent")};
}

Result<Segment> Segment::parse(const QString& expression)
{
    Segment s;
    s.m_expression = expression.trimmed();
    if (s.m_expression.isEmpty() || s.m_expression == QLatin1String("all") || s.m_expression == QLatin1String("*"))
        return s;
    static const QRegularExpression joiner(QStringLiteral("\\s+(?:and|AND|And)\\s+|\\s*&&?\\s*|\\s*;\\s*|\\s+且\\s+"));
    const QStringList clauses = s.m_expression.split(joiner, Qt::SkipEmptyParts);
    for (const QString& raw : clauses) {
        const QString clause = raw.trimmed();
        const qsizetype eq = clause.indexOf(u'=');
        if (eq <= 0)
            return Result<Segment>::failure(tr("'%1' is not field=value").arg(excerpt(clause)));
        store::SegmentCondition c;
        QString field = clause.left(eq).trimmed().toLower();
        if (field.endsWith(u'!')) {
            c.negate = true;
            field.chop(1);
            field = field.trimmed();
        }
        const QStringList values = clause.mid(eq + 1).split(QRegularExpression(QStringLiteral("[|,，]")), Qt::SkipEmptyParts);
        if (values.isEmpty())
            return Result<Segment>::failure(tr("'%1' has no value").arg(excerpt(clause)));
        if (field == QLatin1String("tag")) {
            c.kind = store::SegmentCondition::Kind::Tag;
            for (const QString& v : values) {
                const QString t = v.trimmed();
                // Value tiers and attitudes are tags too, under their prefix.
                c.tags.append(t);
            }
        } else if (field == QLatin1String("consent")) {
            c.kind = store::SegmentCondition::Kind::Consent;
            for (const QString& v : values) {
                const int bit = Layers::purposeBit(v.trimmed().toLower());
                if (bit == 0)
                    return Result<Segment>::failure(
                        tr("consent '%1' is not one of %2").arg(excerpt(v.trimmed()), Layers::purposes().join(QStringLiteral(", "))));
                c.codes.append(bit);
            }
        } else if (field == QLatin1String("vip") || field == QLatin1String("minor")) {
            c.column = field;
            for (const QString& v : values) {
                const auto b = Records::parseBool(v);
                if (!b)
                    return Result<Segment>::failure(tr("%1 is true or false, not '%2'").arg(field, excerpt(v.trimmed())));
                c.codes.append(*b ? 1 : 0);
            }
        } else {
            const Dimension* d = Layers::dimension(field);
            if (!d)
                return Result<Segment>::failure(tr("unknown field '%1' (fields: %2)").arg(excerpt(field), fields().join(QStringLiteral(", "))));
            c.column = d->column;
            for (const QString& v : values) {
                const int code = Layers::code(field, v.trimmed());
                if (code < 0)
                    return Result<Segment>::failure(
                        tr("%1 has no value '%2' (values: %3)").arg(field, excerpt(v.trimmed()), d->values.join(QStringLiteral(", "))));
                c.codes.append(code);
            }
        }
        s.m_conditions.append(c);
    }
    return s;
}

} // namespace lx::profiles
