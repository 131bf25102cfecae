#include "GuiStart.h"

namespace gl {

int runGui(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 0;
}

} // namespace gl
