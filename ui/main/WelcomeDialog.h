#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lx::ui {

// First run, or after a workspace failed to open: offers the demo workspace, a new empty
// workspace, or an existing file. Building the demo shows its progress here.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    WelcomeDialog(const QString& problem, QWidget* parent = nullptr);

    void setDemoProgress(int step, int steps, const QString& text);
    void setDemoFailed(const QString& reason);

Q_SIGNALS:
    void demoChosen();
    void emptyChosen();
    void openChosen();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_problem;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_problemLabel = nullptr;
    QPushButton* m_demo = nullptr;
    QLabel* m_demoNote = nullptr;
    QPushButton* m_empty = nullptr;
    QPushButton* m_open = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
};

} // namespace lx::ui
