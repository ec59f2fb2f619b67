#include "graph/GraphTypes.h"

#include <QRegularExpression>

namespace lx::graph {

namespace {

struct Builtin
{
    TypeKind kind;
    const char* key;
    const char* zh; // accepted on import as well as the key
};

const Builtin kBuiltins[] = {
    {TypeKind::Concept, "product_feature", "产品功能"},
    {TypeKind::Concept, "technical_principle", "技术原理"},
    {TypeKind::Concept, "application_scenario", "应用场景"},
    {TypeKind::Concept, "product", "产品"},
    {TypeKind::Concept, "brand", "品牌"},
    {TypeKind::Relation, "contains", "包含"},
    {TypeKind::Relation, "belongs_to", "属于"},
    {TypeKind::Relation, "affects", "影响"},
    {TypeKind::Relation, "substitutes", "替代"},
};

} // namespace

QList<GraphType> GraphTypes::builtins()
{
    QList<GraphType> out;
    for (const Builtin& b : kBuiltins)
        out.append(GraphType{b.kind, QString::fromLatin1(b.key), title(QString::fromLatin1(b.key)), true});
    return out;
}

QString GraphTypes::normalizeKey(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    QString key = name.trimmed().toCaseFolded();
    key.replace(separators, QStringLiteral("_"));
    while (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key;
}

QString GraphTypes::resolve(const QString& name, const QStringList& known)
{
    const QString key = normalizeKey(name);
    if (key.isEmpty())
        return {};
    for (const QString& k : known) {
        if (normalizeKey(k) == key)
            return k;
    }
    for (const Builtin& b : kBuiltins) {
        if (name.trimmed() == QString::fromUtf8(b.zh) && known.contains(QString::fromLatin1(b.key)))
            return QString::fromLatin1(b.key);
    }
    return {};
}

QString GraphTypes::title(const QString& key)
{
    if (key == QLatin1String("product_feature"))
        return tr("Product feature");
    if (key == QLatin1String("technical_principle"))
        return tr("Technical principle");
    if (key == QLatin1String("application_scenario"))
        return tr("Application scenario");
    if (key == QLatin1String("product"))
        return tr("Product");
    if (key == QLatin1String("brand"))
        return tr("Brand");
    if (key == QLatin1String("contains"))
        return tr("contains");
    if (key == QLatin1String("belongs_to"))
        return tr("belongs to");
    if (key == QLatin1String("affects"))
        return tr("affects");
    if (key == QLatin1String("substitutes"))
        return tr("substitutes");
    return key;
}

bool GraphTypes::isValidKey(const QString& key)
{
    return !key.isEmpty() && key.size() <= 64 && normalizeKey(key) == key;
}

} // namespace lx::graph
