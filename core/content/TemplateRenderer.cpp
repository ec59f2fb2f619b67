#include "content/TemplateRenderer.h"

#include "common/Excerpt.h"

namespace lx::content {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

QHash<QString, QString> canonicalValues(const QHash<QString, QString>& values)
{
    QHash<QString, QString> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(TemplateRenderer::canonical(it.key()), it.value());
    return out;
}

} // namespace

const QList<VariableInfo>& TemplateRenderer::knownVariables()
{
    static const QList<VariableInfo> vars = {
        {QStringLiteral("title"), QStringLiteral("产品名"), QStringLiteral("product")},
        {QStringLiteral("title"), QStringLiteral("核心优势"), QStringLiteral("advantage")},
        {QStringLiteral("title"), QStringLiteral("目标人群"), QStringLiteral("audience")},
        {QStringLiteral("body"), QStringLiteral("场景描述"), QStringLiteral("scene")},
        {QStringLiteral("body"), QStringLiteral("数据支撑"), QStringLiteral("evidence")},
        {QStringLiteral("body"), QStringLiteral("用户证言"), QStringLiteral("testimonial")},
        {QStringLiteral("cta"), QStringLiteral("行动号召"), QStringLiteral("call_to_action")},
        {QStringLiteral("cta"), QStringLiteral("限时优惠"), QStringLiteral("offer")},
        {QStringLiteral("cta"), QStringLiteral("联系方式"), QStringLiteral("contact")},
    };
    return vars;
}

QString TemplateRenderer::canonical(const QString& name)
{
    const QString n = name.trimmed();
    for (const VariableInfo& v : knownVariables()) {
        if (n == v.chinese || n.compare(v.ascii, Qt::CaseInsensitive) == 0)
            return v.ascii;
    }
    return n;
}

Result<QList<VariableUse>> TemplateRenderer::variables(const QString& t)
{
    QList<VariableUse> out;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('{')) {
            if (i + 1 < t.size() && t.at(i + 1) == QLatin1Char('{')) {
                ++i;
                continue;
            }
            const qsizetype close = t.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return Result<QList<VariableUse>>::failure(tr("the brace at %1 is never closed (write {{ for a literal brace)").arg(i));
            const QString name = t.mid(i + 1, close - i - 1);
            if (name.trimmed().isEmpty() || !std::all_of(name.cbegin(), name.cend(), isNameChar))
                return Result<QList<VariableUse>>::failure(tr("“{%1}” at %2 is not a variable name").arg(excerpt(name)).arg(i));
            VariableUse use;
            use.name = name;
            use.key = canonical(name);
            use.known = std::any_of(knownVariables().cbegin(), knownVariables().cend(),
                                    [&use](const VariableInfo& v) { return v.ascii == use.key; });
            use.start = qint32(i);
            use.end = qint32(close + 1);
            out.append(use);
            i = close;
        } else if (c == QLatin1Char('}')) {
            if (i + 1 < t.size() && t.at(i + 1) == QLatin1Char('}')) {
                ++i;
                continue;
            }
            return Result<QList<VariableUse>>::failure(tr("a lone “}” at %1 (write }} for a literal brace)").arg(i));
        }
    }
    return out;
}

QStringList TemplateRenderer::missing(const QString& templateText, const QHash<QString, QString>& values)
{
    QStringList out;
    auto uses = variables(templateText);
    if (!uses)
        return out;
    const auto canon = canonicalValues(values);
    QStringList keys;
    for (const VariableUse& u : uses.value()) {
        if (!canon.contains(u.key) && !keys.contains(u.key)) {
            keys << u.key;
            out << u.name; // as the template writes it
        }
    }
    return out;
}

Result<QString> TemplateRenderer::render(const QString& t, const QHash<QString, QString>& values)
{
    auto uses = variables(t);
    if (!uses)
        return Result<QString>(uses.status());
    const QStringList miss = missing(t, values);
    if (!miss.isEmpty())
        return Result<QString>::failure(tr("no value for %1").arg(excerpt(QString(QStringLiteral("{") + miss.join(QStringLiteral("}, {")) + QStringLiteral("}")), 200)));
    const auto canon = canonicalValues(values);
    // One pass: the template's own "{{" / "}}" become braces, variables become their values
    // (inserted verbatim: a value's braces are the user's text, not escapes).
    QString out;
    out.reserve(t.size() * 2);
    const QList<VariableUse>& list = uses.value();
    int next = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (next < list.size() && i == list.at(next).start) {
            out += canon.value(list.at(next).key);
            i = list.at(next).end - 1;
            ++next;
            continue;
        }
        const QChar c = t.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < t.size() && t.at(i + 1) == c)
            ++i;
        out += c;
    }
    return out;
}

QString TemplateRenderer::preview(const QString& templateText, const QHash<QString, QString>& values)
{
    QHash<QString, QString> filled = values;
    for (const QString& m : missing(templateText, values))
        filled.insert(m, QStringLiteral("【%1】").arg(m));
    auto r = render(templateText, filled);
    return r ? r.value() : templateText;
}

} // namespace lx::content
