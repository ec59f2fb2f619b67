#include "desk/DeskRulesDialog.h"

#include "common/Prompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lx::ui {

namespace {

QStringList words(const QLineEdit* edit)
{
    QStringList out;
    for (QString w : edit->text().split(QRegularExpression(QStringLiteral("[,，、]")))) {
        w = w.trimmed();
        if (!w.isEmpty())
            out.append(w);
    }
    return out;
}

QSpinBox* spin(QWidget* parent, const char* name, int lo, int hi, int value, const QString& suffix)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(lo, hi);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

} // namespace

DeskRulesDialog::DeskRulesDialog(const desk::PolicyConfig& policy, const desk::BusinessCalendar& calendar, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Desk rules"));
    auto* tabs = new QTabWidget(this);

    auto* rules = new QWidget(tabs);
    auto* form = new QFormLayout(rules);
    m_firstResponse = spin(rules, "ruleFirstResponse", 1, 24 * 60, policy.firstResponse_min, tr(" min"));
    m_callback = spin(rules, "ruleCallback", 1, 24 * 14, policy.callback_h, tr(" h"));
    m_agentAnswer = spin(rules, "ruleAgentAnswer", 1, 24 * 60, policy.agentAnswer_min, tr(" min"));
    m_imminent = spin(rules, "ruleImminent", 1, 100, int(policy.imminentShare * 100 + 0.5), QStringLiteral(" %"));
    m_vip = new QCheckBox(tr("A VIP whom the bot is answering goes to a person"), rules);
    m_vip->setObjectName(QStringLiteral("ruleVip"));
    m_vip->setChecked(policy.vipToHuman);
    m_questions = spin(rules, "ruleQuestions", 0, 100, policy.questionsToHuman, QString());
    m_questions->setSpecialValueText(tr("off"));
    m_long = spin(rules, "ruleLong", 0, 100000, policy.longMessage_chars, tr(" characters"));
    m_long->setSpecialValueText(tr("off"));
    m_confidence = new QDoubleSpinBox(rules);
    m_confidence->setObjectName(QStringLiteral("ruleConfidence"));
    m_confidence->setRange(0, 1);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    m_confidence->setValue(policy.minConfidence);
    m_confidence->setSpecialValueText(tr("off"));
    m_complaints = new QLineEdit(policy.complaintWords.join(QStringLiteral(", ")), rules);
    m_complaints->setObjectName(QStringLiteral("ruleComplaintWords"));
    m_person = new QLineEdit(policy.personWords.join(QStringLiteral(", ")), rules);
    m_person->setObjectName(QStringLiteral("rulePersonWords"));
    form->addRow(tr("First human reply within (business time)"), m_firstResponse);
    form->addRow(tr("Callback after two negative messages within"), m_callback);
    form->addRow(tr("An assigned agent who has not answered loses it after"), m_agentAnswer);
    form->addRow(tr("Warn when this share of the time is used"), m_imminent);
    form->addRow(QString(), m_vip);
    form->addRow(tr("To a person at this many questions in one message"), m_questions);
    form->addRow(tr("To a person when a message is longer than"), m_long);
    form->addRow(tr("To a person when the model's confidence is below"), m_confidence);
    form->addRow(tr("Complaint words (comma-separated)"), m_complaints);
    form->addRow(tr("Words that ask for a person"), m_person);
    tabs->addTab(rules, tr("Routing and SLA"));

    auto* calPage = new QWidget(tabs);
    auto* calLayout = new QVBoxLayout(calPage);
    auto* hint = new QLabel(tr("Weekly hours, public holidays and extra working days (调休) as JSON. SLA clocks count only "
                               "the working time in it."),
                            calPage);
    hint->setWordWrap(true);
    m_calendar = new QPlainTextEdit(QString::fromUtf8(calendar.toJson()), calPage);
    m_calendar->setObjectName(QStringLiteral("calendarJson"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_calendar->setFont(mono);
    m_calendarState = new QLabel(calPage);
    m_calendarState->setObjectName(QStringLiteral("calendarState"));
    m_calendarState->setWordWrap(true);
    auto* shipped = new QPushButton(tr("Use the shipped China calendar"), calPage);
    shipped->setObjectName(QStringLiteral("calendarShipped"));
    connect(shipped, &QPushButton::clicked, this, [this] {
        m_calendar->setPlainText(QString::fromUtf8(desk::BusinessCalendar::chinaDefault().toJson()));
    });
    calLayout->addWidget(hint);
    calLayout->addWidget(m_calendar, 1);
    calLayout->addWidget(m_calendarState);
    calLayout->addWidget(shipped, 0, Qt::AlignLeft);
    tabs->addTab(calPage, tr("Business calendar"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QPlainTextEdit::textChanged, this, &DeskRulesDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);
    validate();
    m_openedPolicy = this->policy().toJson();
    m_openedCalendar = m_calendar->toPlainText();
}

bool DeskRulesDialog::hasChanges() const
{
    return policy().toJson() != m_openedPolicy || m_calendar->toPlainText() != m_openedCalendar;
}

void DeskRulesDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    const auto answer = Prompt::unsaved(this, tr("Unsaved changes"), tr("The desk rules have changes that are not saved yet."));
    if (answer == QMessageBox::Discard)
        QDialog::reject();
    else if (answer == QMessageBox::Save && m_ok->isEnabled())
        accept();
    else if (answer == QMessageBox::Save)
        m_calendarState->setText(m_calendarState->text() + QLatin1Char(' ') + tr("Fix the calendar to save."));
}

desk::PolicyConfig DeskRulesDialog::policy() const
{
    desk::PolicyConfig p = desk::PolicyConfig::defaults();
    p.firstResponse_min = m_firstResponse->value();
    p.callback_h = m_callback->value();
    p.agentAnswer_min = m_agentAnswer->value();
    p.imminentShare = m_imminent->value() / 100.0;
    p.vipToHuman = m_vip->isChecked();
    p.questionsToHuman = m_questions->value();
    p.longMessage_chars = m_long->value();
    p.minConfidence = m_confidence->value();
    p.complaintWords = words(m_complaints);
    p.personWords = words(m_person);
    return p;
}

Result<desk::BusinessCalendar> DeskRulesDialog::calendar() const
{
    return desk::BusinessCalendar::fromJson(m_calendar->toPlainText().toUtf8());
}

void DeskRulesDialog::validate()
{
    auto c = calendar();
    if (c) {
        QStringList years;
        for (int y : c.value().yearsCovered())
            years.append(QString::number(y));
        m_calendarState->setStyleSheet(QStringLiteral("color:#1e5b2e"));
        m_calendarState->setText(tr("Reads well: %1 holidays, %2 extra working days (years %3).")
                                     .arg(c.value().holidays().size())
                                     .arg(c.value().extraWorkdays().size())
                                     .arg(years.isEmpty() ? tr("none") : years.join(QStringLiteral(", "))));
    } else {
        m_calendarState->setStyleSheet(QStringLiteral("color:#9b1c1c"));
        m_calendarState->setText(c.error());
    }
    m_ok->setEnabled(c.ok());
}

} // namespace lx::ui
