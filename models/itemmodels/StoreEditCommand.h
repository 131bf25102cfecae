#pragma once
// One undoable edit of the workspace: redo and undo each write to the store. The first redo is
// skipped because the document performs the write before pushing, so the caller gets its Result.

#include "domain/Result.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace gl {

class StoreEditCommand final : public QUndoCommand {
public:
    using Apply = std::function<Result<void>()>;
    using Failure = std::function<void(const Error &)>;

    StoreEditCommand(const QString &text, Apply redo, Apply undo, Failure onFailure);

    void redo() override;
    void undo() override;

private:
    void run(const Apply &apply);

    Apply m_redo;
    Apply m_undo;
    Failure m_onFailure;
    bool m_applied = true;
};

// Ends a macro; when nothing in it was done (its first step was refused), the empty step is taken
// off the stack again instead of standing there as an undo that does nothing.
void endMacroDroppingEmpty(QUndoStack *stack);

} // namespace gl
