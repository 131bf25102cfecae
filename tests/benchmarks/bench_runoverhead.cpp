// Per-item overhead of a run: CommandRunner running `/bin/true` (resolve the program, its own
// session and process group, minimal environment, capture, masking, reaping the group) against a
// bare QProcess start of /bin/true measured in the same run. Target: within 1.5x.

#include "BenchReport.h"
#include "execution/CommandRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcess>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("GREENLIGHT_BENCH_RUNS") > 0
        ? qEnvironmentVariableIntValue("GREENLIGHT_BENCH_RUNS")
        : 300;

    const auto bare = [] {
        QProcess p;
        p.start(QStringLiteral("/bin/true"), {});
        p.waitForFinished();
    };
    gl::CommandRunner runner;
    gl::RunRequest request;
    request.commands = { QStringLiteral("true") };
    request.workingDirectory = QDir::tempPath();
    const auto ours = [&] {
        QEventLoop loop;
        const auto c = QObject::connect(&runner, &gl::CommandRunner::finished, &loop, &QEventLoop::quit);
        runner.start(request);
        loop.exec();
        QObject::disconnect(c);
    };
    // Warm both paths, then interleave blocks so machine noise hits both alike.
    bare();
    ours();
    double bareTotal = 0;
    double oursTotal = 0;
    for (int block = 0; block < 10; ++block) {
        bareTotal += bench::medianMs(runs / 10, bare);
        oursTotal += bench::medianMs(runs / 10, ours);
    }
    bench::report(QStringLiteral("run_per_item_overhead"), oursTotal / 10, QStringLiteral("ms"),
        bareTotal / 10, 1.5, QStringLiteral("<= 1.5x bare QProcess /bin/true"));
    return 0;  // a benchmark reports; it does not fail the build
}
