#include "common/Prompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace lx::ui {

namespace {
// Test hooks only: set by a test, taken by the next prompt.
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextItem;
std::optional<QString> g_nextText;
QString g_lastText;
} // namespace

QMessageBox::StandardButton Prompt::question(QWidget* parent, const QString& title, const QString& text)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
}

QMessageBox::StandardButton Prompt::unsaved(QWidget* parent, const QString& title, const QString& text)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Save);
}

QString Prompt::item(QWidget* parent, const QString& title, const QString& label, const QStringList& items, bool* ok)
{
    g_lastText = label;
    if (g_nextItem) {
        const QString wanted = *g_nextItem;
        g_nextItem.reset();
        for (const QString& i : items) {
            if (i.contains(wanted)) {
                if (ok)
                    *ok = true;
                return i;
            }
        }
        if (ok)
            *ok = false;
        return {};
    }
    return QInputDialog::getItem(parent, title, label, items, 0, false, ok);
}

QString Prompt::text(QWidget* parent, const QString& title, const QString& label, bool* ok)
{
    g_lastText = label;
    if (g_nextText) {
        const QString answer = *g_nextText;
        g_nextText.reset();
        if (ok)
            *ok = !answer.isNull();
        return answer;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), ok);
}

void Prompt::setNextText(const QString& text)
{
    g_nextText = text;
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void Prompt::setNextItem(const QString& item)
{
    g_nextItem = item;
}

QString Prompt::lastText()
{
    return g_lastText;
}

} // namespace lx::ui
