// Linked into every test: the English messages (with their plural forms) are installed as soon as the
// test's QCoreApplication exists, as the app does for an English or C locale.

#include "Translations.h"

#include <QCoreApplication>

namespace {
void installEnglish()
{
    gl::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
