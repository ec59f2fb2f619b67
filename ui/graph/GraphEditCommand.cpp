#include "graph/GraphEditCommand.h"

#include "common/Async.h"

namespace lx::ui {

GraphEditCommand::GraphEditCommand(const QString& text, Step redoStep, Step undoStep, QObject* context, Done done)
    : QUndoCommand(text), m_redo(std::move(redoStep)), m_undo(std::move(undoStep)), m_context(context),
      m_done(std::move(done))
{
}

void GraphEditCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run(m_redo, false);
}

void GraphEditCommand::undo()
{
    run(m_undo, true);
}

void GraphEditCommand::run(const Step& step, bool undone)
{
    Done done = m_done;
    runAsync<Status>(m_context, step, [done, undone](const Status& st) { done(st, undone); });
}

} // namespace lx::ui
