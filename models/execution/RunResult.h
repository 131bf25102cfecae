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

// The stored row of a run of `itemId` ("command" or "probe" kind); the log itself is kept apart,
// as evidence, by the store.
inline RunRecord toRunRecord(const RunResult &result, qint64 itemId, const QString &kind)
{
    RunRecord record;
    record.itemId = itemId;
    record.kind = kind;
    record.commands = result.commands;
    record.workingDirectory = result.workingDirectory;
    record.startedAt = result.startedAt;
    record.finishedAt = result.finishedAt;
    record.durationMs = result.durationMs;
    record.exitCode = result.exitCode;
    record.signalNumber = result.signalNumber;
    record.verdict = result.verdict;
    record.reason = result.reason;
    record.totalBytes = result.totalBytes;
    record.bytesDropped = result.bytesDropped;
    return record;
}

} // namespace gl

Q_DECLARE_METATYPE(gl::RunResult)
