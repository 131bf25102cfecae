#pragma once
// Loads Qt's and Greenlight's translations for the chosen or the system locale.

#include <QString>

class QCoreApplication;

namespace gl {

// language: "de", "fr", ... or empty for the system locale. Returns the language in use.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace gl
