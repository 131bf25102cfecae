// Picks the front door: a CLI verb runs headless on QCoreApplication, anything else opens the window.
// `export --pdf` is headless too but draws its chart with Qt Charts, which needs a QApplication: it
// gets one on the offscreen platform (no display needed) unless QT_QPA_PLATFORM names another.

#include "GuiStart.h"
#include "Translations.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

QString languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return QString();
}

// For the cold-start benchmark: quit as soon as a top-level window has painted once.
class QuitAfterFirstPaint final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    bool m_done = false;
};

bool drawsCharts(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("export"))
        && std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
               return a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf="));
           });
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList raw = rawArguments(argc, argv);
    const bool cli = gl::cli::isCliInvocation(raw);

    std::unique_ptr<QCoreApplication> app;
    if (cli && drawsCharts(raw) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (cli && !drawsCharts(raw))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Greenlight"));
    QCoreApplication::setApplicationName(QStringLiteral("greenlight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));
    gl::installTranslations(*app, languageOption(raw));

    if (cli) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return gl::cli::run(QCoreApplication::arguments(), out, err);
    }
    if (qEnvironmentVariableIsSet("GREENLIGHT_QUIT_AFTER_FIRST_PAINT"))
        app->installEventFilter(new QuitAfterFirstPaint(app.get()));
    return gl::runGui(QCoreApplication::arguments());
}
