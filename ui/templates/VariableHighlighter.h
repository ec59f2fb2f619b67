#pragma once

#include <QSyntaxHighlighter>

namespace lx::ui {

// Marks {variables} in the template editor: known ones in blue, unknown ones underlined red so
// a typo is seen before the template is saved.
class VariableHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariableHighlighter)

public:
    explicit VariableHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace lx::ui
