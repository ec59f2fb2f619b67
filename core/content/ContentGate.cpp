#include "content/ContentGate.h"

#include "content/ContentLibrary.h"
#include "content/TemplateRenderer.h"
#include "text/LexiconMatcher.h"

#include <limits>

namespace lx::content {

QString GateVerdict::problems() const
{
    QStringList out;
    for (const Finding& f : report.findings) {
        if (f.severity == Finding::Severity::Error)
            out << f.message;
    }
    return out.join(QStringLiteral("; "));
}

int GateVerdict::problemCount() const
{
    return int(std::count_if(report.findings.cbegin(), report.findings.cend(),
                             [](const Finding& f) { return f.severity == Finding::Severity::Error; }));
}

QString ContentGate::contentTypeOf(ContentKind kind)
{
    return kind == ContentKind::Template ? QStringLiteral("marketing") : QStringLiteral("reply");
}

QHash<QString, QString> ContentGate::samples(const QString& builtinId)
{
    auto item = ContentLibrary::find(builtinId);
    if (!item || item->samples.isEmpty())
        item = ContentLibrary::find(QStringLiteral("technology.standard"));
    QHash<QString, QString> out;
    if (item) {
        for (auto it = item->samples.cbegin(); it != item->samples.cend(); ++it)
            out.insert(TemplateRenderer::canonical(it.key()), it.value());
    }
    return out;
}

QualityReport ContentGate::check(const ContentItem& item, const QString& body, const text::LexiconMatcher* compliance,
                                 const text::LexiconMatcher* terms)
{
    const bool isTemplate = item.kind == ContentKind::Template;
    QStringList unknown;
    QString syntax;
    if (auto uses = TemplateRenderer::variables(body)) {
        for (const VariableUse& u : uses.value()) {
            if (!u.known && !unknown.contains(u.name))
                unknown << u.name;
        }
    } else {
        syntax = uses.error();
    }
    const QString rendered = TemplateRenderer::preview(body, samples(item.builtinId));

    std::optional<PlatformRule> platform;
    if (!isTemplate)
        platform = QualityGate::chatPlatform();
    else
        platform = QualityGate::platform(item.platform);
    const bool noPlatform = !platform;
    if (noPlatform)
        platform = PlatformRule{item.platform, 0, std::numeric_limits<qint32>::max()};
    const ContentTypeRule type = isTemplate ? *QualityGate::contentType(contentTypeOf(item.kind)) : QualityGate::replyType();

    const QualityGate gate(compliance && compliance->isLoaded() ? compliance : nullptr,
                           isTemplate && terms && terms->isLoaded() ? terms : nullptr);
    QualityReport report = gate.check(rendered, *platform, type, unknown);
    if (noPlatform)
        report.findings.prepend(Finding{Finding::Severity::Error, QStringLiteral("platform"),
                                        tr("no platform: say which platform the template is written for"), -1, -1});
    if (!syntax.isEmpty())
        report.findings.prepend(Finding{Finding::Severity::Error, QStringLiteral("syntax"), syntax, -1, -1});
    return report;
}

} // namespace lx::content
