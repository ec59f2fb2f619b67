// Template text ({变量} placeholders): variables, rendering, missing values and the preview.
#include "FuzzSupport.h"

#include "content/TemplateRenderer.h"

#include <QHash>

using namespace lx::content;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(lx::fuzz::bytesOf(data, size));
    static const QHash<QString, QString> values{{QStringLiteral("产品名"), QStringLiteral("水光精华")},
                                               {QStringLiteral("name"), QStringLiteral("{name}")},
                                               {QStringLiteral("价格"), QString(300, QLatin1Char('9'))}};
    (void)TemplateRenderer::variables(text);
    (void)TemplateRenderer::render(text, values);
    (void)TemplateRenderer::missing(text, values);
    (void)TemplateRenderer::preview(text, values);
    (void)TemplateRenderer::canonical(text);
    return 0;
}
