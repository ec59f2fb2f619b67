#include "desk/ReplyAssistPanel.h"

#include "common/Async.h"
#include "common/ReplyModelSetting.h"
#include "common/UiContext.h"
#include "graph/ConceptLinker.h"
#include "graph/GraphService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lx::ui {

namespace {

// The knowledge-graph concepts the user's messages mention, by name, most mentioned first.
QStringList mentionedConcepts(store::Workspace& workspace, const QList<inference::AssistContext::Turn>& turns)
{
    auto graph = graph::GraphService::read(workspace);
    if (!graph)
        return {};
    graph::ConceptLinker linker;
    if (!linker.build(graph.value()))
        return {};
    QHash<QString, int> counts;
    for (const auto& t : turns) {
        if (t.role != QLatin1String("user"))
            continue;
        for (const auto& m : linker.link(t.text))
            ++counts[m.name];
    }
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return names.mid(0, 12);
}

} // namespace

ReplyAssistPanel::ReplyAssistPanel(UiContext& ctx, desk::DeskService& service, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_service(service)
{
    setObjectName(QStringLiteral("replyAssist"));
    m_suggest = new QPushButton(this);
    m_suggest->setObjectName(QStringLiteral("suggestReplies"));
    m_summary = new QPushButton(this);
    m_summary->setObjectName(QStringLiteral("summarizeConversation"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopAssist"));
    m_stop->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assistStatus"));
    m_status->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("replySuggestions"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMaximumHeight(110);
    m_list->hide();
    m_summaryText = new QLabel(this);
    m_summaryText->setObjectName(QStringLiteral("conversationSummary"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryText->setFrameShape(QFrame::StyledPanel);
    m_summaryText->setMargin(6);
    m_summaryText->hide();
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_suggest);
    row->addWidget(m_summary);
    row->addWidget(m_stop);
    row->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);
    layout->addWidget(m_summaryText);
    connect(m_suggest, &QPushButton::clicked, this, &ReplyAssistPanel::suggest);
    connect(m_summary, &QPushButton::clicked, this, &ReplyAssistPanel::summarize);
    connect(m_stop, &QPushButton::clicked, this, &ReplyAssistPanel::stop);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { Q_EMIT insertRequested(item->data(Qt::UserRole).toString()); });
    retranslate();
    updateButtons();
}

ReplyAssistPanel::~ReplyAssistPanel()
{
    m_stopFlag->store(true);
    waitForPendingWork(this);
}

void ReplyAssistPanel::stop()
{
    m_stopFlag->store(true);
}

void ReplyAssistPanel::addSuggestion(const QString& text)
{
    auto* item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, text);
    item->setToolTip(tr("Click to put it in the reply box"));
    m_list->show();
}

void ReplyAssistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReplyAssistPanel::retranslate()
{
    m_suggest->setText(tr("Suggest replies"));
    m_suggest->setToolTip(tr("Up to three replies drafted from the approved scripts, the profile and the conversation; "
                             "each passes the quality gate; nothing is sent until you send it"));
    m_summary->setText(tr("Summary"));
    m_summary->setToolTip(tr("A one-paragraph summary of the conversation for hand-over and escalation"));
    m_stop->setText(tr("Stop"));
}

void ReplyAssistPanel::setConversation(qint64 id, const QList<store::DeskMessageRow>& messages, const QStringList& profileFacts,
                                       const QStringList& scripts)
{
    if (id != m_id) {
        ++m_generation;
        m_stopFlag->store(true); // the old conversation's run stops; a new one gets a new flag
        m_stopFlag = std::make_shared<std::atomic<bool>>(false);
        m_list->clear();
        m_list->hide();
        m_summaryText->clear();
        m_summaryText->hide();
        m_status->clear();
        m_busy = false;
    }
    m_id = id;
    m_messages = messages;
    m_facts = profileFacts;
    m_scripts = scripts;
    updateButtons();
}

void ReplyAssistPanel::setCanSuggest(bool can)
{
    m_canSuggest = can;
    updateButtons();
}

void ReplyAssistPanel::updateButtons()
{
    m_suggest->setEnabled(m_id > 0 && m_canSuggest && !m_busy);
    m_summary->setEnabled(m_id > 0 && !m_messages.isEmpty() && !m_busy);
    m_stop->setVisible(m_busy);
}

QString ReplyAssistPanel::statusText() const
{
    return m_status->text();
}

QString ReplyAssistPanel::summaryText() const
{
    return m_summaryText->text();
}

inference::AssistContext ReplyAssistPanel::context() const
{
    inference::AssistContext c;
    for (const auto& m : m_messages) {
        if (!m.text.trimmed().isEmpty())
            c.turns.append({m.role, m.text});
    }
    c.profileFacts = m_facts;
    c.scripts = m_scripts;
    return c;
}

QString ReplyAssistPanel::begin(const QString& status)
{
    if (m_busy || m_id <= 0)
        return {};
    const QString folder = replyModelFolder();
    if (folder.isEmpty()) {
        m_status->setText(inference::ReplyAssistant::notConfiguredText());
        return {};
    }
    m_busy = true;
    m_stopFlag->store(false);
    updateButtons();
    m_status->setText(status);
    return folder;
}

void ReplyAssistPanel::suggest()
{
    const QString folder = begin(tr("Drafting replies…"));
    if (folder.isEmpty())
        return;
    m_list->clear();
    m_list->hide();
    const inference::AssistContext base = context();
    store::Workspace* workspace = &m_ctx.workspace;
    desk::DeskService* service = &m_service;
    const quint64 generation = m_generation;
    const auto stopFlag = m_stopFlag;
    QPointer<ReplyAssistPanel> self(this);
    runAsync<Result<QStringList>>(
        this,
        [folder, base, workspace, service, stopFlag, self, generation] {
            auto assistant = inference::ReplyAssistant::open(folder);
            if (!assistant)
                return Result<QStringList>(assistant.status());
            inference::AssistContext c = base;
            c.concepts = mentionedConcepts(*workspace, c.turns);
            // The quality gate decides what may be shown: what it blocks is never suggested.
            return assistant.value()->suggestReplies(
                c, 3,
                [service](const QString& text) {
                    auto check = service->checkReply(text);
                    return check && check.value().blocking.isEmpty();
                },
                [stopFlag] { return stopFlag->load(); },
                [self, generation](const QString& text) {
                    QMetaObject::invokeMethod(
                        self, [self, generation, text] {
                            if (self && generation == self->m_generation)
                                self->addSuggestion(text);
                        },
                        Qt::QueuedConnection);
                });
        },
        [this, generation](const Result<QStringList>& r) {
            if (generation != m_generation)
                return;
            m_busy = false;
            updateButtons();
            if (!r) {
                m_status->setText(r.error());
                Q_EMIT suggested(0);
                return;
            }
            // Those streamed in already; any the queue has not delivered yet are added here.
            QStringList shown;
            for (int i = 0; i < m_list->count(); ++i)
                shown << m_list->item(i)->data(Qt::UserRole).toString();
            for (const QString& text : r.value()) {
                if (!shown.contains(text))
                    addSuggestion(text);
            }
            m_list->setVisible(!r.value().isEmpty());
            m_status->setText(r.value().isEmpty() ? tr("No suggestion passed the quality gate; write the reply yourself.")
                                                  : tr("%n suggestion(s), checked by the quality gate: click one to edit it in the reply box.",
                                                       nullptr, int(r.value().size())));
            Q_EMIT suggested(int(r.value().size()));
        });
}

void ReplyAssistPanel::summarize()
{
    const QString folder = begin(tr("Summarising…"));
    if (folder.isEmpty())
        return;
    const inference::AssistContext c = context();
    const quint64 generation = m_generation;
    const auto stopFlag = m_stopFlag;
    QPointer<ReplyAssistPanel> self(this);
    m_summaryText->clear();
    m_summaryText->show();
    runAsync<Result<QString>>(
        this,
        [folder, c, stopFlag, self, generation] {
            auto assistant = inference::ReplyAssistant::open(folder);
            if (!assistant)
                return Result<QString>(assistant.status());
            // The paragraph appears as it is written.
            return assistant.value()->summarize(c, [stopFlag] { return stopFlag->load(); }, [self, generation](const QString& sofar) {
                QMetaObject::invokeMethod(
                    self, [self, generation, sofar] {
                        if (self && generation == self->m_generation && self->m_busy)
                            self->m_summaryText->setText(sofar);
                    },
                    Qt::QueuedConnection);
            });
        },
        [this, generation](const Result<QString>& r) {
            if (generation != m_generation)
                return;
            m_busy = false;
            updateButtons();
            if (!r) {
                // Stopped: what was written stays, marked as cut short.
                m_status->setText(m_stopFlag->load() ? tr("Stopped; the summary is cut short.") : r.error());
                Q_EMIT summarized(false);
                return;
            }
            m_status->setText(tr("Summary of the conversation (a draft: check it before you pass it on):"));
            m_summaryText->setText(r.value());
            m_summaryText->show();
            Q_EMIT summarized(true);
        });
}

} // namespace lx::ui
