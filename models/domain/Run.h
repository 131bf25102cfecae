#pragma once
// What running an item means as values: how a release runs its commands (RunSettings), an HTTP
// probe an item can be instead of commands (Probe), and one stored run of an item (RunRecord).
// No I/O: execution/ produces runs, store/ keeps them, interchange/ exports them.

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace gl {

// A cancelled run says nothing about the item, which is why it is not a failure.
enum class Verdict { Passed, Failed, Cancelled };

// "passed", "failed", "cancelled": stable for JSON, the CLI and the store.
QString verdictKey(Verdict verdict);
std::optional<Verdict> verdictFromKey(const QString &key);
// Translated for people, context "RunResult".
QString verdictLabel(Verdict verdict);

// How a release runs its items' commands. Stored with the release; an env file's values never are.
struct RunSettings {
    static constexpr int defaultTimeoutSeconds = 600;
    static constexpr qint64 defaultOutputCap = qint64(64) * 1024 * 1024;
    // TOKEN, SECRET, PASSWORD, PASSWD, KEY, CREDENTIAL, PRIVATE.
    static const QStringList &defaultSecretMarkers();

    QString workingFolder;     // absolute; relative item paths resolve inside it. Empty: not chosen yet
    int timeoutSeconds = defaultTimeoutSeconds;   // per item unless the item sets its own; 0: none
    qint64 outputCap = defaultOutputCap;          // bytes kept per run (head and tail past it)
    QStringList secretMarkers = defaultSecretMarkers();
    QString envFile;           // KEY=VALUE file read at run time; absolute, or relative to workingFolder

    friend bool operator==(const RunSettings &, const RunSettings &) = default;
};

// An HTTP health check run instead of commands.
struct Probe {
    QString method = QStringLiteral("GET");
    QString url;
    int expectedStatus = 200;
    int maxLatencyMs = 0;      // 0: not checked
    QString bodyContains;      // empty: not checked
    int timeoutMs = 10000;

    friend bool operator==(const Probe &, const Probe &) = default;
};
// {method, url, expected_status, max_latency_ms, body_contains, timeout_ms}: how a probe is stored,
// hashed for approval and put in a snapshot.
QJsonObject probeObject(const Probe &probe);

// One finished run of an item as stored. Its log (masked) is evidence of the item.
struct RunRecord {
    qint64 id = 0;
    qint64 itemId = 0;
    QString kind = QStringLiteral("command");   // "command" or "probe"
    QStringList commands;      // a probe's is one line: "GET https://..."
    QString workingDirectory;
    QDateTime startedAt;       // UTC
    QDateTime finishedAt;      // UTC
    qint64 durationMs = 0;
    std::optional<int> exitCode;
    std::optional<int> signalNumber;
    Verdict verdict = Verdict::Failed;
    QString reason;
    QString ranBy;
    QString host;
    qint64 evidenceId = 0;     // the stored log
    QString logSha256;         // lowercase hex of the stored log
    qint64 logSize = 0;        // bytes of the stored log
    qint64 totalBytes = 0;     // everything printed
    qint64 bytesDropped = 0;   // printed but not kept (over the cap)

    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

} // namespace gl

Q_DECLARE_METATYPE(gl::RunRecord)
