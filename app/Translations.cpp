#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gl {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("greenlight"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return locale.name().section(QLatin1Char('_'), 0, 0);
    }
    // No translation for this locale (or the C locale of CI and cron): English, whose file carries
    // the plural forms the sources write as "%n item(s)".
    if (own->load(QStringLiteral(":/i18n/greenlight_en.qm")))
        QCoreApplication::installTranslator(own);
    return QStringLiteral("en");
}

} // namespace gl
