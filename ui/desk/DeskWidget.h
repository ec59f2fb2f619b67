#pragma once

#include "desk/DeskService.h"

#include <QWidget>

#include <memory>

namespace lx::ui {

struct UiContext;
class ConversationWidget;
class QueueWidget;

// Where agents spend their shift: the Queue panel beside the Conversation panel. Selecting a row
// opens the conversation; taking, replying and handing back update the queue at once.
class DeskWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskWidget)

public:
    explicit DeskWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~DeskWidget() override;

    QueueWidget* queue() const { return m_queue; }
    ConversationWidget* conversation() const { return m_conversation; }

private:
    std::unique_ptr<desk::DeskService> m_service;
    QueueWidget* m_queue = nullptr;
    ConversationWidget* m_conversation = nullptr;
};

} // namespace lx::ui
