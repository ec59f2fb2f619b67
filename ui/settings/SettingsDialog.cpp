#include "settings/SettingsDialog.h"

#include "common/LanguageManager.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include "common/ReplyModelSetting.h"
#include <QVBoxLayout>

namespace lx::ui {

QString SettingsDialog::startupWorkspace()
{
    QSettings settings;
    const QString path = settings.value(QStringLiteral("workspace/path")).toString();
    return path.isEmpty() ? store::Workspace::defaultPath() : path;
}

void SettingsDialog::setStartupWorkspace(const QString& path)
{
    QSettings settings;
    settings.setValue(QStringLiteral("workspace/path"), path);
}

SettingsDialog::SettingsDialog(LanguageManager& languages, const QString& currentWorkspace, QWidget* parent)
    : QDialog(parent), m_languages(languages), m_currentWorkspace(currentWorkspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(520);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    for (const QString& code : LanguageManager::available())
        m_language->addItem(LanguageManager::displayName(code), code);
    m_language->setCurrentIndex(m_language->findData(m_languages.current()));
    m_workspaceLabel = new QLabel(this);
    m_workspace = new QLineEdit(startupWorkspace(), this);
    m_workspace->setObjectName(QStringLiteral("settingsWorkspace"));
    m_browse = new QPushButton(this);
    m_useDefault = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* wsRow = new QHBoxLayout();
    wsRow->addWidget(m_workspace, 1);
    wsRow->addWidget(m_browse);
    wsRow->addWidget(m_useDefault);
    m_replyModelLabel = new QLabel(this);
    m_replyModel = new QLineEdit(replyModelFolder(), this);
    m_replyModel->setObjectName(QStringLiteral("settingsReplyModel"));
    m_replyModel->setClearButtonEnabled(true);
    m_replyModelBrowse = new QPushButton(this);
    m_replyModelNote = new QLabel(this);
    m_replyModelNote->setWordWrap(true);
    m_replyModelNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* modelRow = new QHBoxLayout();
    modelRow->addWidget(m_replyModel, 1);
    modelRow->addWidget(m_replyModelBrowse);
    auto* form = new QFormLayout();
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_workspaceLabel, wsRow);
    form->addRow(QString(), m_note);
    form->addRow(m_replyModelLabel, modelRow);
    form->addRow(QString(), m_replyModelNote);
    connect(m_replyModelBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Reply model folder"), m_replyModel->text());
        if (!dir.isEmpty())
            m_replyModel->setText(dir);
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int) { m_languages.setLanguage(m_language->currentData().toString()); });
    connect(m_useDefault, &QPushButton::clicked, this,
            [this] { m_workspace->setText(store::Workspace::defaultPath()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Workspace opened at start-up"),
                                       QFileInfo(m_workspace->text()).absolutePath(), tr("Lingxi workspace (*.lingxi)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& f) { m_workspace->setText(f); });
        dialog->open();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("Language"));
    m_workspaceLabel->setText(tr("Workspace at start-up"));
    m_browse->setText(tr("Browse…"));
    m_useDefault->setText(tr("Default"));
    m_replyModelLabel->setText(tr("Reply model"));
    m_replyModelBrowse->setText(tr("Browse…"));
    m_replyModel->setPlaceholderText(tr("none: reply suggestions and drafts are off"));
    m_replyModelNote->setText(tr("A Qwen2-family checkpoint folder (config.json, model.safetensors, tokenizer.json), e.g. "
                                 "Qwen2.5-0.5B-Instruct downloaded once. It drafts reply suggestions at the desk, hand-over "
                                 "summaries and template drafts on this machine; nothing is sent without a person."));
    m_note->setText(tr("Now open: %1. A different start-up workspace is opened the next time Lingxi starts; use "
                       "Workspace ▸ Open workspace… to switch now.")
                        .arg(m_currentWorkspace));
}

void SettingsDialog::save()
{
    setStartupWorkspace(m_workspace->text().trimmed());
    setReplyModelFolder(m_replyModel->text().trimmed());
    accept();
}

} // namespace lx::ui
