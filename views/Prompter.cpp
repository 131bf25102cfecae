#include "Prompter.h"

#include "WidgetPrompter.h"

namespace gl {

namespace {
Prompter *installed = nullptr;
}

Prompter::~Prompter() = default;

Prompter &Prompter::current()
{
    if (installed)
        return *installed;
    static WidgetPrompter widgets;
    return widgets;
}

void Prompter::setCurrent(Prompter *prompter)
{
    installed = prompter;
}

bool Prompter::needsReason(ItemStatus status)
{
    return status == ItemStatus::Waived || status == ItemStatus::Failed || status == ItemStatus::Blocked;
}

} // namespace gl
