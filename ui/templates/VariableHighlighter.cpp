#include "templates/VariableHighlighter.h"

#include "content/TemplateRenderer.h"

#include <QRegularExpression>

namespace lx::ui {

VariableHighlighter::VariableHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
}

void VariableHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<!\\{)\\{([^{}]*)\\}"));
    QTextCharFormat known;
    known.setForeground(QColor(0x15, 0x65, 0xc0));
    known.setBackground(QColor(0xe3, 0xf2, 0xfd));
    QTextCharFormat unknown;
    unknown.setForeground(QColor(0xb3, 0x26, 0x1e));
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString key = content::TemplateRenderer::canonical(m.captured(1));
        const bool isKnown = std::any_of(content::TemplateRenderer::knownVariables().cbegin(),
                                         content::TemplateRenderer::knownVariables().cend(),
                                         [&key](const content::VariableInfo& v) { return v.ascii == key; });
        setFormat(int(m.capturedStart()), int(m.capturedLength()), isKnown ? known : unknown);
    }
}

} // namespace lx::ui
