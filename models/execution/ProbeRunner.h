#pragma once
// Runs one HTTP health probe (an item's Probe) and reports one RunResult whose log is the evidence:
// the request, the final status line with its latency, the response headers and the first KiB of the body.
// Redirects are followed only within the same origin, TLS errors are failures, the body read is capped.

#include "RunResult.h"
#include "domain/Run.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace gl {

class ProbeRunner final : public QObject {
    Q_OBJECT
public:
    // The body is read up to this for the "contains" check; past it the read stops.
    static constexpr qint64 bodyReadCap = qint64(1024) * 1024;
    // How much of the body the log keeps.
    static constexpr qint64 loggedBodyBytes = 1024;
    static constexpr int maxRedirects = 10;

    explicit ProbeRunner(QObject *parent = nullptr);
    // A probe still running is dropped without a signal.
    ~ProbeRunner() override;

    // Begins the probe; everything after this, even a refused URL, arrives as finished() once control
    // returns to the event loop. False (and no signal) while a probe is going on.
    bool start(const Probe &probe);
    // Ends the request; finished() follows with Verdict::Cancelled. Nothing when idle or already decided.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const gl::RunResult &result);

private:
    enum class Stop { None, Cancel, Timeout };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    void send(const QUrl &url);
    bool followRedirect();
    void onReadyRead();
    void onReplyFinished();
    void captureResponse();
    QString evaluate() const;
    QString networkFailure(QNetworkReply::NetworkError error) const;
    QByteArray statusLine() const;
    void appendResponseToLog();
    // explainInLog: the log's response does not show why (refused, timed out, a TLS error, a refused redirect).
    void conclude(Verdict verdict, const QString &reason, bool explainInLog = true);
    void dropReply();

    QNetworkAccessManager *m_manager = nullptr;
    QNetworkReply *m_reply = nullptr;
    Probe m_probe;
    QUrl m_url;                 // as the probe names it: the origin every redirect must keep
    QString m_method;           // GET or HEAD
    int m_redirects = 0;
    QByteArray m_needle;        // bodyContains as UTF-8
    bool m_running = false;
    bool m_decided = false;     // the result is computed; only its queued emission is left
    quint64 m_generation = 0;

    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    Stop m_stop = Stop::None;
    QString m_failure;          // a refused redirect or a TLS error, found before the reply ends

    int m_status = 0;           // 0: no response yet
    QByteArray m_reasonPhrase;
    bool m_http2 = false;
    Headers m_headers;
    qint64 m_latencyMs = 0;
    QByteArray m_body;          // at most bodyReadCap
    bool m_bodyCapped = false;  // more followed and was not read
    bool m_found = false;       // m_needle was seen in m_body
    QByteArray m_log;
};

} // namespace gl
