#include "desk/DeskWidget.h"

#include "common/UiContext.h"
#include "common/WaitingWatcher.h"
#include "desk/ConversationWidget.h"
#include "desk/QueueWidget.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace lx::ui {

DeskWidget::DeskWidget(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<desk::DeskService>(ctx.auth))
{
    m_queue = new QueueWidget(ctx, *m_service, this);
    m_conversation = new ConversationWidget(ctx, *m_service, this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("deskSplitter"));
    split->addWidget(m_queue);
    split->addWidget(m_conversation);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({900, 600});
    split->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_queue, &QueueWidget::conversationSelected, m_conversation, &ConversationWidget::showConversation);
    connect(m_queue, &QueueWidget::taken, this, [this](qint64 id) {
        m_queue->selectConversation(id);
        m_conversation->showConversation(id);
        m_conversation->reload();
    });
    connect(m_queue, &QueueWidget::refreshed, m_conversation, &ConversationWidget::reload);
    connect(m_conversation, &ConversationWidget::changed, m_queue, &QueueWidget::refresh);
}

DeskWidget::~DeskWidget()
{
    // The panels' background reads borrow the service: let them finish before it goes.
    waitForPendingWork(this);
}

} // namespace lx::ui
