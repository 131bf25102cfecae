#include "Prompter.h"

#include "WidgetPrompter.h"

#include <QUrl>

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

bool Prompter::isWebLink(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !parsed.host().isEmpty();
}

bool Prompter::needsReason(ItemStatus status)
{
    return status == ItemStatus::Waived || status == ItemStatus::Failed || status == ItemStatus::Blocked;
}

} // namespace gl
