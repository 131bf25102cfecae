#include "ProbeRunner.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <iterator>

namespace gl {

namespace {

// QNetworkReply's codes below this are the connection's (network, proxy); from here on they map HTTP statuses.
constexpr int transportErrorsEnd = 200;

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a.scheme().toLower())) == b.port(defaultPort(b.scheme().toLower()));
}

// What the log and the run's command line show: never a password written into the URL.
QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword);
}

} // namespace

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_timeout.setSingleShot(true);
    // "timed out after 2000 ms" must not be said at 1900 ms, which a coarse timer allows.
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply && !m_decided) {
            m_stop = Stop::Timeout;
            m_reply->abort();
        }
    });
}

ProbeRunner::~ProbeRunner()
{
    ++m_generation;
    dropReply();
}

bool ProbeRunner::start(const Probe &probe)
{
    if (m_running)
        return false;
    ++m_generation;
    m_running = true;
    m_decided = false;
    m_probe = probe;
    m_needle = probe.bodyContains.toUtf8();
    m_stop = Stop::None;
    m_failure.clear();
    m_status = 0;
    m_reasonPhrase.clear();
    m_http2 = false;
    m_headers.clear();
    m_latencyMs = 0;
    m_body.clear();
    m_bodyCapped = false;
    m_found = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();

    const QString method = probe.method.trimmed().toUpper();
    m_url = QUrl(probe.url.trimmed(), QUrl::StrictMode);
    const QString scheme = m_url.scheme().toLower();
    m_log = (method + u' ' + (m_url.isValid() ? shown(m_url) : probe.url.trimmed())).toUtf8() + '\n';

    // Refusals come before any request, so nothing ever reaches a host the probe may not address.
    QString refusal;
    if (!m_url.isValid() || m_url.isRelative())
        refusal = tr("not a valid URL: \u201c%1\u201d").arg(probe.url.trimmed());
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        refusal = tr("only http and https URLs can be probed, not \u201c%1\u201d").arg(probe.url.trimmed());
    else if (m_url.host().isEmpty())
        refusal = tr("the URL \u201c%1\u201d names no host").arg(probe.url.trimmed());
    else if (method != QLatin1String("GET") && method != QLatin1String("HEAD"))
        refusal = tr("a probe sends GET or HEAD, not \u201c%1\u201d").arg(probe.method);
    if (!refusal.isEmpty()) {
        conclude(Verdict::Failed, refusal);
        return true;
    }

    m_method = method;
    m_redirects = 0;
    send(m_url);
    if (probe.timeoutMs > 0)
        m_timeout.start(probe.timeoutMs);
    return true;
}

void ProbeRunner::send(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt: its own following (any policy, 6.4.2) can end a chain of
    // two hops with an empty reply and status 100, and here every hop is checked and logged the same way.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A probe asks the service itself: no cache, and no cookies carried from one probe to the next.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Greenlight health probe"));

    m_reply = m_method == QLatin1String("HEAD") ? m_manager->head(request) : m_manager->get(request);
    // Bounds what Qt buffers ahead of us; we read on every readyRead anyway.
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ProbeRunner::captureResponse);
    connect(m_reply, &QNetworkReply::readyRead, this, &ProbeRunner::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ProbeRunner::onReplyFinished);
#if QT_CONFIG(ssl)
    // Never ignored: a probe that cannot trust the server has not reached it.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        if (m_failure.isEmpty())
            m_failure = tr("TLS error: %1").arg(texts.join(QStringLiteral("; ")));
    });
#endif
}

void ProbeRunner::cancel()
{
    if (!m_running || m_decided || !m_reply)
        return;
    m_stop = Stop::Cancel;
    m_reply->abort();
}

bool ProbeRunner::followRedirect()
{
    static constexpr int redirectStatuses[] = {301, 302, 303, 307, 308};
    // A redirect that is the expected answer ("/login answers 302") is not followed.
    if (m_status == m_probe.expectedStatus
        || std::find(std::begin(redirectStatuses), std::end(redirectStatuses), m_status) == std::end(redirectStatuses))
        return false;
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!location.isValid() || location.isEmpty())
        return false;
    const QUrl next = m_reply->url().resolved(location);
    if (!sameOrigin(m_url, next)) {
        // The log then ends with this redirect's full response, the evidence of where it pointed.
        m_failure = tr("redirect to another origin refused: %1").arg(shown(next));
        return false;
    }
    if (m_redirects == maxRedirects) {
        m_failure = tr("more than %1 redirects").arg(maxRedirects);   // never 1: no plural form needed
        return false;
    }
    ++m_redirects;
    m_log += statusLine() + "\nLocation: " + shown(next).toUtf8() + "\n\n";
    m_log += (m_method + u' ' + shown(next)).toUtf8() + '\n';
    // The redirect's own response is not the answer: start over for the next one.
    m_status = 0;
    m_reasonPhrase.clear();
    m_headers.clear();
    m_body.clear();
    m_found = false;
    dropReply();
    send(next);
    return true;
}

void ProbeRunner::captureResponse()
{
    if (!m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_status = status.toInt();
    m_reasonPhrase = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_headers = m_reply->rawHeaderPairs();
}

void ProbeRunner::onReadyRead()
{
    if (!m_reply || m_decided || m_bodyCapped)
        return;
    const qint64 room = bodyReadCap - m_body.size();
    if (room > 0) {
        // Searching only what is new (plus an overlap for a needle split across reads) keeps this linear.
        const qsizetype from = std::max<qsizetype>(0, m_body.size() - m_needle.size() + 1);
        m_body += m_reply->read(room);
        if (!m_needle.isEmpty() && !m_found)
            m_found = m_body.indexOf(m_needle, from) >= 0;
    }
    if (m_body.size() >= bodyReadCap && m_reply->bytesAvailable() > 0) {
        m_bodyCapped = true;
        m_latencyMs = m_clock.elapsed();
        m_reply->abort();
    }
}

void ProbeRunner::onReplyFinished()
{
    if (!m_reply || m_decided)
        return;
    // The timeout keeps running across redirects: it bounds the whole probe.
    const bool aborted = m_stop != Stop::None || !m_failure.isEmpty() || m_bodyCapped;
    if (!aborted)
        onReadyRead();   // whatever arrived with the end
    if (!m_bodyCapped)
        m_latencyMs = m_clock.elapsed();
    captureResponse();

    if (m_stop == Stop::None && m_failure.isEmpty() && !m_bodyCapped && m_status != 0 && followRedirect())
        return;

    if (m_stop == Stop::Cancel) {
        conclude(Verdict::Cancelled, tr("cancelled"));
    } else if (m_stop == Stop::Timeout) {
        conclude(Verdict::Failed, tr("timed out after %1 ms").arg(m_probe.timeoutMs));
    } else if (!m_failure.isEmpty()) {
        conclude(Verdict::Failed, m_failure);
    } else if (const QNetworkReply::NetworkError error = m_reply->error();
               m_status == 0 || (error != QNetworkReply::NoError && error < transportErrorsEnd && !m_bodyCapped)) {
        // A status line followed by a dropped connection is no answer either: the body is not all there.
        conclude(Verdict::Failed, networkFailure(error));
    } else {
        const QString reason = evaluate();
        conclude(reason.isEmpty() ? Verdict::Passed : Verdict::Failed, reason, false);
    }
}

QString ProbeRunner::evaluate() const
{
    if (m_status != m_probe.expectedStatus)
        return tr("expected status %1, got %2").arg(m_probe.expectedStatus).arg(m_status);
    if (m_probe.maxLatencyMs > 0 && m_latencyMs > m_probe.maxLatencyMs)
        return tr("took %1 ms, more than %2 ms").arg(m_latencyMs).arg(m_probe.maxLatencyMs);
    if (!m_needle.isEmpty() && !m_found) {
        if (m_bodyCapped)
            return tr("the first %1 MiB of the body do not contain \u201c%2\u201d")
                .arg(bodyReadCap / (1024 * 1024))
                .arg(m_probe.bodyContains);
        return tr("the body does not contain \u201c%1\u201d").arg(m_probe.bodyContains);
    }
    return {};
}

QString ProbeRunner::networkFailure(QNetworkReply::NetworkError error) const
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found: %1").arg(m_url.host());
    case QNetworkReply::RemoteHostClosedError:
        return m_status == 0 ? tr("the server closed the connection without answering")
                             : tr("the server closed the connection before the whole response arrived");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS error: %1").arg(m_reply ? m_reply->errorString() : QString());
    default:
        return m_reply ? m_reply->errorString() : tr("no response");
    }
}

QByteArray ProbeRunner::statusLine() const
{
    QByteArray line = m_http2 ? "HTTP/2 " : "HTTP/1.1 ";
    line += QByteArray::number(m_status);
    if (!m_reasonPhrase.isEmpty())
        line += ' ' + m_reasonPhrase;
    return line;
}

void ProbeRunner::appendResponseToLog()
{
    m_log += statusLine() + "  (" + tr("%1 ms").arg(m_latencyMs).toUtf8() + ")\n";
    for (const auto &[name, value] : std::as_const(m_headers)) {
        // A session cookie in stored evidence would be a credential anyone with the file could use.
        const bool secret = name.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
        m_log += name + ": " + (secret ? QByteArray("***") : value) + '\n';
    }
    m_log += '\n';
    m_log += m_body.left(loggedBodyBytes);
    if (m_body.size() > loggedBodyBytes || m_bodyCapped) {
        if (!m_log.endsWith('\n'))
            m_log += '\n';
        m_log += m_bodyCapped
            ? tr("[first %1 bytes shown; reading stopped after %2 bytes]").arg(loggedBodyBytes).arg(m_body.size()).toUtf8()
            : tr("[first %1 of %2 bytes shown]").arg(loggedBodyBytes).arg(m_body.size()).toUtf8();
    }
    if (!m_log.endsWith('\n'))
        m_log += '\n';
}

void ProbeRunner::conclude(Verdict verdict, const QString &reason, bool explainInLog)
{
    m_decided = true;
    m_timeout.stop();
    if (m_status != 0)
        appendResponseToLog();
    // Failures the response does not show (refused, timed out, TLS) would otherwise leave only a request line.
    if (explainInLog && !reason.isEmpty() && verdict != Verdict::Passed) {
        if (!m_log.endsWith("\n\n"))
            m_log += '\n';
        m_log += "-- " + reason.toUtf8() + '\n';
    }

    RunResult result;
    result.commands = {QString::fromUtf8(m_log.left(m_log.indexOf('\n')))};
    result.startedAt = m_startedAt;
    result.durationMs = m_clock.elapsed();
    result.finishedAt = m_startedAt.addMSecs(result.durationMs);
    result.commandsRun = 1;
    result.verdict = verdict;
    result.reason = verdict == Verdict::Passed ? QString() : reason;
    result.log = m_log;
    result.bytesDropped = std::max<qint64>(0, m_body.size() - loggedBodyBytes);
    result.totalBytes = m_log.size() + result.bytesDropped;
    dropReply();

    // Always from the event loop, so a caller of start() or cancel() never sees the signal inside that call.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, result] {
            if (generation != m_generation)
                return;
            m_running = false;
            m_decided = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

void ProbeRunner::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace gl
