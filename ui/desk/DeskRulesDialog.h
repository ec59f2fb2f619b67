#pragma once

#include "desk/BusinessCalendar.h"
#include "desk/EscalationPolicy.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace lx::ui {

// Where a supervisor edits the desk's rules: SLA times, the routing rules that send a message to
// a person (each switchable), and the business calendar as JSON, checked as it is typed (the
// line or key that is wrong is named) with the shipped China calendar one click away.
class DeskRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskRulesDialog)

public:
    DeskRulesDialog(const desk::PolicyConfig& policy, const desk::BusinessCalendar& calendar, QWidget* parent = nullptr);

    desk::PolicyConfig policy() const;
    // The calendar as typed, or why it cannot be read.
    Result<desk::BusinessCalendar> calendar() const;
    // Something differs from what the dialog opened with.
    bool hasChanges() const;

public Q_SLOTS:
    // Cancel, Esc and closing the window ask Save / Discard / Cancel when there are changes.
    void reject() override;

private:
    void validate();

    QSpinBox* m_firstResponse = nullptr;
    QSpinBox* m_callback = nullptr;
    QSpinBox* m_agentAnswer = nullptr;
    QSpinBox* m_imminent = nullptr;
    QCheckBox* m_vip = nullptr;
    QSpinBox* m_questions = nullptr;
    QSpinBox* m_long = nullptr;
    QDoubleSpinBox* m_confidence = nullptr;
    QLineEdit* m_complaints = nullptr;
    QLineEdit* m_person = nullptr;
    QPlainTextEdit* m_calendar = nullptr;
    QLabel* m_calendarState = nullptr;
    QPushButton* m_ok = nullptr;
    QJsonObject m_openedPolicy;
    QString m_openedCalendar;
};

} // namespace lx::ui
