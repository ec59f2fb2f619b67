#pragma once

#include "common/Result.h"

#include <QUndoCommand>

#include <functional>

namespace lx::ui {

// One undoable edit of the knowledge graph. The edit itself has already been made (and audited)
// when the command is pushed; undo and redo run the inverse and the edit again through the
// service, off the GUI thread, then report back so the panel can reload.
class GraphEditCommand final : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Done = std::function<void(const Status&, bool undone)>;

    GraphEditCommand(const QString& text, Step redoStep, Step undoStep, QObject* context, Done done);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step, bool undone);

    Step m_redo;
    Step m_undo;
    QObject* m_context;
    Done m_done;
    bool m_alreadyDone = true;
};

} // namespace lx::ui
