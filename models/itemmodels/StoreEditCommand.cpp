#include "itemmodels/StoreEditCommand.h"

namespace gl {

StoreEditCommand::StoreEditCommand(const QString &text, Apply redo, Apply undo, Failure onFailure)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onFailure(std::move(onFailure))
{
}

void StoreEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;  // written already by the document before the push
        return;
    }
    run(m_redo);
}

void StoreEditCommand::undo()
{
    run(m_undo);
}

void StoreEditCommand::run(const Apply &apply)
{
    const Result<void> result = apply();
    if (!result.ok()) {
        // The stored state no longer matches what this command expects: drop it (QUndoStack deletes
        // obsolete commands) rather than leave an entry that would fail again.
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(result.error());
    }
}

void endMacroDroppingEmpty(QUndoStack *stack)
{
    stack->endMacro();
    const int top = stack->index() - 1;
    QUndoCommand *macro = top >= 0 ? const_cast<QUndoCommand *>(stack->command(top)) : nullptr;
    if (macro && macro->childCount() == 0) {
        macro->setObsolete(true);  // QUndoStack deletes an obsolete command when it is undone
        stack->undo();
    }
}

} // namespace gl
