// Cold start of the app (offscreen) to its first painted window on a 10,000-item workspace,
// beside a bare QApplication + QMainWindow measured in the same run.

#include "BenchData.h"
#include "BenchReport.h"
#include "interchange/MarkdownImporter.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

namespace {

double launchMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s did not start and quit cleanly: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("startup.greenlight"));
    {
        auto ws = gl::Workspace::open(path);
        auto parsed = gl::MarkdownImporter::importBytes(bench::generateChecklist(), QStringLiteral("generated.md"));
        if (!ws || !parsed || !(*ws)->createRelease(parsed->release)) {
            std::fprintf(stderr, "could not prepare the workspace\n");
            return 1;
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GREENLIGHT_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));

    const QString binDir = QCoreApplication::applicationDirPath();
    // Interleaved runs, so a busy moment of the machine hits both sides alike; medians of each.
    const int runs = 11;
    std::vector<double> ours, bare;
    for (int i = 0; i < runs; ++i) {
        ours.push_back(launchMs(QStringLiteral(GREENLIGHT_BINARY), {QStringLiteral("--db"), path}, env));
        bare.push_back(launchMs(binDir + QStringLiteral("/bench_bare_window"), {}, env));
    }
    std::sort(ours.begin(), ours.end());
    std::sort(bare.begin(), bare.end());
    bench::report(QStringLiteral("cold_start_10k_items"), ours[runs / 2], QStringLiteral("ms"), bare[runs / 2], 5.0,
                  QStringLiteral("<= 5x bare QApplication + QMainWindow"));
    return 0;
}
