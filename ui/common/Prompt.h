#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace lx::ui {

// Asks the operator a question or a choice. A GUI test answers in advance (as KeePassXC's
// MessageBox::setNextAnswer does), so confirmation paths run without anyone at the screen; the
// next prompt takes the answer and the one after asks again.
class Prompt final
{
public:
    Prompt() = delete;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text);
    // Save, Discard or Cancel for edits that would otherwise be lost.
    static QMessageBox::StandardButton unsaved(QWidget* parent, const QString& title, const QString& text);
    // One of `items`; `ok` is false when the operator cancelled.
    static QString item(QWidget* parent, const QString& title, const QString& label, const QStringList& items, bool* ok);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The next choice is the first item that contains `text` (items are translated; a test
    // names the part it knows, such as an operator's login).
    static void setNextItem(const QString& text);
    // A line of text (a reason); `ok` is false when the operator cancelled.
    static QString text(QWidget* parent, const QString& title, const QString& label, bool* ok);
    // The next text prompt answers this; a null string answers Cancel.
    static void setNextText(const QString& text);
    // What the last prompt said, for tests that check the wording in each language.
    static QString lastText();
};

} // namespace lx::ui
