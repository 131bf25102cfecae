// Screenshots of the main views (issue 6): the release view and the start page, light and dark,
// English and German, taken under the offscreen platform into <build>/screenshots (README shows
// copies). Each is checked for what it must show: the theme's background, the language's menus,
// the whole window at the screen's pixel ratio. CTest runs this twice, the second time at a scale
// factor of 2 (tst_screenshots_hidpi), writing "@2x" files.

#include "ChecklistView.h"
#include "DemoRelease.h"
#include "MainWindow.h"
#include "ReadinessMatrixView.h"
#include "ReadinessTrendChart.h"
#include "ScriptedPrompter.h"
#include "StartPage.h"
#include "Theme.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace gl;

namespace {

// Mean lightness (0..1) of a band of the image, away from text: a theme's background.
double lightness(const QImage &image, const QRect &band)
{
    double sum = 0;
    int n = 0;
    for (int y = band.top(); y <= band.bottom(); y += 3) {
        for (int x = band.left(); x <= band.right(); x += 3) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++n;
        }
    }
    return n ? sum / n : 0;
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainViews_data();
    void mainViews();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_path;
    ScriptedPrompter m_prompter;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
    QVERIFY(QDir().mkpath(QStringLiteral(GREENLIGHT_SCREENSHOT_DIR)));
    // The demo release, worked a little: some items passed, one failed, so every state shows.
    m_path = m_dir.filePath(QStringLiteral("demo.greenlight"));
    std::unique_ptr<Workspace> ws = Workspace::open(m_path).value();
    const Result<qint64> demo = DemoRelease::addTo(*ws);
    QVERIFY(demo.ok());
}

void TestScreenshots::cleanupTestCase()
{
    applyTheme(Theme::System);
}

void TestScreenshots::mainViews_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("language");
    for (const QString &theme : { QStringLiteral("light"), QStringLiteral("dark") }) {
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") })
            QTest::newRow(qPrintable(theme + QLatin1Char('-') + language)) << theme << language;
    }
}

void TestScreenshots::mainViews()
{
    QFETCH(QString, theme);
    QFETCH(QString, language);
    QTranslator german;
    if (language == QLatin1String("de")) {
        QVERIFY(german.load(QStringLiteral(":/i18n/greenlight_de.qm")));
        QCoreApplication::installTranslator(&german);
    }
    applyTheme(*themeFromKey(theme));

    MainWindow window;
    QVERIFY(window.openWorkspace(m_path, false).ok());
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checklistView()->tree()->setCurrentIndex(window.checklistView()->tree()->model()->index(0, 0));
    ReadinessTrendChart *trend = window.matrixView()->trendChart();
    trend->refreshNow();
    QTRY_VERIFY(!trend->isComputing());
    QCoreApplication::processEvents();

    // The menus speak the language.
    const QString file = window.menuBar()->actions().first()->text();
    QCOMPARE(file, language == QLatin1String("de") ? QStringLiteral("&Datei") : QStringLiteral("&File"));

    const qreal ratio = window.devicePixelRatioF();
    const QString suffix = ratio > 1.5 ? QStringLiteral("@2x") : QString();
    const QString dir = QStringLiteral(GREENLIGHT_SCREENSHOT_DIR "/");
    const QImage release = window.grab().toImage();
    QCOMPARE(release.size(), (QSizeF(window.size()) * ratio).toSize());
    QVERIFY(release.save(dir + QStringLiteral("main-window-%1-%2%3.png").arg(theme, language, suffix)));

    window.showStartPage();
    QCoreApplication::processEvents();
    const QImage start = window.grab().toImage();
    QVERIFY(start.save(dir + QStringLiteral("start-page-%1-%2%3.png").arg(theme, language, suffix)));

    // The theme shows: the empty part of the start page's recent list is the palette's base colour.
    QWidget *table = window.startPage()->releaseTable();
    const QRect empty(table->mapTo(&window, QPoint(10, table->height() - 40)) * ratio, QSize(100, 20) * ratio);
    const double light = lightness(start, empty);
    if (theme == QLatin1String("dark"))
        QVERIFY2(light < 0.3, qPrintable(QString::number(light)));
    else
        QVERIFY2(light > 0.8, qPrintable(QString::number(light)));

    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
