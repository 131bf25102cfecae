// The Debian package as an operator meets it: `cpack -G DEB` on this build, the .deb's control
// fields and contents listed with dpkg-deb, the package unpacked into a scratch root and the
// installed binary run there on a fixture workspace. Also: a build without Qt fails with a message
// that names what to install.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &arguments, const QString &workingDir = {},
    int timeoutMs = 240000)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString describe(const Result &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

const QString appId = QStringLiteral("io.github.greenlight.Greenlight");

} // namespace

class TestDebPackage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlFieldsNameTheRuntimeLibraries();
    void contentsAreWhatADesktopProgramInstalls();
    void desktopIntegrationFilesValidate();
    void iconsAreRenderedAtTheirSizes();
    void manPageDescribesTheVerbs();
    void installedBinaryWorksOnAFixture();
    void buildWithoutQtNamesWhatToInstall();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QStringList m_contents; // paths as dpkg-deb -c lists them, without the leading "."
};

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The same command `make package` runs, on this build tree, writing into a scratch folder.
    const Result cpack = run(QStringLiteral(GREENLIGHT_CPACK),
        { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
            QStringLiteral(GREENLIGHT_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), m_dir.path() });
    QVERIFY2(cpack.exitCode == 0, qPrintable(describe(cpack)));
    const QStringList debs = QDir(m_dir.path()).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("greenlight_" GREENLIGHT_VERSION "_")), qPrintable(debs.first()));

    const Result list = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-c"), m_deb });
    QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // drwxr-xr-x root/root 0 2026-12-02 10:00 ./usr/bin/
        QString path = line.section(QLatin1Char(' '), -1);
        if (line.contains(QStringLiteral(" -> ")))
            path = line.section(QStringLiteral(" -> "), 0, 0).section(QLatin1Char(' '), -1);
        if (path.startsWith(QLatin1Char('.')))
            path.remove(0, 1);
        m_contents << path;
    }
    QVERIFY2(m_contents.size() > 10, qPrintable(list.out));

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Result extract = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root });
    QVERIFY2(extract.exitCode == 0, qPrintable(describe(extract)));
}

void TestDebPackage::controlFieldsNameTheRuntimeLibraries()
{
    const Result fields = run(QStringLiteral("dpkg-deb"),
        { QStringLiteral("-f"), m_deb, QStringLiteral("Package"), QStringLiteral("Version"),
            QStringLiteral("Architecture"), QStringLiteral("Depends"), QStringLiteral("Description") });
    QVERIFY2(fields.exitCode == 0, qPrintable(describe(fields)));
    QVERIFY2(fields.out.contains(QStringLiteral("Package: greenlight\n")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QStringLiteral("Version: " GREENLIGHT_VERSION "\n")), qPrintable(fields.out));
    const QString arch = run(QStringLiteral("dpkg"), { QStringLiteral("--print-architecture") }).out.trimmed();
    QVERIFY2(fields.out.contains(QStringLiteral("Architecture: ") + arch), qPrintable(fields.out));

    const QString depends = fields.out.section(QStringLiteral("Depends: "), 1).section(QLatin1Char('\n'), 0, 0);
    // From dpkg-shlibdeps (the libraries the binary links) and the plugins Qt loads at run time.
    for (const char *package : { "libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6",
             "libqt6sql6", "libqt6network6", "libqt6charts6", "libsodium23", "libmd4c0", "libarchive13",
             "libssl3", "libqt6sql6-sqlite", "qt6-qpa-plugins", "libqt6svg6" }) {
        const QRegularExpression named(QStringLiteral("(^|, )%1( \\(|,|$)")
                                           .arg(QRegularExpression::escape(QLatin1String(package))));
        QVERIFY2(depends.contains(named), qPrintable(QStringLiteral("%1 not in Depends: %2")
                                                         .arg(QLatin1String(package), depends)));
    }
    // shlibdeps gives versions, so an older library cannot satisfy them.
    QVERIFY2(depends.contains(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6\\.\\d"))), qPrintable(depends));
    // No build-only package leaks into the runtime dependencies.
    QVERIFY2(!depends.contains(QStringLiteral("-dev")), qPrintable(depends));
    QVERIFY2(fields.out.contains(QStringLiteral("GO / NO-GO")), qPrintable(fields.out));
}

void TestDebPackage::contentsAreWhatADesktopProgramInstalls()
{
    const QStringList expected {
        QStringLiteral("/usr/bin/greenlight"),
        QStringLiteral("/usr/share/applications/") + appId + QStringLiteral(".desktop"),
        QStringLiteral("/usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg"),
        QStringLiteral("/usr/share/icons/hicolor/48x48/apps/") + appId + QStringLiteral(".png"),
        QStringLiteral("/usr/share/icons/hicolor/256x256/apps/") + appId + QStringLiteral(".png"),
        QStringLiteral("/usr/share/man/man1/greenlight.1.gz"),
        QStringLiteral("/usr/share/doc/greenlight/copyright"),
    };
    for (const QString &path : expected)
        QVERIFY2(m_contents.contains(path), qPrintable(path + QStringLiteral(" missing from:\n") + m_contents.join(QLatin1Char('\n'))));
    // Only what a user runs: nothing outside /usr, no /usr/local, no headers, static libraries,
    // tests, benchmarks or build tools.
    for (const QString &path : std::as_const(m_contents)) {
        if (path == QLatin1String("/"))
            continue;
        QVERIFY2(path.startsWith(QLatin1String("/usr/")), qPrintable(path));
        QVERIFY2(!path.startsWith(QLatin1String("/usr/local")), qPrintable(path));
        QVERIFY2(!path.contains(QLatin1String("/include/")), qPrintable(path));
        QVERIFY2(!path.endsWith(QLatin1String(".a")), qPrintable(path));
        QVERIFY2(!path.contains(QLatin1String("tst_")) && !path.contains(QLatin1String("bench_"))
                && !path.contains(QLatin1String("iconrender")),
            qPrintable(path));
    }
    const QStringList binaries = m_contents.filter(QRegularExpression(QStringLiteral("^/usr/bin/.+")));
    QCOMPARE(binaries, QStringList { QStringLiteral("/usr/bin/greenlight") });
    // Stripped: debug symbols belong in a -dbgsym package, not in the one users install.
    const Result file = run(QStringLiteral("file"), { m_root + QStringLiteral("/usr/bin/greenlight") });
    QVERIFY2(file.out.contains(QStringLiteral("stripped")) && !file.out.contains(QStringLiteral("not stripped")),
        qPrintable(file.out));
}

void TestDebPackage::desktopIntegrationFilesValidate()
{
    const Result desktop = run(QStringLiteral("desktop-file-validate"),
        { m_root + QStringLiteral("/usr/share/applications/") + appId + QStringLiteral(".desktop") });
    QVERIFY2(desktop.exitCode == 0 && desktop.out.trimmed().isEmpty(), qPrintable(describe(desktop)));
    const QString metainfo = m_root + QStringLiteral("/usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml");
    const Result appstream = run(QStringLiteral("appstreamcli"),
        { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"), metainfo });
    QVERIFY2(appstream.exitCode == 0, qPrintable(describe(appstream)));

    // Screenshots and release notes, the newest release being this version.
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY(xml.count(QStringLiteral("<screenshot")) - xml.count(QStringLiteral("<screenshots")) >= 2);
    const QRegularExpressionMatch release
        = QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\" date=\"(\\d{4}-\\d\\d-\\d\\d)\"")).match(xml);
    QVERIFY(release.hasMatch());
    QCOMPARE(release.captured(1), QStringLiteral(GREENLIGHT_VERSION));
    // Every screenshot the metainfo names is a file of the repository (the URLs point at them).
    const QRegularExpression image(QStringLiteral("/packaging/screenshots/([^<]+\\.png)</image>"));
    int images = 0;
    for (const QRegularExpressionMatch &m : image.globalMatch(xml)) {
        ++images;
        const QString path = QStringLiteral(GREENLIGHT_SOURCE_DIR "/packaging/screenshots/") + m.captured(1);
        QVERIFY2(!QImage(path).isNull(), qPrintable(path));
    }
    QVERIFY(images >= 2);
}

void TestDebPackage::iconsAreRenderedAtTheirSizes()
{
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        const QString path = m_root + QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/").arg(size) + appId
            + QStringLiteral(".png");
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size, size));
        QVERIFY(icon.hasAlphaChannel());
        // Drawn, not blank: the centre pixel is opaque, the corner transparent.
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
    }
}

void TestDebPackage::manPageDescribesTheVerbs()
{
    const Result page = run(QStringLiteral("gzip"),
        { QStringLiteral("-dc"), m_root + QStringLiteral("/usr/share/man/man1/greenlight.1.gz") });
    QVERIFY2(page.exitCode == 0, qPrintable(describe(page)));
    QVERIFY(page.out.startsWith(QStringLiteral(".\\\"")) || page.out.startsWith(QStringLiteral(".TH")));
    QVERIFY(page.out.contains(QStringLiteral(".TH GREENLIGHT 1")));
    QVERIFY2(page.out.contains(QStringLiteral("Greenlight " GREENLIGHT_VERSION)), "the man page names another version");
    // Every verb of `greenlight --help` has its entry in the man page.
    const Result help = run(QStringLiteral(GREENLIGHT_BINARY), { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    const QString verbs = help.out.section(QStringLiteral("Verbs:"), 1).section(QStringLiteral("Options:"), 0, 0);
    const QRegularExpression verbLine(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    int count = 0;
    for (const QRegularExpressionMatch &m : verbLine.globalMatch(verbs)) {
        if (m.captured(1) == QLatin1String("help"))
            continue;
        ++count;
        QVERIFY2(page.out.contains(QStringLiteral(".B ") + m.captured(1))
                || page.out.contains(QStringLiteral(".BI \"") + m.captured(1)),
            qPrintable(m.captured(1) + QStringLiteral(" has no entry in the man page")));
    }
    QVERIFY(count >= 15);
    // man(1) renders it without a warning.
    const Result rendered = run(QStringLiteral("sh"),
        { QStringLiteral("-c"),
            QStringLiteral("gzip -dc '%1' | groff -man -Tutf8 -ww -z 2>&1")
                .arg(m_root + QStringLiteral("/usr/share/man/man1/greenlight.1.gz")) });
    QVERIFY2(rendered.exitCode == 0 && rendered.out.trimmed().isEmpty(), qPrintable(describe(rendered)));
}

void TestDebPackage::installedBinaryWorksOnAFixture()
{
    const QString binary = m_root + QStringLiteral("/usr/bin/greenlight");
    const Result version = run(binary, { QStringLiteral("--version") });
    QVERIFY2(version.exitCode == 0, qPrintable(describe(version)));
    QCOMPARE(version.out.trimmed(), QStringLiteral("greenlight " GREENLIGHT_VERSION));

    const QString db = m_dir.filePath(QStringLiteral("fixture.greenlight"));
    const Result imported = run(binary,
        { QStringLiteral("--db"), db, QStringLiteral("import"),
            QStringLiteral(GREENLIGHT_TEST_DATA "/staging-deployment-checklist.md"), QStringLiteral("--name"),
            QStringLiteral("Staging 2.4") });
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    const Result status = run(binary, { QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("Staging 2.4") });
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    QVERIFY2(status.out.contains(QStringLiteral("Staging 2.4")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("NO-GO")), qPrintable(status.out));
    const Result json = run(binary,
        { QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("Staging 2.4"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
    const QJsonObject matrix = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(matrix.value(QStringLiteral("release")).toString(), QStringLiteral("Staging 2.4"));
    QCOMPARE(matrix.value(QStringLiteral("leaf_total")).toInt(), 80);
    QCOMPARE(matrix.value(QStringLiteral("suggested_decision")).toString(), QStringLiteral("NO-GO"));

    // The translations travel inside the binary.
    const Result german = run(binary, { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QVERIFY2(german.exitCode == 0 && german.out.contains(QStringLiteral("Unterbefehle:")), qPrintable(describe(german)));
    const Result french = run(binary, { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help") });
    QVERIFY2(french.exitCode == 0 && french.out.contains(QStringLiteral("Sous-commandes\u00a0:")), qPrintable(describe(french)));
}

void TestDebPackage::buildWithoutQtNamesWhatToInstall()
{
    QTemporaryDir build;
    QVERIFY(build.isValid());
    const Result configure = run(QStringLiteral(GREENLIGHT_CMAKE),
        { QStringLiteral("-S"), QStringLiteral(GREENLIGHT_SOURCE_DIR), QStringLiteral("-B"), build.path(),
            QStringLiteral("-DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON") });
    QVERIFY(configure.exitCode != 0);
    const QString all = configure.out + configure.err;
    QVERIFY2(all.contains(QStringLiteral("Greenlight cannot be built yet")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("qt6-base-dev")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("packaging/install-deps.sh")), qPrintable(all));
    // No CMake search trace about Qt6Config.cmake for the user to decode.
    QVERIFY2(!all.contains(QStringLiteral("Qt6Config.cmake")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
