#pragma once

#include "common/UiContext.h"
#include "content/LexiconService.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace lx::text {
class LexiconMatcher;
}

namespace lx::ui {

// The Lexicons panel (admins): the shipped compliance lists and the workspace's own word lists and
// allow-lists, adding one from a file (bad lines listed by number), removing one, and a box to try
// any text against everything that is loaded now.
class LexiconsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LexiconsWidget)

public:
    explicit LexiconsWidget(UiContext& context, QWidget* parent = nullptr);
    ~LexiconsWidget() override;

    void reload();
    // Adds the file as a list named by the category field (or the file's name).
    void addFile(const QString& path);
    void removeSelected();

Q_SIGNALS:
    void listed(int lists);
    void added(bool ok, int words, int badLines);
    void removed(bool ok);
    void tried(int hits);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadMatcher();
    void tryText();

    UiContext& m_ctx;
    QList<content::LexiconInfo> m_lists;
    std::shared_ptr<text::LexiconMatcher> m_matcher;

    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QLineEdit* m_category = nullptr;
    QCheckBox* m_allow = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_result = nullptr;
    QListWidget* m_issues = nullptr;
    QLabel* m_tryLabel = nullptr;
    QPlainTextEdit* m_try = nullptr;
    QListWidget* m_hits = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace lx::ui
