#include "desk/ConversationWidget.h"

#include "desk/ReplyAssistPanel.h"
#include "inference/ReplyAssistant.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/Prompt.h"
#include "common/UiContext.h"
#include "models/QueueTableModel.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"
#include "profiles/ProfileTagger.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace lx::ui {

using models::QueueTableModel;

struct ConversationWidget::Loaded
{
    qint64 id = 0;
    QString error;
    std::optional<store::ConversationRow> row;
    QList<store::DeskMessageRow> messages;
    QString card; // HTML, or why there is none
    QStringList facts; // what the reply model may read of the profile (consent decides)
};

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString sentimentChip(const QString& label)
{
    if (label.isEmpty())
        return {};
    const char* colour = label == QLatin1String("negative") ? "#b42318" : label == QLatin1String("positive") ? "#1e7b34" : "#555555";
    return QStringLiteral(" <span style=\"color:%1\">● %2</span>")
        .arg(QLatin1String(colour), QueueTableModel::sentimentTitle(label));
}

QString cardHtml(const profiles::ProfileCard& c)
{
    const store::ProfileRow& p = c.profile;
    QString html = QStringLiteral("<b>%1</b> · %2%3<br>")
                       .arg(esc(p.nameMasked.isEmpty() ? p.platformUserId : p.nameMasked),
                            QueueTableModel::channelTitle(p.platform),
                            p.vip ? QStringLiteral(" · <span style=\"color:#a16207\"><b>VIP</b></span>") : QString());
    if (!p.phoneMasked.isEmpty())
        html += esc(p.phoneMasked) + QStringLiteral("<br>");
    if (!p.city.isEmpty() || !p.occupation.isEmpty())
        html += esc(QStringList{p.city, p.occupation}.join(QStringLiteral(" · "))) + QStringLiteral("<br>");
    for (const profiles::LayerValue& l : c.layers) {
        if (!l.value.isEmpty())
            html += QStringLiteral("<span style=\"color:#555\">%1:</span> %2<br>")
                        .arg(esc(profiles::Layers::dimensionLabel(l.dimension)), esc(profiles::Layers::label(l.dimension, l.value)));
    }
    QStringList tags;
    for (const store::TagRow& t : c.tags)
        tags.append(esc(profiles::ProfileTagger::tagLabel(t.tag)));
    if (!tags.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2<br>").arg(ConversationWidget::tr("Tags:"), tags.mid(0, 10).join(QStringLiteral(", ")));
    QStringList consents;
    for (const store::ConsentRow& k : c.consents)
        consents.append(QStringLiteral("%1 %2").arg(esc(profiles::Layers::purposeLabel(k.purpose)),
                                                    k.granted ? QStringLiteral("✓") : QStringLiteral("✗")));
    html += QStringLiteral("<b>%1</b> %2<br>")
                .arg(ConversationWidget::tr("Consent:"),
                     consents.isEmpty() ? ConversationWidget::tr("none recorded") : consents.join(QStringLiteral(" · ")));
    html += ConversationWidget::tr("%1 behaviour events").arg(c.eventCount);
    return html;
}

} // namespace

ConversationWidget::ConversationWidget(UiContext& ctx, desk::DeskService& service, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_service(service)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("conversationTake"));
    m_handBack = new QPushButton(this);
    m_handBack->setObjectName(QStringLiteral("handBackButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_escalate = new QPushButton(this);
    m_escalate->setObjectName(QStringLiteral("escalateButton"));
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_take);
    actions->addWidget(m_handBack);
    actions->addWidget(m_escalate);
    actions->addWidget(m_close);

    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setOpenLinks(false);
    m_cardTitle = new QLabel(this);
    QFont bold = m_cardTitle->font();
    bold.setBold(true);
    m_cardTitle->setFont(bold);
    m_card = new QLabel(this);
    m_card->setObjectName(QStringLiteral("profileCard"));
    m_card->setTextFormat(Qt::RichText);
    m_card->setWordWrap(true);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setMinimumWidth(200);
    auto* cardBox = new QWidget(this);
    auto* cardLayout = new QVBoxLayout(cardBox);
    cardLayout->setContentsMargins(8, 0, 0, 0);
    cardLayout->addWidget(m_cardTitle);
    cardLayout->addWidget(m_card, 1);
    auto* middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(m_transcript);
    middle->addWidget(cardBox);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);
    middle->setChildrenCollapsible(false);

    m_reply = new QPlainTextEdit(this);
    m_reply->setObjectName(QStringLiteral("replyBox"));
    m_reply->setMaximumHeight(110);
    m_reply->installEventFilter(this);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("gateFindings"));
    m_findings->setWordWrap(true);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_scriptsButton = new QPushButton(this);
    m_scriptsButton->setObjectName(QStringLiteral("scriptsButton"));
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(m_findings, 1);
    replyRow->addWidget(m_scriptsButton);
    replyRow->addWidget(m_send);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conversationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_header);
    body->addLayout(actions);
    body->addWidget(m_message);
    body->addWidget(middle, 1);
    body->addWidget(m_reply);
    body->addLayout(replyRow);
    m_assist = new ReplyAssistPanel(m_ctx, m_service, this);
    body->addWidget(m_assist);
    connect(m_assist, &ReplyAssistPanel::insertRequested, this, [this](const QString& text) {
        if (!m_reply->isEnabled())
            return;
        m_exposure.reset(); // a suggestion is not a script of an experiment
        m_reply->setPlainText(text);
        m_reply->moveCursor(QTextCursor::End);
        m_reply->setFocus();
    });
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("conversationEmpty"));
    static_cast<QLabel*>(m_emptyState)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel*>(m_emptyState)->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    m_picker = new QListWidget(this);
    m_picker->setObjectName(QStringLiteral("scriptPicker"));
    m_picker->setWindowFlags(Qt::Popup);
    m_picker->setMinimumWidth(420);
    m_picker->setMinimumHeight(220);
    m_picker->installEventFilter(this);
    connect(m_picker, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { insertScript(m_picker->row(item)); });

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &ConversationWidget::checkReply);
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] {
        m_replyBlocked = true;
        updateButtons();
        m_checkTimer->start();
    });
    connect(m_take, &QPushButton::clicked, this, &ConversationWidget::take);
    connect(m_handBack, &QPushButton::clicked, this, &ConversationWidget::handBack);
    connect(m_close, &QPushButton::clicked, this, &ConversationWidget::closeConversation);
    connect(m_escalate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Escalate to a supervisor"), tr("Why?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            escalate(reason);
    });
    connect(m_send, &QPushButton::clicked, this, &ConversationWidget::send);
    connect(m_scriptsButton, &QPushButton::clicked, this, &ConversationWidget::openScripts);

    // The script library, once.
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    runAsync<Result<QList<content::ContentItem>>>(
        this, [auth, session] { return content::ContentService(*auth).list(session, content::ContentKind::Script); },
        [this](const Result<QList<content::ContentItem>>& r) {
            if (r)
                m_scripts = r.value();
            m_picker->clear();
            for (const content::ContentItem& s : std::as_const(m_scripts)) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.name, s.body.left(40)), m_picker);
                item->setToolTip(s.body);
            }
            feedAssist();
            Q_EMIT scriptsReady();
        });

    retranslate();
    updateButtons();
}

ConversationWidget::~ConversationWidget()
{
    waitForPendingWork(this);
}

void ConversationWidget::showConversation(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_row.reset();
    m_messages.clear();
    m_shownLastMessage = -1;
    m_reply->clear();
    m_exposure.reset();
    m_message->hide();
    m_body->setVisible(id > 0);
    m_emptyState->setVisible(id <= 0);
    updateButtons();
    if (id > 0)
        reload();
}

void ConversationWidget::reload()
{
    if (m_id <= 0 || m_loading)
        return;
    m_loading = true;
    desk::DeskService* service = &m_service;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    runAsync<Loaded>(
        this,
        [service, auth, session, id] {
            Loaded l;
            l.id = id;
            auto row = service->conversation(session, id);
            if (!row) {
                l.error = row.error();
                return l;
            }
            l.row = row.value();
            auto messages = service->transcript(session, id);
            if (!messages) {
                l.error = messages.error();
                return l;
            }
            l.messages = messages.value();
            if (!row.value().profileId) {
                l.card = tr("This user has no profile in the workspace (imported or unknown).");
            } else {
                auto card = profiles::ProfileService(*auth).card(session, *row.value().profileId, 0);
                l.card = card ? cardHtml(card.value()) : tr("Take the conversation over to see the profile.");
                if (card)
                    l.facts = inference::assistProfileFacts(card.value());
            }
            return l;
        },
        [this](const Loaded& l) {
            m_loading = false;
            if (l.id == m_id)
                apply(l);
        });
}

void ConversationWidget::apply(const Loaded& l)
{
    if (!l.error.isEmpty()) {
        showMessage(l.error, true);
        m_row.reset();
        m_messages.clear();
        m_transcript->clear();
        updateButtons();
        return;
    }
    m_row = l.row;
    m_messages = l.messages;
    m_facts = l.facts;
    feedAssist();
    const store::ConversationRow& c = *m_row;
    QStringList parts{QStringLiteral("<b>%1</b>").arg(esc(c.userLabel)), QueueTableModel::channelTitle(c.channel),
                      QueueTableModel::stateTitle(c.state)};
    if (!c.agentName.isEmpty())
        parts.append(tr("held by %1").arg(esc(c.agentName)));
    if (c.vip)
        parts.append(QStringLiteral("<span style=\"color:#a16207\"><b>VIP</b></span>"));
    if (c.streak > 0)
        parts.append(QStringLiteral("<span style=\"color:#b42318\">%1</span>").arg(tr("%n negative in a row", nullptr, c.streak)));
    if (c.openCallbacks > 0 && c.callbackDueMs)
        parts.append(tr("callback due %1").arg(QDateTime::fromMSecsSinceEpoch(*c.callbackDueMs).toString(QStringLiteral("MM-dd HH:mm"))));
    m_header->setText(QStringLiteral("#%1 · ").arg(c.id) + parts.join(QStringLiteral(" · ")));
    m_card->setText(l.card);
    const qint64 last = m_messages.isEmpty() ? 0 : m_messages.constLast().id;
    if (last != m_shownLastMessage) {
        renderTranscript();
        m_shownLastMessage = last;
    }
    updateButtons();
    Q_EMIT loaded(c.id);
}

void ConversationWidget::renderTranscript()
{
    QScrollBar* bar = m_transcript->verticalScrollBar();
    const bool atEnd = m_shownLastMessage < 0 || bar->value() >= bar->maximum() - 4;
    QString html;
    for (const store::DeskMessageRow& m : std::as_const(m_messages)) {
        const bool user = m.role == QLatin1String("user");
        QString who;
        const char* background = "#ffffff";
        if (user) {
            who = esc(m.author.isEmpty() ? tr("User") : m.author);
        } else if (m.role == QLatin1String("bot")) {
            who = tr("Bot");
            background = "#f1f3f5";
        } else {
            who = QStringLiteral("%1 (%2)").arg(esc(m.author), m.role == QLatin1String("supervisor") ? tr("supervisor") : tr("agent"));
            background = "#e7f0fb";
        }
        QString meta = QStringLiteral("<span style=\"color:#666\">%1 · %2</span>")
                           .arg(QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(QStringLiteral("MM-dd HH:mm")), who);
        if (user) {
            meta += sentimentChip(m.sentiment);
            if (m.pNegative)
                meta += QStringLiteral(" <span style=\"color:#888\">(%1 %2 %)</span>")
                            .arg(tr("negative")).arg(*m.pNegative * 100, 0, 'f', 0);
            if (m.streak && *m.streak > 0)
                meta += QStringLiteral(" <span style=\"color:#b42318\">%1</span>").arg(tr("streak %1").arg(*m.streak));
        }
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-bottom:4px\">"
                               "<tr><td align=\"%1\" bgcolor=\"%2\">%3<br>%4</td></tr></table>")
                    .arg(user ? QStringLiteral("left") : QStringLiteral("right"), QLatin1String(background), meta, esc(m.text));
    }
    if (m_messages.isEmpty())
        html = QStringLiteral("<p style=\"color:#666\">%1</p>").arg(tr("No messages yet."));
    const int keep = bar->value();
    m_transcript->setHtml(html);
    if (atEnd)
        bar->setValue(bar->maximum());
    else
        bar->setValue(keep);
}

void ConversationWidget::updateButtons()
{
    const bool have = m_row.has_value();
    const QString state = have ? m_row->state : QString();
    const bool mine = have && m_row->agentId && *m_row->agentId == m_ctx.session.operatorId();
    const bool supervisor = m_ctx.session.can(auth::Permission::ViewAllQueues);
    const bool canTakeEscalated = m_ctx.session.can(auth::Permission::HandleEscalations);
    m_take->setEnabled(have && !m_row->agentId
                       && (state == QLatin1String("bot") || state == QLatin1String("queued")
                           || (state == QLatin1String("supervisor") && canTakeEscalated)));
    m_handBack->setEnabled(have && (mine || supervisor) && state != QLatin1String("bot") && state != QLatin1String("closed"));
    m_close->setEnabled(have && (mine || supervisor) && state != QLatin1String("closed"));
    m_escalate->setEnabled(have && state != QLatin1String("supervisor") && state != QLatin1String("closed")
                           && (mine || supervisor || state != QLatin1String("human")));
    m_reply->setEnabled(mine);
    m_scriptsButton->setEnabled(mine && !m_scripts.isEmpty());
    m_assist->setCanSuggest(mine);
    m_send->setEnabled(mine && !m_sending && !m_replyBlocked && !m_reply->toPlainText().trimmed().isEmpty());
    m_reply->setPlaceholderText(mine ? tr("Type a reply. \"/\" inserts a script; Ctrl+Enter sends.")
                                     : tr("Take the conversation over to reply."));
}

void ConversationWidget::feedAssist()
{
    QStringList scripts;
    for (const content::ContentItem& s : std::as_const(m_scripts))
        scripts << s.body;
    m_assist->setConversation(m_row ? m_id : 0, m_messages, m_facts, scripts);
}

void ConversationWidget::checkReply()
{
    const QString text = m_reply->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_findings->clear();
        m_replyBlocked = true;
        updateButtons();
        return;
    }
    desk::DeskService* service = &m_service;
    runAsync<Result<desk::ReplyOutcome>>(
        this, [service, text] { return service->checkReply(text); },
        [this, text](const Result<desk::ReplyOutcome>& r) {
            if (text != m_reply->toPlainText())
                return; // typed on meanwhile; the next check answers
            if (!r) {
                m_findings->setText(r.error());
                m_replyBlocked = true;
            } else if (!r.value().blocking.isEmpty()) {
                m_findings->setText(QStringLiteral("<span style=\"color:#9b1c1c\">%1</span>")
                                        .arg(tr("Cannot send: %1").arg(esc(r.value().blocking.join(QStringLiteral("; "))))));
                m_replyBlocked = true;
            } else {
                m_findings->setText(r.value().warnings.isEmpty()
                                        ? QStringLiteral("<span style=\"color:#1e5b2e\">%1</span>").arg(tr("Quality check passed."))
                                        : esc(r.value().warnings.join(QStringLiteral("; "))));
                m_replyBlocked = false;
            }
            updateButtons();
        });
}

void ConversationWidget::act(const QString& what, std::function<Result<store::ConversationRow>()> work)
{
    runAsync<Result<store::ConversationRow>>(this, std::move(work), [this, what](const Result<store::ConversationRow>& r) {
        if (!r)
            showMessage(r.error(), true);
        else
            showMessage(what, false);
        m_shownLastMessage = -1;
        reload();
        Q_EMIT changed(m_id);
    });
}

void ConversationWidget::take()
{
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    act(tr("You hold this conversation now; the bot has stopped in it."), [service, session, id] { return service->take(session, id); });
}

void ConversationWidget::handBack()
{
    if (!m_handBack->isEnabled())
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    act(tr("Handed back: the bot answers again."), [service, session, id] { return service->handBack(session, id); });
}

void ConversationWidget::closeConversation()
{
    // Closing ends the customer's conversation for everyone: asked first, with the reason kept.
    bool ok = false;
    const QString reason = Prompt::text(this, tr("Close conversation #%1").arg(m_id),
                                        tr("Why does it end? (solved, spam, no answer …; kept in the audit log)"), &ok);
    if (!ok)
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    act(tr("Conversation closed."), [service, session, id, reason] { return service->close(session, id, reason); });
}

void ConversationWidget::escalate(const QString& reason)
{
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    act(tr("Sent to the supervisor queue."), [service, session, id, reason] { return service->escalate(session, id, reason); });
}

void ConversationWidget::send()
{
    const QString text = m_reply->toPlainText().trimmed();
    if (text.isEmpty() || m_sending || m_id <= 0)
        return;
    m_sending = true;
    updateButtons();
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    // The reply counts as an exposure of the test's variant only if the script is still in it.
    const std::optional<desk::ReplyExposure> exposure =
        m_exposure && text.contains(m_exposureText.trimmed()) ? m_exposure : std::nullopt;
    runAsync<Result<desk::ReplyOutcome>>(
        this, [service, session, id, text, exposure] { return service->reply(session, id, text, exposure); },
        [this](const Result<desk::ReplyOutcome>& r) {
            m_sending = false;
            if (!r) {
                showMessage(r.error(), true);
            } else if (!r.value().blocking.isEmpty()) {
                showMessage(tr("Not sent: %1").arg(r.value().blocking.join(QStringLiteral("; "))), true);
            } else {
                m_message->hide();
                m_reply->clear();
                m_exposure.reset();
                reload();
                Q_EMIT sent(r.value().messageId);
                Q_EMIT changed(m_id);
            }
            updateButtons();
        });
}

void ConversationWidget::openScripts()
{
    if (m_scripts.isEmpty() || !m_reply->isEnabled())
        return;
    const QRect r = m_reply->cursorRect();
    m_picker->move(m_reply->mapToGlobal(r.bottomLeft()));
    m_picker->setCurrentRow(0);
    m_picker->show();
    m_picker->setFocus();
}

void ConversationWidget::insertScript(int index)
{
    m_picker->hide();
    if (index < 0 || index >= m_scripts.size())
        return;
    desk::DeskService* service = &m_service;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_id;
    const qint64 itemId = m_scripts.at(index).id;
    runAsync<Result<desk::ScriptChoice>>(
        this, [service, session, id, itemId] { return service->scriptForConversation(session, id, itemId); },
        [this](const Result<desk::ScriptChoice>& r) {
            if (!r) {
                showMessage(r.error(), true);
                return;
            }
            QTextCursor cursor = m_reply->textCursor();
            // The "/" that opened the list is replaced by the script.
            if (cursor.position() > 0 && m_reply->toPlainText().at(cursor.position() - 1) == QLatin1Char('/'))
                cursor.deletePreviousChar();
            cursor.insertText(r.value().text);
            m_reply->setTextCursor(cursor);
            m_reply->setFocus();
            if (r.value().experimentId) {
                m_exposure = desk::ReplyExposure{*r.value().experimentId, r.value().variant};
                m_exposureText = r.value().text;
            }
            if (!r.value().note.isEmpty())
                showMessage(r.value().note, false);
        });
}

bool ConversationWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_reply && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->text() == QLatin1String("/")) {
            QTimer::singleShot(0, this, &ConversationWidget::openScripts); // after the "/" is in
        } else if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    if (watched == m_picker && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            insertScript(m_picker->currentRow());
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_picker->hide();
            m_reply->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#9b1c1c") : QStringLiteral("color:#1e5b2e"));
    m_message->setVisible(!text.isEmpty());
}

void ConversationWidget::retranslate()
{
    m_take->setText(tr("Take over"));
    // setText() replaces a button's shortcut with its mnemonic: the shortcuts come after it.
    m_handBack->setText(tr("Hand back to bot"));
    m_handBack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_handBack->setToolTip(tr("The bot answers again (Ctrl+B)"));
    m_close->setText(tr("Close"));
    m_escalate->setText(tr("Escalate…"));
    m_cardTitle->setText(tr("Profile"));
    m_send->setText(tr("Send"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Ctrl+Enter"));
    m_scriptsButton->setText(tr("Scripts /"));
    static_cast<QLabel*>(m_emptyState)->setText(
        tr("Select a conversation in the queue to read it.\nTake it over to answer: the bot stops in that conversation until you hand it back."));
    updateButtons();
    if (!m_messages.isEmpty())
        renderTranscript();
}

void ConversationWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the header and the profile card are built from translated names
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
