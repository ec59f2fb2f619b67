#include "templates/TemplatesWidget.h"

#include "common/ReplyModelSetting.h"
#include "inference/ReplyAssistant.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/Prompt.h"
#include "content/ContentLibrary.h"
#include "content/DefaultLexicons.h"
#include "content/LexiconService.h"
#include "content/TemplateMatcher.h"
#include "content/TemplateRenderer.h"
#include "graph/ConceptLinker.h"
#include "graph/GraphService.h"
#include "graph/GraphTypes.h"
#include "graph/RelatedConcepts.h"
#include "profiles/Layers.h"
#include "profiles/ProfileTagger.h"
#include "store/Workspace.h"
#include "templates/VariableHighlighter.h"
#include "text/TextNormalizer.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lx::ui {

namespace {
constexpr int kDebounce_ms = 200;

// A name as the list shows it under its industry: without a short "industry：" prefix that the
// group above already says ("美妆：新人首单体验" reads "新人首单体验"); the tooltip keeps the name.
QString listedName(const QString& name)
{
    const qsizetype colon = name.indexOf(QChar(u'：'));
    return colon > 0 && colon <= 4 && colon + 1 < name.size() ? name.mid(colon + 1).trimmed() : name;
}

// User-facing names for the keys the content data uses: industries, scenarios, platforms,
// content types and the shipped lexicon categories.
QString displayName(const QString& group)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("wechat_moments"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "WeChat Moments")},
        {QStringLiteral("weibo"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Weibo")},
        {QStringLiteral("xiaohongshu"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Xiaohongshu")},
        {QStringLiteral("technical"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Technical")},
        {QStringLiteral("marketing"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Marketing")},
        {QStringLiteral("news"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "News")},
        {QStringLiteral("technology"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Technology")},
        {QStringLiteral("beauty"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Beauty")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Education")},
        {QStringLiteral("product_inquiry"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Product inquiry")},
        {QStringLiteral("appointment"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Appointment guidance")},
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("lx::ui::TemplatesWidget", "Complaint handling")},
    };
    auto it = titles.constFind(group);
    if (it == titles.constEnd() && !group.isEmpty())
        return content::DefaultLexicons::categoryTitle(group); // a word list's category, or the name as given
    return it == titles.constEnd() ? (group.isEmpty() ? TemplatesWidget::tr("Other") : group)
                                   : QCoreApplication::translate("lx::ui::TemplatesWidget", it.value());
}
} // namespace

TemplatesWidget::TemplatesWidget(UiContext& context, content::ContentKind kind, QWidget* parent)
    : QWidget(parent), m_ctx(context), m_kind(kind),
      m_canEdit(context.session.can(kind == content::ContentKind::Template ? auth::Permission::EditTemplates
                                                                           : auth::Permission::EditScripts))
{
    setObjectName(kind == content::ContentKind::Template ? QStringLiteral("templatesPanel") : QStringLiteral("scriptsPanel"));

    // Library
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("contentTree"));
    if (kind == content::ContentKind::Template) {
        // Templates are written for a platform and an audience: both show in the list.
        m_tree->setColumnCount(3);
        m_tree->header()->setStretchLastSection(false);
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        // The name keeps the room; platform and audience get a fixed share (full text in the tooltip).
        m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
        m_tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
        m_tree->header()->resizeSection(1, 92);
        m_tree->header()->resizeSection(2, 96);
        // The end of a name tells templates apart less than its start once the industry prefix
        // is gone (the group says it): "美妆：…配建议" could not be told from "美妆：…单体验".
        m_tree->setTextElideMode(Qt::ElideRight);
    } else {
        m_tree->setHeaderHidden(true);
    }
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("contentNewName"));
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("contentCreate"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto* newRow = new QHBoxLayout();
    newRow->addWidget(m_newName, 1);
    newRow->addWidget(m_create);
    leftLayout->addLayout(newRow);
    m_newName->setVisible(m_canEdit);
    m_create->setVisible(m_canEdit);

    // Editor
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("contentTitle"));
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    m_readOnly = new QLabel(this);
    m_readOnly->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_readOnly->setVisible(!m_canEdit);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("contentEditor"));
    m_editor->setReadOnly(!m_canEdit);
    new VariableHighlighter(m_editor->document());
    m_editor->installEventFilter(this);
    QStringList names;
    for (const auto& v : content::TemplateRenderer::knownVariables())
        names << v.chinese << v.ascii;
    m_completer = new QCompleter(new QStringListModel(names, this), this);
    m_completer->setWidget(m_editor);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        m_editor->insertPlainText(name + QLatin1Char('}'));
    });
    m_variables = new QLabel(this);
    m_variables->setObjectName(QStringLiteral("contentVariables"));
    m_variables->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("contentNote"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("contentSave"));
    m_saveResult = new QLabel(this);
    m_saveResult->setObjectName(QStringLiteral("contentSaveResult"));
    m_saveResult->setWordWrap(true);
    m_draft = new QPushButton(this);
    m_draft->setObjectName(QStringLiteral("contentDraft"));
    m_draft->setVisible(m_canEdit && kind == content::ContentKind::Template);
    connect(m_draft, &QPushButton::clicked, this, &TemplatesWidget::draftVariant);
    auto* saveRow = new QHBoxLayout();
    saveRow->addWidget(m_draft);
    saveRow->addWidget(m_note, 1);
    saveRow->addWidget(m_save);
    m_note->setVisible(m_canEdit);
    m_save->setVisible(m_canEdit);
    // Whom a template is for: its platform, the segment and the tags the matcher compares.
    m_audienceBox = new QWidget(this);
    m_itemPlatformLabel = new QLabel(this);
    m_itemPlatform = new QComboBox(this);
    m_itemPlatform->setObjectName(QStringLiteral("contentItemPlatform"));
    m_itemPlatform->addItem(QString(), QString());
    for (const auto& p : content::QualityGate::defaultPlatforms())
        m_itemPlatform->addItem(QString(), p.key);
    m_segmentLabel = new QLabel(this);
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("contentSegment"));
    for (const QString& seg : content::TemplateMatcher::segments())
        m_segment->addItem(QString(), seg);
    m_tagsLabel = new QLabel(this);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("contentTags"));
    m_saveAudience = new QPushButton(this);
    m_saveAudience->setObjectName(QStringLiteral("contentSaveAudience"));
    auto* audience = new QGridLayout(m_audienceBox);
    audience->setContentsMargins(0, 0, 0, 0);
    audience->addWidget(m_itemPlatformLabel, 0, 0);
    audience->addWidget(m_itemPlatform, 0, 1);
    audience->addWidget(m_segmentLabel, 0, 2);
    audience->addWidget(m_segment, 0, 3);
    audience->addWidget(m_tagsLabel, 1, 0);
    audience->addWidget(m_tags, 1, 1, 1, 2);
    audience->addWidget(m_saveAudience, 1, 3);
    audience->setColumnStretch(1, 1);
    audience->setColumnStretch(3, 1);
    m_audienceBox->setVisible(kind == content::ContentKind::Template);
    for (QWidget* w : std::initializer_list<QWidget*>{m_itemPlatform, m_segment, m_tags})
        w->setEnabled(m_canEdit);
    m_saveAudience->setVisible(m_canEdit);

    auto* middle = new QWidget(this);
    auto* midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    midLayout->addWidget(m_title);
    midLayout->addWidget(m_readOnly);
    midLayout->addWidget(m_editor, 1);
    midLayout->addWidget(m_variables);
    midLayout->addWidget(m_audienceBox);
    midLayout->addLayout(saveRow);
    midLayout->addWidget(m_saveResult);

    // Preview and check
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("contentPlatform"));
    for (const auto& p : content::QualityGate::defaultPlatforms())
        m_platform->addItem(QString(), p.key);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("contentType"));
    for (const auto& t : content::QualityGate::defaultContentTypes())
        m_type->addItem(QString(), t.key);
    m_type->setCurrentIndex(m_type->findData(QStringLiteral("marketing")));
    m_platformLabel = new QLabel(this);
    m_typeLabel = new QLabel(this);
    m_values = new QTableWidget(this);
    m_values->setObjectName(QStringLiteral("contentValues"));
    m_values->setColumnCount(2);
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->setMaximumHeight(150);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("contentPreview"));
    m_lengthLabel = new QLabel(this);
    m_length = new QProgressBar(this);
    m_length->setObjectName(QStringLiteral("contentLengthMeter"));
    m_densityLabel = new QLabel(this);
    m_density = new QProgressBar(this);
    m_density->setObjectName(QStringLiteral("contentDensityMeter"));
    m_hits = new QListWidget(this);
    m_hits->setObjectName(QStringLiteral("contentHits"));
    m_hits->setMaximumHeight(110);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("contentVerdict"));
    m_verdict->setWordWrap(true);
    m_override = new QPushButton(this);
    m_override->setObjectName(QStringLiteral("contentOverride"));
    m_override->setVisible(false);
    connect(m_override, &QPushButton::clicked, this, &TemplatesWidget::overrideGate);
    m_related = new QLabel(this);
    m_related->setObjectName(QStringLiteral("contentRelatedConcepts"));
    m_related->setWordWrap(true);
    m_related->setTextFormat(Qt::RichText);
    // Preview for a user: the matcher's choice and the user's own values.
    m_previewForLabel = new QLabel(this);
    m_previewUser = new QLineEdit(this);
    m_previewUser->setObjectName(QStringLiteral("contentPreviewUser"));
    m_previewUser->setClearButtonEnabled(true);
    m_previewApply = new QPushButton(this);
    m_previewApply->setObjectName(QStringLiteral("contentPreviewApply"));
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("contentMatch"));
    m_match->setWordWrap(true);
    m_match->setTextFormat(Qt::RichText);
    const bool canMatch = kind == content::ContentKind::Template && context.session.can(auth::Permission::ViewProfiles);
    for (QWidget* w : std::initializer_list<QWidget*>{m_previewForLabel, m_previewUser, m_previewApply, m_match})
        w->setVisible(canMatch);
    auto* checkTab = new QWidget(this);
    auto* form = new QFormLayout(checkTab);
    auto* forRow = new QHBoxLayout();
    forRow->addWidget(m_previewForLabel);
    forRow->addWidget(m_previewUser, 1);
    forRow->addWidget(m_previewApply);
    form->addRow(forRow);
    form->addRow(m_match);
    auto* combos = new QHBoxLayout();
    combos->addWidget(m_platformLabel);
    combos->addWidget(m_platform, 1);
    combos->addWidget(m_typeLabel);
    combos->addWidget(m_type, 1);
    form->addRow(combos);
    if (kind != content::ContentKind::Template) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_platformLabel, m_platform, m_typeLabel, m_type})
            w->setVisible(false);
    }
    form->addRow(m_values);
    form->addRow(m_preview);
    form->addRow(m_lengthLabel, m_length);
    form->addRow(m_densityLabel, m_density);
    form->addRow(m_hits);
    auto* verdictRow = new QHBoxLayout();
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_override, 0, Qt::AlignTop);
    form->addRow(verdictRow);
    form->addRow(m_related);

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("contentHistory"));
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("contentDiff"));
    auto* historyTab = new QWidget(this);
    auto* hl = new QVBoxLayout(historyTab);
    hl->addWidget(m_history, 1);
    hl->addWidget(m_diff, 2);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("contentTabs"));
    tabs->addTab(checkTab, QString());
    tabs->addTab(historyTab, QString());
    m_tabs = tabs;

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(tabs);
    left->setMinimumWidth(kind == content::ContentKind::Template ? 330 : 230);
    tabs->setMinimumWidth(440);
    middle->setMinimumWidth(300);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 4);
    split->setSizes(kind == content::ContentKind::Template ? QList<int>{360, 420, 480} : QList<int>{240, 460, 520});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounce_ms);
    connect(m_debounce, &QTimer::timeout, this, &TemplatesWidget::recheck);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_values, &QTableWidget::cellChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this](int) { recheck(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int) { recheck(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item, QTreeWidgetItem* previous) {
        if (!item || !item->data(0, Qt::UserRole).isValid())
            return;
        const qint64 next = item->data(0, Qt::UserRole).toLongLong();
        if (next != m_current && hasUnsavedChanges()) {
            // Another item would replace the editor's text: ask before anything is lost.
            const auto answer = Prompt::unsaved(this, tr("Unsaved changes"),
                                                tr("“%1” has changes that are not saved yet.").arg(currentName()));
            if (answer == QMessageBox::Cancel) {
                QSignalBlocker block(m_tree);
                m_tree->setCurrentItem(previous);
                return;
            }
            if (answer == QMessageBox::Save)
                save(); // takes the text now; the list reloads when the new version is stored
        }
        showItem(next);
    });
    connect(m_save, &QPushButton::clicked, this, &TemplatesWidget::save);
    connect(m_saveAudience, &QPushButton::clicked, this, &TemplatesWidget::saveAudience);
    connect(m_previewApply, &QPushButton::clicked, this, [this] { previewFor(m_previewUser->text().trimmed()); });
    connect(m_previewUser, &QLineEdit::returnPressed, this, [this] { previewFor(m_previewUser->text().trimmed()); });
    connect(m_match, &QLabel::linkActivated, this, [this](const QString&) {
        for (const auto& item : std::as_const(m_items)) {
            if (item.id == m_matchedItem)
                selectItem(item.name);
        }
    });
    connect(m_hits, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        // Select the hit in the preview: offsets are code points in the rendered text.
        const QString text = m_preview->toPlainText();
        const int from = text::TextNormalizer::utf16Offset(text, item->data(Qt::UserRole).toInt());
        const int to = text::TextNormalizer::utf16Offset(text, item->data(Qt::UserRole + 1).toInt());
        QTextCursor c(m_preview->document());
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        m_preview->setTextCursor(c);
        m_preview->setFocus();
    });
    connect(m_history, &QListWidget::itemSelectionChanged, this, &TemplatesWidget::showDiff);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QString name = m_newName->text().trimmed();
        const QString group = m_tree->currentItem() && m_tree->currentItem()->parent()
            ? m_tree->currentItem()->parent()->data(0, Qt::UserRole + 1).toString()
            : QString();
        auth::AuthService* a = &m_ctx.auth;
        const auth::Session s = m_ctx.session;
        const content::ContentKind k = m_kind;
        const QString body = m_editor->toPlainText();
        runAsync<Result<content::ContentItem>>(
            this, [a, s, k, group, name, body] { return content::ContentService(*a).create(s, k, group, QString(), name, body); },
            [this](const Result<content::ContentItem>& r) {
                m_saveResult->setStyleSheet(r ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
                m_saveResult->setText(r ? tr("Created “%1”.").arg(r.value().name) : r.error());
                if (r) {
                    m_newName->clear();
                    m_current = r.value().id;
                    reload();
                }
            });
    });

    // The compliance lists load off the GUI thread; checks wait for them.
    m_compliance = std::make_shared<text::LexiconMatcher>();
    m_terms = std::make_shared<text::LexiconMatcher>();
    loadCompliance();

    // The knowledge graph, for the concepts a text mentions and what it could add.
    if (m_ctx.session.can(auth::Permission::ViewGraph)) {
        auto linker = std::make_shared<graph::ConceptLinker>();
        auto loaded = std::make_shared<graph::Graph>();
        auth::AuthService* auth = &m_ctx.auth;
        const auth::Session session = m_ctx.session;
        runAsync<bool>(
            this,
            [auth, session, linker, loaded] {
                auto g = graph::GraphService(*auth).graph(session);
                if (!g || g.value().concepts.isEmpty())
                    return false;
                *loaded = g.take();
                return bool(linker->build(*loaded));
            },
            [this, linker, loaded](const bool& ok) {
                if (!ok)
                    return;
                m_linker = linker;
                m_graph = loaded;
                recheck();
            });
    }

    fillSampleValues(QString());
    retranslate();
    reload();
}

TemplatesWidget::~TemplatesWidget() = default;

void TemplatesWidget::loadCompliance()
{
    // The shipped lists, the workspace's own and its allow-list; loaded again when an admin
    // changes them (the revision moves), while the old database keeps answering.
    auto compliance = m_compliance;
    store::Workspace* ws = &m_ctx.auth.workspace();
    const QString known = m_lexiconRevision;
    runAsync<QString>(
        this,
        [compliance, ws, known]() -> QString {
            auto revision = content::LexiconService::loadInto(*ws, *compliance, known);
            return revision ? revision.value() : known;
        },
        [this](const QString& revision) {
            const bool changed = revision != m_lexiconRevision;
            m_lexiconRevision = revision;
            if (changed)
                recheck();
        });
}

bool TemplatesWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress && m_canEdit) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->text() == QLatin1String("{")) {
            QTimer::singleShot(0, this, [this] {
                QRect r = m_editor->cursorRect();
                r.setWidth(220);
                m_completer->setCompletionPrefix(QString());
                m_completer->complete(r);
            });
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TemplatesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void TemplatesWidget::retranslate()
{
    const bool t = m_kind == content::ContentKind::Template;
    m_readOnly->setText(t ? tr("Read-only: your role may not edit templates.") : tr("Read-only: your role may not edit scripts."));
    m_newName->setPlaceholderText(t ? tr("Name of a new template") : tr("Name of a new script"));
    m_create->setText(tr("New from this"));
    m_note->setPlaceholderText(tr("What changed (optional)"));
    m_save->setText(tr("Save as new version"));
    m_draft->setText(tr("Draft a variant"));
    m_draft->setToolTip(tr("The reply model writes a variant of this template for its platform and audience; it is not saved until you save it"));
    m_platformLabel->setText(tr("Platform"));
    m_typeLabel->setText(tr("Content type"));
    m_values->setHorizontalHeaderLabels({tr("Variable"), tr("Sample value")});
    m_lengthLabel->setText(tr("Length"));
    for (QComboBox* combo : {m_platform, m_type}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, displayName(combo->itemData(i).toString()));
    }
    m_densityLabel->setText(tr("Term density"));
    m_itemPlatformLabel->setText(tr("Written for"));
    m_itemPlatform->setItemText(0, tr("any platform"));
    for (int i = 1; i < m_itemPlatform->count(); ++i)
        m_itemPlatform->setItemText(i, displayName(m_itemPlatform->itemData(i).toString()));
    m_segmentLabel->setText(tr("Audience"));
    for (int i = 0; i < m_segment->count(); ++i)
        m_segment->setItemText(i, content::TemplateMatcher::segmentTitle(m_segment->itemData(i).toString()));
    m_tagsLabel->setText(tr("Tags"));
    m_tags->setPlaceholderText(tr("interest or habit tags, comma-separated (美妆达人, price_sensitive)"));
    m_saveAudience->setText(tr("Save audience"));
    m_previewForLabel->setText(tr("Preview for"));
    m_previewUser->setPlaceholderText(tr("a user, e.g. wechat:wx_1024 (empty: sample values)"));
    m_previewApply->setText(tr("Choose template"));
    if (m_kind == content::ContentKind::Template)
        m_tree->setHeaderLabels({tr("Template"), tr("Platform"), tr("Audience")});
    m_override->setText(tr("Let it out anyway…"));
    m_override->setToolTip(tr("Supervisors only: this version may go out despite the problems; the reason is kept in the audit log"));
    m_tabs->setTabText(0, tr("Preview and check"));
    m_tabs->setTabText(1, tr("History"));
    recheck();
}

void TemplatesWidget::fillSampleValues(const QString& builtinId)
{
    const auto samples = content::ContentGate::samples(builtinId); // what the gate renders it with
    const auto& vars = content::TemplateRenderer::knownVariables();
    QSignalBlocker block(m_values);
    m_values->setRowCount(int(vars.size()));
    for (int i = 0; i < vars.size(); ++i) {
        auto* name = new QTableWidgetItem(QStringLiteral("{%1}").arg(vars.at(i).chinese));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, vars.at(i).ascii);
        name->setToolTip(QStringLiteral("{%1}").arg(vars.at(i).ascii));
        m_values->setItem(i, 0, name);
        const bool personal = vars.at(i).ascii == QLatin1String("audience") && !m_matchedAudience.isEmpty();
        auto* value = new QTableWidgetItem(personal ? m_matchedAudience : samples.value(vars.at(i).ascii));
        if (personal)
            value->setToolTip(tr("from the user's profile"));
        m_values->setItem(i, 1, value);
    }
    m_values->resizeColumnToContents(0);
}

QHash<QString, QString> TemplatesWidget::sampleValues() const
{
    QHash<QString, QString> out;
    for (int i = 0; i < m_values->rowCount(); ++i) {
        const QString v = m_values->item(i, 1) ? m_values->item(i, 1)->text() : QString();
        if (!v.isEmpty())
            out.insert(m_values->item(i, 0)->data(Qt::UserRole).toString(), v);
    }
    return out;
}

void TemplatesWidget::reload()
{
    loadCompliance();
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const content::ContentKind k = m_kind;
    using Listing = std::pair<Result<QList<content::ContentItem>>, Result<QHash<qint64, content::GateVerdict>>>;
    runAsync<Listing>(
        this,
        [a, s, k] {
            content::ContentService service(*a);
            auto items = service.list(s, k);
            auto verdicts = items ? service.verdicts(s, k) : Result<QHash<qint64, content::GateVerdict>>(items.status());
            return Listing(items, verdicts);
        },
        [this](const Listing& listing) {
            const auto& r = listing.first;
            if (!r) {
                m_title->setText(r.error());
                return;
            }
            m_items = r.value();
            m_gate = listing.second ? listing.second.value() : QHash<qint64, content::GateVerdict>();
            QSignalBlocker block(m_tree);
            m_tree->clear();
            QHash<QString, QTreeWidgetItem*> groups;
            QTreeWidgetItem* select = nullptr;
            for (const auto& item : std::as_const(m_items)) {
                QTreeWidgetItem*& g = groups[item.group];
                if (!g) {
                    g = new QTreeWidgetItem(m_tree, {displayName(item.group)});
                    g->setData(0, Qt::UserRole + 1, item.group);
                    g->setFlags(Qt::ItemIsEnabled);
                    g->setExpanded(true);
                }
                auto* leaf = new QTreeWidgetItem(g, {listedName(item.name)});
                if (m_kind == content::ContentKind::Template) {
                    leaf->setText(1, item.platform.isEmpty() ? tr("any") : displayName(item.platform));
                    leaf->setToolTip(1, leaf->text(1));
                    leaf->setText(2, content::TemplateMatcher::segmentTitle(item.segment));
                    leaf->setToolTip(2, item.tags.isEmpty() ? leaf->text(2)
                                                            : tr("%1; tags: %2").arg(leaf->text(2), item.tags.join(QStringLiteral(", "))));
                }
                leaf->setData(0, Qt::UserRole, item.id);
                QString tip = tr("%1\nversion %2 · %3").arg(item.name).arg(item.version).arg(item.author);
                if (auto v = m_gate.constFind(item.id); v != m_gate.cend() && v->blocked()) {
                    // A blocked draft reads as such in the list: marked, with what blocks it.
                    leaf->setIcon(0, style()->standardIcon(v->overridden() ? QStyle::SP_MessageBoxWarning
                                                                           : QStyle::SP_MessageBoxCritical));
                    leaf->setData(0, Qt::UserRole + 2, v->overridden() ? QStringLiteral("overridden") : QStringLiteral("blocked"));
                    if (!v->overridden())
                        leaf->setForeground(0, QColor(0xb3, 0x26, 0x1e));
                    tip += QLatin1Char('\n')
                        + (v->overridden() ? tr("Let out by %1 despite the quality gate: %2").arg(v->overrideBy, v->overrideReason)
                                           : tr("Blocked by the quality gate: %1").arg(v->problems()));
                }
                leaf->setToolTip(0, tip);
                if (item.id == m_current || (!m_current && !select))
                    select = leaf;
            }
            if (select) {
                m_tree->setCurrentItem(select);
                showItem(select->data(0, Qt::UserRole).toLongLong());
            }
            Q_EMIT reloaded(int(m_items.size()));
        });
}

bool TemplatesWidget::selectItem(const QString& builtinIdOrName)
{
    for (const auto& item : std::as_const(m_items)) {
        if (item.builtinId == builtinIdOrName || item.name == builtinIdOrName) {
            if (item.id == m_current)
                return true; // already open, edits and all
            for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
                if ((*it)->data(0, Qt::UserRole).toLongLong() == item.id)
                    m_tree->setCurrentItem(*it); // asks first when the editor holds unsaved changes
            }
            if (m_tree->currentItem() && m_tree->currentItem()->data(0, Qt::UserRole).toLongLong() != item.id)
                return false; // the operator chose to stay with their edits
            showItem(item.id);
            return true;
        }
    }
    return false;
}

const content::ContentItem* TemplatesWidget::item(qint64 id) const
{
    auto it = std::find_if(m_items.cbegin(), m_items.cend(), [id](const content::ContentItem& i) { return i.id == id; });
    return it == m_items.cend() ? nullptr : &*it;
}

bool TemplatesWidget::hasUnsavedChanges() const
{
    const content::ContentItem* current = item(m_current);
    return current && m_editor->toPlainText() != current->body;
}

QString TemplatesWidget::currentName() const
{
    const content::ContentItem* current = item(m_current);
    return current ? current->name : QString();
}

void TemplatesWidget::showItem(qint64 id)
{
    const content::ContentItem* it = item(id);
    if (!it)
        return;
    m_current = id;
    m_title->setText(tr("%1 — version %2, %3, %4")
                         .arg(it->name)
                         .arg(it->version)
                         .arg(it->author,
                              QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->time_ms), QLocale::ShortFormat)));
    if (m_editor->toPlainText() != it->body) {
        QSignalBlocker block(m_editor);
        m_editor->setPlainText(it->body);
    }
    m_saveResult->clear();
    if (it->builtinId != m_samplesFrom) {
        m_samplesFrom = it->builtinId;
        fillSampleValues(m_samplesFrom);
    }
    showAudience(*it);
    if (m_kind == content::ContentKind::Template && it->group != m_termsIndustry) {
        m_termsIndustry = it->group;
        auto terms = m_terms;
        const QString industry = it->group;
        runAsync<bool>(
            this, [terms, industry] { return bool(terms->load({content::DefaultLexicons::industryTerms(industry)})); },
            [this, industry](const bool&) {
                m_termsReadyFor = industry;
                recheck();
            });
    }
    recheck();
    loadHistory();
}

void TemplatesWidget::showAudience(const content::ContentItem& item)
{
    if (m_kind != content::ContentKind::Template)
        return;
    const QSignalBlocker b1(m_itemPlatform), b2(m_segment);
    m_itemPlatform->setCurrentIndex(qMax(0, m_itemPlatform->findData(item.platform)));
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(item.segment)));
    m_tags->setText(item.tags.join(QStringLiteral(", ")));
    // Check against the platform the template is written for.
    if (!item.platform.isEmpty()) {
        const int i = m_platform->findData(item.platform);
        if (i >= 0 && i != m_platform->currentIndex()) {
            const QSignalBlocker b3(m_platform);
            m_platform->setCurrentIndex(i);
        }
    }
    if (!m_matchedUser.isEmpty())
        previewFor(m_matchedUser);
}

void TemplatesWidget::saveAudience()
{
    if (!m_current)
        return;
    QStringList tags;
    for (const QString& t : m_tags->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
        tags << t.trimmed();
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const qint64 id = m_current;
    const QString platform = m_itemPlatform->currentData().toString();
    const QString segment = m_segment->currentData().toString();
    runAsync<Result<content::ContentItem>>(
        this, [a, s, id, platform, segment, tags] { return content::ContentService(*a).setAudience(s, id, platform, segment, tags); },
        [this](const Result<content::ContentItem>& r) {
            m_saveResult->setStyleSheet(r ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
            m_saveResult->setText(r ? tr("Audience saved: %1, %2.")
                                          .arg(r.value().platform.isEmpty() ? tr("any platform") : displayName(r.value().platform),
                                               content::TemplateMatcher::segmentTitle(r.value().segment))
                                    : r.error());
            if (r)
                reload();
            Q_EMIT audienceSaved(bool(r));
        });
}

void TemplatesWidget::previewFor(const QString& user)
{
    if (m_kind != content::ContentKind::Template)
        return;
    if (user.isEmpty()) {
        // Back to the sample values.
        ++m_matchRequest;
        m_matchedUser.clear();
        m_matchedAudience.clear();
        m_matchedItem = 0;
        m_match->clear();
        fillSampleValues(m_samplesFrom);
        recheck();
        return;
    }
    const content::ContentItem* it = item(m_current);
    if (!it)
        return;
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const QString industry = it->group;
    const int request = ++m_matchRequest; // only the latest answer is shown
    runAsync<Result<content::TemplatePick>>(
        this, [a, s, user, industry] { return content::ContentService(*a).chooseFor(s, user, industry); },
        [this, user, request](const Result<content::TemplatePick>& r) {
            if (request != m_matchRequest)
                return;
            if (!r) {
                m_match->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(r.error().toHtmlEscaped()));
                Q_EMIT matched(false, QString());
                return;
            }
            const content::TemplatePick& pick = r.value();
            m_matchedUser = user;
            m_matchedAudience = pick.audience;
            m_matchedItem = pick.item.id;
            QStringList tags;
            for (const QString& t : pick.tags)
                tags << profiles::ProfileTagger::tagLabel(t);
            QString html = tr("For %1 (%2%3): <b>%4</b> — %5.")
                               .arg(pick.reference.toHtmlEscaped(),
                                    profiles::Layers::label(QStringLiteral("value_tier"), pick.valueTier).toHtmlEscaped(),
                                    tags.isEmpty() ? QString()
                                                   : QStringLiteral(" · ")
                                                         + tags.join(QLocale().language() == QLocale::Chinese ? QStringLiteral("、")
                                                                                                             : QStringLiteral(", "))
                                                               .toHtmlEscaped(),
                                    pick.item.name.toHtmlEscaped(), pick.explanation.toHtmlEscaped());
            if (pick.item.id != m_current)
                html += QStringLiteral(" <a href='open'>%1</a>").arg(tr("Open it"));
            else
                html += QLatin1Char(' ') + tr("(this template)");
            if (!pick.audience.isEmpty())
                html += QStringLiteral("<br>") + tr("The preview uses this user's audience: %1.").arg(pick.audience.toHtmlEscaped());
            m_match->setText(html);
            fillSampleValues(m_samplesFrom);
            recheck();
            Q_EMIT matched(true, pick.item.name);
        });
}

void TemplatesWidget::recheck()
{
    const QString body = m_editor->toPlainText();
    auto uses = content::TemplateRenderer::variables(body);
    QStringList unknown;
    if (uses) {
        for (const auto& u : uses.value()) {
            if (!u.known && !unknown.contains(u.name))
                unknown << u.name;
        }
    }
    const auto values = sampleValues();
    const QStringList missing = content::TemplateRenderer::missing(body, values);
    QString rendered;
    if (!uses) {
        m_variables->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_variables->setText(uses.error());
        rendered = body;
    } else {
        m_variables->setStyleSheet(unknown.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        m_variables->setText(unknown.isEmpty() ? tr("%n variable(s), all known.", nullptr, int(uses.value().size()))
                                               : tr("Unknown variables: %1").arg(unknown.join(QStringLiteral(", "))));
        // Missing sample values render as the bare name so the preview still reads.
        rendered = content::TemplateRenderer::preview(body, values);
    }
    m_preview->setPlainText(rendered);

    // A script is a chat reply wherever it is used; a template is checked for the platform and
    // type chosen above (the template's own when it opens).
    const bool isTemplate = m_kind == content::ContentKind::Template;
    const auto platform = isTemplate ? content::QualityGate::platform(m_platform->currentData().toString())
                                     : std::optional(content::QualityGate::chatPlatform());
    const auto type = isTemplate ? content::QualityGate::contentType(m_type->currentData().toString())
                                 : std::optional(content::QualityGate::replyType());
    if (!platform || !type)
        return;
    content::QualityGate gate(m_compliance->isLoaded() ? m_compliance.get() : nullptr,
                              m_terms->isLoaded() ? m_terms.get() : nullptr);
    const content::QualityReport report = gate.check(rendered, *platform, *type, missing);

    m_length->setRange(0, platform->maxLength);
    m_length->setValue(qMin(report.metrics.length, platform->maxLength));
    m_length->setFormat(tr("%1 characters (%2–%3)").arg(report.metrics.length).arg(platform->minLength).arg(platform->maxLength));
    const bool lengthOk = report.metrics.length >= platform->minLength && report.metrics.length <= platform->maxLength;
    m_length->setStyleSheet(lengthOk ? QString() : QStringLiteral("QProgressBar::chunk { background: #e65100; }"));
    const int densityPermille = int(report.metrics.termDensity * 1000.0 + 0.5);
    m_density->setRange(0, qMax(1, int(type->maxTermDensity * 2000.0)));
    m_density->setValue(qMin(densityPermille, m_density->maximum()));
    m_density->setFormat(tr("%1 % (limit %2 %)")
                             .arg(report.metrics.termDensity * 100.0, 0, 'f', 1)
                             .arg(type->maxTermDensity * 100.0, 0, 'f', 0));
    m_density->setStyleSheet(report.metrics.termDensity <= type->maxTermDensity
                                 ? QString()
                                 : QStringLiteral("QProgressBar::chunk { background: #e65100; }"));
    m_hits->clear();
    for (const auto& h : report.compliance) {
        auto* item = new QListWidgetItem(tr("“%1” · %2 · at %3").arg(h.matchedText, displayName(h.category)).arg(h.start), m_hits);
        item->setData(Qt::UserRole, h.start);
        item->setData(Qt::UserRole + 1, h.end);
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    if (report.compliance.isEmpty())
        new QListWidgetItem(m_compliance->isLoaded() ? tr("No compliance hits.") : tr("Loading the compliance lists…"), m_hits);
    showVerdict(report, body, missing);
    showRelatedConcepts(rendered);
    Q_EMIT checked(report.metrics.length, report.metrics.termDensity, int(report.compliance.size()));
}

void TemplatesWidget::showVerdict(const content::QualityReport& shown, const QString& body, const QStringList& missing)
{
    // The verdict is the gate's for the rules the item goes out under (ContentGate, as the
    // services apply it), and no rule checked above may fail either: "ready" never shows while
    // anything on this page is red.
    const content::ContentItem* current = item(m_current);
    const bool isTemplate = m_kind == content::ContentKind::Template;
    const bool listsReady = m_compliance->isLoaded() && (!isTemplate || !current || m_termsReadyFor == current->group);
    if (!current || !listsReady) {
        m_editorBlocked = true;
        m_verdict->setStyleSheet(QStringLiteral("color: gray;"));
        m_verdict->setText(tr("Checking against the compliance lists…"));
        m_override->setVisible(false);
        return;
    }
    const content::QualityReport gate = content::ContentGate::check(*current, body, m_compliance.get(), m_terms.get());
    QStringList problems;
    for (const content::QualityReport* r : {&gate, &shown}) {
        for (const content::Finding& f : r->findings) {
            if (f.severity == content::Finding::Severity::Error && !problems.contains(f.message))
                problems << f.message;
        }
    }
    m_editorBlocked = !problems.isEmpty();
    const bool unchanged = body == current->body;
    const auto stored = m_gate.constFind(current->id);
    const bool overridden = unchanged && stored != m_gate.cend() && stored->overridden();
    if (problems.isEmpty()) {
        m_verdict->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        m_verdict->setText(tr("Nothing blocks publishing."));
    } else {
        QString text = tr("%n problem(s) block publishing: %1.", nullptr, int(problems.size())).arg(problems.join(tr("; ")));
        if (!missing.isEmpty())
            text += QLatin1Char(' ') + tr("Missing values: %1").arg(missing.join(QStringLiteral(", ")));
        if (overridden)
            text += QLatin1Char(' ') + tr("Let out anyway by %1: “%2”.").arg(stored->overrideBy, stored->overrideReason);
        else if (gate.ok())
            text += QLatin1Char(' ') + tr("(with the platform, type or values chosen here)");
        else
            text += QLatin1Char(' ') + tr("Until it is fixed, or a supervisor lets it out, it is not used in experiments or sent.");
        m_verdict->setStyleSheet(overridden ? QStringLiteral("color: #8a5a00; font-weight: bold;")
                                            : QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_verdict->setText(text);
    }
    m_override->setVisible(m_ctx.session.can(auth::Permission::OverrideQualityGate) && unchanged && !gate.ok() && !overridden);
}

void TemplatesWidget::overrideGate()
{
    const content::ContentItem* current = item(m_current);
    if (!current)
        return;
    bool ok = false;
    const QString reason = Prompt::text(this, tr("Let blocked content out"),
                                        tr("Version %1 of “%2” is blocked by the quality gate. Why may it go out anyway? "
                                           "The reason is kept in the audit log.")
                                            .arg(current->version)
                                            .arg(current->name),
                                        &ok);
    if (!ok)
        return;
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const qint64 id = current->id;
    const int version = current->version;
    runAsync<Result<content::GateVerdict>>(
        this, [a, s, id, version, reason] { return content::ContentService(*a).overrideGate(s, id, version, reason); },
        [this](const Result<content::GateVerdict>& r) {
            m_saveResult->setStyleSheet(r ? QStringLiteral("color: #8a5a00;") : QStringLiteral("color: #b3261e;"));
            m_saveResult->setText(r ? tr("Version %1 may go out despite the quality gate; the reason is in the audit log.")
                                          .arg(r.value().version)
                                    : r.error());
            if (r)
                reload();
            Q_EMIT gateOverridden(bool(r));
        });
}

void TemplatesWidget::showRelatedConcepts(const QString& text)
{
    if (!m_linker || !m_graph) {
        m_related->clear();
        return;
    }
    const QList<graph::ConceptMention> mentions = m_linker->link(text);
    QStringList named;
    for (const graph::ConceptMention& m : mentions) {
        if (!named.contains(m.name))
            named.append(m.name);
    }
    QStringList offered;
    for (const graph::Suggestion& s : graph::RelatedConcepts::suggest(*m_graph, mentions, 6)) {
        const graph::Concept* via = m_graph->concept(s.via);
        offered.append(QStringLiteral("<span title='%1'>%2</span>")
                           .arg(tr("%1 %2 it (%3)")
                                    .arg(via ? via->name.toHtmlEscaped() : QString(),
                                         graph::GraphTypes::title(s.relationType).toHtmlEscaped())
                                    .arg(s.score, 0, 'f', 1),
                                s.name.toHtmlEscaped()));
    }
    if (named.isEmpty()) {
        m_related->setText(QStringLiteral("<span style='color:gray'>%1</span>")
                               .arg(tr("Knowledge graph: the text mentions no concept of the graph yet.")));
        return;
    }
    QString html = tr("Knowledge graph: mentions %1.").arg(named.join(QStringLiteral("、")).toHtmlEscaped());
    if (!offered.isEmpty())
        html += QLatin1Char(' ') + tr("Related, worth a mention: %1.").arg(offered.join(QStringLiteral("、")));
    m_related->setText(html);
}

void TemplatesWidget::save()
{
    if (!m_current)
        return;
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const qint64 id = m_current;
    const QString body = m_editor->toPlainText();
    const QString note = m_note->text();
    recheck(); // the verdict on exactly this text, for the message below
    m_save->setEnabled(false);
    runAsync<Result<content::ContentItem>>(
        this, [a, s, id, body, note] { return content::ContentService(*a).save(s, id, body, note); },
        [this](const Result<content::ContentItem>& r) {
            m_save->setEnabled(true);
            const bool blocked = r && m_editorBlocked;
            m_saveResult->setStyleSheet(!r || blocked ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b6e20;"));
            m_saveResult->setText(!r     ? r.error()
                                  : blocked ? tr("Saved as version %1, marked as blocked: it is a draft until the problems are fixed or a supervisor lets it out.")
                                                  .arg(r.value().version)
                                            : tr("Saved as version %1.").arg(r.value().version));
            if (r) {
                m_note->clear();
                reload();
            }
            Q_EMIT saved(bool(r));
        });
}

void TemplatesWidget::draftVariant()
{
    const content::ContentItem* it = item(m_current);
    if (!it || !m_canEdit)
        return;
    const QString folder = replyModelFolder();
    if (folder.isEmpty()) {
        m_saveResult->setStyleSheet(QString());
        m_saveResult->setText(inference::ReplyAssistant::notConfiguredText());
        Q_EMIT drafted(false);
        return;
    }
    inference::DraftRequest request;
    request.industry = it->group;
    request.platform = it->platform.isEmpty() ? tr("any platform") : content::QualityGate::platformTitle(it->platform);
    request.segment = it->segment.isEmpty() ? QString() : content::TemplateMatcher::segmentTitle(it->segment);
    request.framework = m_editor->toPlainText();
    const quint64 seed = m_draftSeed++;
    m_draft->setEnabled(false);
    m_saveResult->setStyleSheet(QString());
    m_saveResult->setText(tr("Drafting a variant…"));
    const qint64 forItem = m_current;
    runAsync<Result<QString>>(
        this,
        [folder, request, seed] {
            auto assistant = inference::ReplyAssistant::open(folder);
            if (!assistant)
                return Result<QString>(assistant.status());
            return assistant.value()->draft(request, seed);
        },
        [this, forItem](const Result<QString>& r) {
            m_draft->setEnabled(true);
            if (forItem != m_current)
                return;
            if (!r || r.value().trimmed().isEmpty()) {
                m_saveResult->setText(r ? tr("The model wrote nothing; try again.") : r.error());
                Q_EMIT drafted(false);
                return;
            }
            // Through the editor's cursor, so that Ctrl+Z brings the previous text back.
            QTextCursor cursor(m_editor->document());
            cursor.select(QTextCursor::Document);
            cursor.insertText(r.value());
            m_saveResult->setStyleSheet(QStringLiteral("color: #8a5a00;"));
            m_saveResult->setText(tr("Draft from the reply model, not saved: read it, let the quality check below pass, edit, then "
                                     "save it as a new version (Ctrl+Z restores the previous text)."));
            Q_EMIT drafted(true);
        });
}

void TemplatesWidget::loadHistory()
{
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const qint64 id = m_current;
    runAsync<Result<QList<content::ContentVersion>>>(
        this, [a, s, id] { return content::ContentService(*a).versions(s, id); },
        [this](const Result<QList<content::ContentVersion>>& r) {
            m_history->clear();
            m_diff->clear();
            if (!r)
                return;
            m_versions = r.value();
            for (const auto& v : std::as_const(m_versions)) {
                auto* item = new QListWidgetItem(
                    tr("v%1 · %2 · %3%4")
                        .arg(v.version)
                        .arg(v.author, QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.time_ms), QLocale::ShortFormat),
                             v.note.isEmpty() ? QString() : QStringLiteral(" · ") + v.note),
                    m_history);
                item->setData(Qt::UserRole, v.version);
            }
            if (m_history->count() >= 2) {
                m_history->item(0)->setSelected(true);
                m_history->item(1)->setSelected(true);
            } else {
                m_diff->setPlainText(tr("Only one version so far. Select two versions to compare them."));
            }
        });
}

void TemplatesWidget::showDiff()
{
    const auto selected = m_history->selectedItems();
    if (selected.size() != 2) {
        m_diff->setPlainText(tr("Select two versions to compare them."));
        return;
    }
    int a = selected.at(0)->data(Qt::UserRole).toInt();
    int b = selected.at(1)->data(Qt::UserRole).toInt();
    if (a > b)
        std::swap(a, b);
    QString before, after;
    for (const auto& v : std::as_const(m_versions)) {
        if (v.version == a)
            before = v.body;
        if (v.version == b)
            after = v.body;
    }
    QString html = QStringLiteral("<p><b>%1</b></p><pre style=\"white-space: pre-wrap;\">").arg(tr("From version %1 to version %2").arg(a).arg(b));
    for (const auto& line : content::ContentService::diff(before, after)) {
        const QString escaped = line.text.toHtmlEscaped();
        switch (line.op) {
        case content::DiffLine::Op::Same:
            html += QStringLiteral("  ") + escaped + QLatin1Char('\n');
            break;
        case content::DiffLine::Op::Removed:
            html += QStringLiteral("<span style=\"background:#ffebee;color:#b3261e;\">- %1</span>\n").arg(escaped);
            break;
        case content::DiffLine::Op::Added:
            html += QStringLiteral("<span style=\"background:#e8f5e9;color:#1b6e20;\">+ %1</span>\n").arg(escaped);
            break;
        }
    }
    html += QStringLiteral("</pre>");
    m_diff->setHtml(html);
}

} // namespace lx::ui
