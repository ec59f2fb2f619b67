#include "content/QualityGate.h"

#include "content/DefaultLexicons.h"

namespace lx::content {

bool QualityReport::ok() const
{
    return std::none_of(findings.cbegin(), findings.cend(),
                        [](const Finding& f) { return f.severity == Finding::Severity::Error; });
}

QList<PlatformRule> QualityGate::defaultPlatforms()
{
    return {{QStringLiteral("wechat_moments"), 150, 200},
            {QStringLiteral("weibo"), 150, 250},
            {QStringLiteral("xiaohongshu"), 200, 300}};
}

QList<ContentTypeRule> QualityGate::defaultContentTypes()
{
    return {{QStringLiteral("technical"), 0.05}, {QStringLiteral("marketing"), 0.08}, {QStringLiteral("news"), 0.10}};
}

std::optional<PlatformRule> QualityGate::platform(const QString& key)
{
    for (const auto& p : defaultPlatforms()) {
        if (p.key == key)
            return p;
    }
    return std::nullopt;
}

std::optional<ContentTypeRule> QualityGate::contentType(const QString& key)
{
    for (const auto& t : defaultContentTypes()) {
        if (t.key == key)
            return t;
    }
    return std::nullopt;
}

PlatformRule QualityGate::chatPlatform()
{
    return {QStringLiteral("chat"), 1, 2000};
}

ContentTypeRule QualityGate::replyType()
{
    return {QStringLiteral("reply"), 1.0};
}

QString QualityGate::platformTitle(const QString& key)
{
    if (key == QLatin1String("wechat_moments"))
        return tr("WeChat Moments");
    if (key == QLatin1String("weibo"))
        return tr("Weibo");
    if (key == QLatin1String("xiaohongshu"))
        return tr("Xiaohongshu");
    if (key == QLatin1String("chat"))
        return tr("a chat reply");
    return key;
}

QString QualityGate::typeTitle(const QString& key)
{
    if (key == QLatin1String("technical"))
        return tr("technical");
    if (key == QLatin1String("marketing"))
        return tr("marketing");
    if (key == QLatin1String("news"))
        return tr("news");
    if (key == QLatin1String("reply"))
        return tr("reply");
    return key;
}

QualityGate::QualityGate(const text::LexiconMatcher* compliance, const text::LexiconMatcher* terms)
    : m_compliance(compliance), m_terms(terms)
{
}

QualityReport QualityGate::check(const QString& text, const PlatformRule& platform, const ContentTypeRule& type,
                                 const QStringList& missingVariables) const
{
    QualityReport r;
    r.platform = platform;
    r.type = type;
    r.metrics = text::ContentMetrics::measure(text, m_terms);
    if (r.metrics.length < platform.minLength || r.metrics.length > platform.maxLength) {
        r.findings.append(Finding{Finding::Severity::Error, QStringLiteral("length"),
                                  tr("%1 characters; %2 expects %3 to %4")
                                      .arg(r.metrics.length)
                                      .arg(platformTitle(platform.key))
                                      .arg(platform.minLength)
                                      .arg(platform.maxLength),
                                  -1, -1});
    }
    if (r.metrics.termDensity > type.maxTermDensity) {
        r.findings.append(Finding{Finding::Severity::Error, QStringLiteral("term_density"),
                                  tr("industry terms cover %1 % of the text; %2 content allows %3 %")
                                      .arg(r.metrics.termDensity * 100.0, 0, 'f', 1)
                                      .arg(typeTitle(type.key))
                                      .arg(type.maxTermDensity * 100.0, 0, 'f', 0),
                                  -1, -1});
    }
    if (m_compliance && m_compliance->isLoaded()) {
        r.compliance = m_compliance->match(text);
        for (const auto& h : std::as_const(r.compliance)) {
            r.findings.append(Finding{Finding::Severity::Error, QStringLiteral("compliance"),
                                      tr("“%1” (%2) at %3: %4")
                                          .arg(h.word, DefaultLexicons::categoryTitle(h.category))
                                          .arg(h.start)
                                          .arg(h.matchedText),
                                      h.start, h.end});
        }
    }
    for (const QString& v : missingVariables) {
        r.findings.append(Finding{Finding::Severity::Error, QStringLiteral("missing_variable"),
                                  tr("no value for the variable {%1}").arg(v), -1, -1});
    }
    return r;
}

} // namespace lx::content
