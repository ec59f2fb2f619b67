#include "main/WelcomeDialog.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lx::ui {

WelcomeDialog::WelcomeDialog(const QString& problem, QWidget* parent) : QDialog(parent), m_problem(problem)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setMinimumWidth(520);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("welcomeProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problemLabel->setVisible(!problem.isEmpty());
    m_demo = new QPushButton(this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setDefault(true);
    m_demoNote = new QLabel(this);
    m_demoNote->setWordWrap(true);
    m_demoNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_empty = new QPushButton(this);
    m_empty->setObjectName(QStringLiteral("welcomeEmpty"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_progress->hide();
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("welcomeProgressText"));
    m_progressText->setWordWrap(true);
    m_progressText->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_problemLabel);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addWidget(m_demoNote);
    layout->addWidget(m_empty);
    layout->addWidget(m_open);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_demo->setEnabled(false);
        m_empty->setEnabled(false);
        m_open->setEnabled(false);
        m_progress->show();
        m_progressText->show();
        Q_EMIT demoChosen();
    });
    connect(m_empty, &QPushButton::clicked, this, &WelcomeDialog::emptyChosen);
    connect(m_open, &QPushButton::clicked, this, &WelcomeDialog::openChosen);
    retranslate();
}

void WelcomeDialog::setDemoProgress(int step, int steps, const QString& text)
{
    m_progress->setRange(0, steps);
    m_progress->setValue(step);
    m_progressText->setText(text);
}

void WelcomeDialog::setDemoFailed(const QString& reason)
{
    m_progress->hide();
    m_progressText->setText(reason);
    m_progressText->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_demo->setEnabled(true);
    m_empty->setEnabled(true);
    m_open->setEnabled(true);
}

void WelcomeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Lingxi"));
    m_title->setText(tr("Welcome to Lingxi"));
    m_text->setText(tr("Lingxi keeps everything — operators, conversations, templates, models and the audit log — "
                       "in one workspace file on this computer. Choose how to begin."));
    if (!m_problem.isEmpty())
        m_problemLabel->setText(tr("The workspace could not be opened: %1").arg(m_problem));
    m_demo->setText(tr("Try the demo workspace"));
    m_demoNote->setText(tr("A separate file with one operator per role; its logins are shown on the login screen."));
    m_empty->setText(tr("Create an empty workspace…"));
    m_open->setText(tr("Open an existing workspace…"));
}

} // namespace lx::ui
