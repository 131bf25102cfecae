#pragma once
// The outcome of one run of an item, complete enough to be stored as its evidence.

#include "domain/Run.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace gl {

struct RunResult {
    QStringList commands;
    QString workingDirectory;
    QDateTime startedAt;               // UTC
    QDateTime finishedAt;              // UTC
    qint64 durationMs = 0;             // monotonic clock, not finishedAt - startedAt
    int commandsRun = 0;               // commands begun, including one that could not start
    std::optional<int> exitCode;       // of the last command that ran, when it exited by itself
    std::optional<int> signalNumber;   // instead of exitCode, when a signal ended it
    Verdict verdict = Verdict::Failed;
    QString reason;                    // empty when passed: "timed out after 5 s", "could not start: ..."
    QByteArray log;                    // stdout and stderr as they arrived, capped (see OutputCapture)
    qint64 totalBytes = 0;             // everything the commands printed
    qint64 bytesDropped = 0;           // printed but not kept in log

    friend bool operator==(const RunResult &, const RunResult &) = default;
};

} // namespace gl

Q_DECLARE_METATYPE(gl::RunResult)
