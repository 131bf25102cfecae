#pragma once
// Shared by the CommandRunner tests: run to the end with an event loop, and look at /proc directly.
// The /proc reading here is deliberately separate from ProcessGroup: a check must not share the
// code it checks.

#include "execution/CommandRunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace fixture {

// Everything a run said, collected from its signals.
struct Collected {
    QByteArray out;
    QByteArray err;
    int chunks = 0;
    QList<qint64> groups;
};

inline void collect(gl::CommandRunner &runner, Collected &into)
{
    QObject::connect(&runner, &gl::CommandRunner::outputReceived, &runner,
        [&into](QProcess::ProcessChannel channel, const QByteArray &chunk) {
            (channel == QProcess::StandardOutput ? into.out : into.err).append(chunk);
            ++into.chunks;
        });
    QObject::connect(&runner, &gl::CommandRunner::commandStarted, &runner,
        [&into](int, qint64 group) { into.groups.append(group); });
}

inline gl::RunRequest request(const QStringList &commands, const QString &folder)
{
    gl::RunRequest r;
    r.commands = commands;
    r.workingDirectory = folder;
    r.grace = std::chrono::milliseconds(300);  // short: the suite must stay fast
    return r;
}

// The synchronous convenience for tests: an event loop runs inside QSignalSpy::wait.
inline gl::RunResult runToEnd(gl::CommandRunner &runner, const gl::RunRequest &r, int waitMs = 30000)
{
    QSignalSpy spy(&runner, &gl::CommandRunner::finished);
    if (!runner.start(r)) {
        qWarning("runner refused to start");
        return {};
    }
    if (!spy.wait(waitMs)) {
        qWarning("run did not finish in time");
        return {};
    }
    return spy.constFirst().constFirst().value<gl::RunResult>();
}

// State letter and process group of /proc/<pid>/stat; state 0 when the process is gone.
struct ProcStat {
    char state = 0;
    qint64 group = 0;
};

inline ProcStat procStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 3)
        return {};
    return { fields[0].isEmpty() ? char(0) : fields[0][0], fields[2].toLongLong() };
}

// A zombie has ended; where pid 1 does not reap orphans it stays listed, so it does not count.
inline bool isAlive(qint64 pid)
{
    const char state = procStat(pid).state;
    return state != 0 && state != 'Z' && state != 'X';
}

inline QList<qint64> aliveInGroup(qint64 group)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && procStat(pid).group == group && isAlive(pid))
            pids.append(pid);
    }
    return pids;
}

// Pids a command printed, one per line (the tests echo $! for each background child).
inline QList<qint64> pidsIn(const QByteArray &text)
{
    QList<qint64> pids;
    for (const QByteArray &line : text.split('\n')) {
        bool number = false;
        const qint64 pid = line.trimmed().toLongLong(&number);
        if (number)
            pids.append(pid);
    }
    return pids;
}

} // namespace fixture
