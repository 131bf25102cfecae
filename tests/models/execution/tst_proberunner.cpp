// ProbeRunner against real HTTP servers on 127.0.0.1 started by the test: verdicts and their reasons
// (status, latency, timeout, refused, redirects, body text, the read cap, TLS), the log kept as
// evidence, cancel, and the contract that finished() comes exactly once and never inside start().

#include "HttpTestServer.h"
#include "execution/ProbeRunner.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace gl;
using fixture::HttpTestServer;
using fixture::Route;

namespace {

// A self-signed certificate made for this test (openssl req -x509, P-256): no client trusts it.
const char testKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgjuD9/wNagsdqvij8
Iu8ykpWLStOKEfFgb/Y9iNs8DBuhRANCAATBiKKv31Pg+uD57uiYeElQo9G3vpo+
S4AwJ4UtXTv1JQMlh5qXUUarHkM9P1n/PWDFQm/sDkBxfzzKA7CxlP/i
-----END PRIVATE KEY-----
)";
const char testCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBljCCAT2gAwIBAgIUNOug0tf82DJI5Lib12WOd8FjOq0wCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVZ3JlZW5saWdodC1wcm9iZS10ZXN0MCAXDTI2MTEyMTE3NDkx
MloYDzIxMjYxMDI4MTc0OTEyWjAgMR4wHAYDVQQDDBVncmVlbmxpZ2h0LXByb2Jl
LXRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATBiKKv31Pg+uD57uiYeElQ
o9G3vpo+S4AwJ4UtXTv1JQMlh5qXUUarHkM9P1n/PWDFQm/sDkBxfzzKA7CxlP/i
o1MwUTAdBgNVHQ4EFgQUK3tJrxmRPDixVANLrSvctwG9ztQwHwYDVR0jBBgwFoAU
K3tJrxmRPDixVANLrSvctwG9ztQwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNHADBEAiAsdkhkWJfz22DjtPSuFGVJ53+q0fEpvAUA7g6XIsShWwIgFckGCXd2
ehEuP/spcruaMlYnXTCiCHmYyIZq4HNSVDw=
-----END CERTIFICATE-----
)";

Probe probe(const QString &url)
{
    Probe p;
    p.url = url;
    p.timeoutMs = 5000;
    return p;
}

Route answer(int status, const QByteArray &reason, const QByteArray &body = {})
{
    Route r;
    r.status = status;
    r.reason = reason;
    r.body = body;
    return r;
}

// Runs one probe to its end. The spy is checked right after start() too: finished() is never emitted
// inside it, even for a refusal.
RunResult run(ProbeRunner &runner, const Probe &p)
{
    QSignalSpy spy(&runner, &ProbeRunner::finished);
    if (!runner.start(p)) {
        qWarning("probe refused to start");
        return {};
    }
    if (spy.count() != 0) {
        qWarning("finished() was emitted inside start()");
        return {};
    }
    if (!spy.wait(10000)) {
        qWarning("probe did not finish in time");
        return {};
    }
    return spy.constFirst().constFirst().value<RunResult>();
}

RunResult run(const Probe &p)
{
    ProbeRunner runner;
    return run(runner, p);
}

} // namespace

class TestProbeRunner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passes();
    void status_data();
    void status();
    void latency_data();
    void latency();
    void timeout();
    void connectionRefused();
    void closedWithoutAnswer();
    void closedInTheMiddleOfTheBody();
    void sameOriginRedirectIsFollowed();
    void crossOriginRedirectIsRefused();
    void redirectToAnotherPortOfTheSameHostIsRefused();
    void redirectLoopEnds();
    void expectedRedirectIsNotFollowed();
    void bodyContains_data();
    void bodyContains();
    void bodyOverTheCap_data();
    void bodyOverTheCap();
    void logKeepsHeadersAndTheFirstKiB();
    void cookiesAreNeitherKeptNorSent();
    void headRequest();
    void refusedBeforeAnyRequest_data();
    void refusedBeforeAnyRequest();
    void tlsErrorIsAFailure();
    void cancel();
    void finishedOnceAndReusable();
};

void TestProbeRunner::passes()
{
    HttpTestServer server;
    QVERIFY(server.isListening());
    server.route("/health", answer(200, "OK", "ok"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const RunResult r = run(probe(server.url(QStringLiteral("/health"))));
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(r.reason, QString());
    QCOMPARE(r.commands, QStringList{QStringLiteral("GET ") + server.url(QStringLiteral("/health"))});
    QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(r.finishedAt.timeSpec(), Qt::UTC);
    QVERIFY(r.startedAt >= before);
    QVERIFY(r.finishedAt >= r.startedAt);
    QVERIFY(r.finishedAt <= QDateTime::currentDateTimeUtc().addMSecs(1));
    QVERIFY(r.durationMs >= 0 && r.durationMs < 5000);
    QVERIFY2(r.log.startsWith(QByteArray("GET " + server.url(QStringLiteral("/health")).toUtf8() + "\nHTTP/1.1 200 OK  (")),
             r.log.constData());
    QVERIFY2(r.log.endsWith("\n\nok\n"), r.log.constData());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().method, QByteArray("GET"));
    QCOMPARE(server.requests().constFirst().path, QByteArray("/health"));
}

void TestProbeRunner::status_data()
{
    QTest::addColumn<int>("served");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("reason");
    QTest::newRow("503 where 200 is expected") << 503 << 200 << QStringLiteral("expected status 200, got 503");
    QTest::newRow("404 where 200 is expected") << 404 << 200 << QStringLiteral("expected status 200, got 404");
    QTest::newRow("204 where 200 is expected") << 204 << 200 << QStringLiteral("expected status 200, got 204");
    QTest::newRow("200 where 503 is expected") << 200 << 503 << QStringLiteral("expected status 503, got 200");
    QTest::newRow("503 expected and served") << 503 << 503 << QString();
}

void TestProbeRunner::status()
{
    QFETCH(int, served);
    QFETCH(int, expected);
    QFETCH(QString, reason);
    HttpTestServer server;
    server.route("/s", answer(served, "Whatever", served == 204 ? QByteArray() : QByteArray("body")));
    Probe p = probe(server.url(QStringLiteral("/s")));
    p.expectedStatus = expected;
    const RunResult r = run(p);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.verdict, reason.isEmpty() ? Verdict::Passed : Verdict::Failed);
    // The status the server gave is in the evidence, whatever the verdict.
    QVERIFY2(r.log.contains(QByteArray("\nHTTP/1.1 " + QByteArray::number(served) + " Whatever  (")), r.log.constData());
}

void TestProbeRunner::latency_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("maxLatencyMs");
    QTest::addColumn<bool>("passes");
    QTest::newRow("slow, over the maximum") << 250 << 100 << false;
    QTest::newRow("quick, within the maximum") << 0 << 2000 << true;
    QTest::newRow("slow, unchecked") << 150 << 0 << true;
}

void TestProbeRunner::latency()
{
    QFETCH(int, delayMs);
    QFETCH(int, maxLatencyMs);
    QFETCH(bool, passes);
    HttpTestServer server;
    Route slow = answer(200, "OK", "ok");
    slow.delayMs = delayMs;
    server.route("/slow", slow);
    Probe p = probe(server.url(QStringLiteral("/slow")));
    p.maxLatencyMs = maxLatencyMs;
    const RunResult r = run(p);
    QCOMPARE(r.verdict, passes ? Verdict::Passed : Verdict::Failed);
    if (passes)
        return;
    static const QRegularExpression took(QStringLiteral("^took (\\d+) ms, more than 100 ms$"));
    const QRegularExpressionMatch m = took.match(r.reason);
    QVERIFY2(m.hasMatch(), qPrintable(r.reason));
    QVERIFY(m.captured(1).toInt() >= delayMs);
    QVERIFY(r.log.contains(QByteArray("HTTP/1.1 200 OK  (" + m.captured(1).toUtf8() + " ms)")));
}

void TestProbeRunner::timeout()
{
    HttpTestServer server;
    Route slow = answer(200, "OK", "late");
    slow.delayMs = 300;
    server.route("/slow", slow);
    Probe p = probe(server.url(QStringLiteral("/slow")));
    p.timeoutMs = 100;
    const RunResult r = run(p);
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("timed out after 100 ms"));
    QVERIFY2(r.durationMs >= 100 && r.durationMs < 300, qPrintable(QString::number(r.durationMs)));
    QVERIFY(r.log.endsWith("-- timed out after 100 ms\n"));

    // The timeout bounds the whole probe, redirects included.
    Route moved = answer(302, "Found");
    moved.location = "/slow";
    moved.delayMs = 60;
    server.route("/moved", moved);
    p.url = server.url(QStringLiteral("/moved"));
    p.timeoutMs = 150;
    const RunResult viaRedirect = run(p);
    QCOMPARE(viaRedirect.reason, QStringLiteral("timed out after 150 ms"));
    QVERIFY2(viaRedirect.durationMs >= 150 && viaRedirect.durationMs < 300, qPrintable(QString::number(viaRedirect.durationMs)));
    QVERIFY2(viaRedirect.log.contains(QByteArray("\nGET " + server.url(QStringLiteral("/slow")).toUtf8() + "\n\n-- timed out")),
             viaRedirect.log.constData());
}

void TestProbeRunner::connectionRefused()
{
    // A port the OS gave us and that nobody listens on any more.
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    const RunResult r = run(probe(QStringLiteral("http://127.0.0.1:%1/health").arg(port)));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("connection refused"));
    QCOMPARE(r.log, QByteArray("GET http://127.0.0.1:" + QByteArray::number(port) + "/health\n\n-- connection refused\n"));
}

void TestProbeRunner::closedWithoutAnswer()
{
    HttpTestServer server;
    Route hangUp;
    hangUp.closeWithoutAnswer = true;
    server.route("/x", hangUp);
    const RunResult r = run(probe(server.url(QStringLiteral("/x"))));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("the server closed the connection without answering"));
}

void TestProbeRunner::closedInTheMiddleOfTheBody()
{
    // The status line said 200, but the body never all came: no answer, whatever the status.
    HttpTestServer server;
    Route cut = answer(200, "OK", QByteArray(4000, 'o'));
    cut.cutBodyAt = 1000;
    server.route("/cut", cut);
    const RunResult r = run(probe(server.url(QStringLiteral("/cut"))));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("the server closed the connection before the whole response arrived"));
    QVERIFY2(r.log.contains("HTTP/1.1 200 OK  ("), r.log.constData());
    QVERIFY2(r.log.endsWith("\n-- the server closed the connection before the whole response arrived\n"), r.log.constData());
}

void TestProbeRunner::sameOriginRedirectIsFollowed()
{
    HttpTestServer server;
    Route moved = answer(302, "Found");
    moved.location = "/new";
    server.route("/old", moved);
    Route absolute = answer(301, "Moved Permanently");
    absolute.location = server.url(QStringLiteral("/old")).toUtf8();
    server.route("/older", absolute);
    server.route("/new", answer(200, "OK", "ready"));
    Probe p = probe(server.url(QStringLiteral("/older")));
    p.bodyContains = QStringLiteral("ready");
    const RunResult r = run(p);
    QVERIFY2(r.verdict == Verdict::Passed, r.log.constData());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).path, QByteArray("/new"));
    const QByteArray old = server.url(QStringLiteral("/old")).toUtf8();
    const QByteArray target = server.url(QStringLiteral("/new")).toUtf8();
    QVERIFY2(r.log.startsWith(QByteArray("GET " + server.url(QStringLiteral("/older")).toUtf8()
                              + "\nHTTP/1.1 301 Moved Permanently\nLocation: " + old + "\n\nGET " + old
                              + "\nHTTP/1.1 302 Found\nLocation: " + target + "\n\nGET " + target
                              + "\nHTTP/1.1 200 OK  (")),
             r.log.constData());
}

void TestProbeRunner::crossOriginRedirectIsRefused()
{
    HttpTestServer first;
    HttpTestServer other;
    other.route("/x", answer(200, "OK", "elsewhere"));
    Route away = answer(302, "Found");
    away.location = other.url(QStringLiteral("/x")).toUtf8();
    first.route("/go", away);
    const RunResult r = run(probe(first.url(QStringLiteral("/go"))));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("redirect to another origin refused: ") + other.url(QStringLiteral("/x")));
    QVERIFY(other.requests().isEmpty());
    // The refused redirect's own response is the evidence of where it pointed.
    QVERIFY2(r.log.contains("HTTP/1.1 302 Found  ("), r.log.constData());
    QVERIFY2(r.log.contains(QByteArray("\nLocation: " + other.url(QStringLiteral("/x")).toUtf8() + '\n')), r.log.constData());
}

void TestProbeRunner::redirectToAnotherPortOfTheSameHostIsRefused()
{
    // Same scheme and host but another port is another origin; so is localhost for 127.0.0.1.
    HttpTestServer server;
    Route away = answer(307, "Temporary Redirect");
    away.location = QByteArray("http://localhost:") + QByteArray::number(server.port()) + "/x";
    server.route("/go", away);
    server.route("/x", answer(200, "OK"));
    const RunResult r = run(probe(server.url(QStringLiteral("/go"))));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("redirect to another origin refused: http://localhost:%1/x").arg(server.port()));
    QCOMPARE(server.requests().size(), 1);
}

void TestProbeRunner::redirectLoopEnds()
{
    HttpTestServer server;
    Route loop = answer(302, "Found");
    loop.location = "/loop";
    server.route("/loop", loop);
    const RunResult r = run(probe(server.url(QStringLiteral("/loop"))));
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, QStringLiteral("more than 10 redirects"));
    QCOMPARE(server.requests().size(), ProbeRunner::maxRedirects + 1);
}

void TestProbeRunner::expectedRedirectIsNotFollowed()
{
    // "The login page answers 302": the redirect is the answer.
    HttpTestServer server;
    Route login = answer(302, "Found");
    login.location = "/sso";
    server.route("/login", login);
    Probe p = probe(server.url(QStringLiteral("/login")));
    p.expectedStatus = 302;
    const RunResult r = run(p);
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(server.requests().size(), 1);
}

void TestProbeRunner::bodyContains_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bodyDelayMs");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("reason");
    QTest::newRow("found") << QByteArray(R"({"status":"ready"})") << 0 << QStringLiteral("\"ready\"") << QString();
    QTest::newRow("missing") << QByteArray(R"({"status":"starting"})") << 0 << QStringLiteral("ready")
                             << QStringLiteral("the body does not contain \u201cready\u201d");
    QTest::newRow("case matters") << QByteArray("READY") << 0 << QStringLiteral("ready")
                                  << QStringLiteral("the body does not contain \u201cready\u201d");
    QTest::newRow("non-ASCII text") << QByteArray("état: prêt") << 0 << QStringLiteral("prêt") << QString();
    // The body arrives in two reads 50 ms apart, split at "NEE|DLE", inside the text searched for.
    QTest::newRow("split across reads") << QByteArray("aaaaaaaaaaNEEDLEbbbbbbbbbb") << 50
                                        << QStringLiteral("aNEEDLEb") << QString();
}

void TestProbeRunner::bodyContains()
{
    QFETCH(QByteArray, body);
    QFETCH(int, bodyDelayMs);
    QFETCH(QString, needle);
    QFETCH(QString, reason);
    HttpTestServer server;
    Route r200 = answer(200, "OK", body);
    r200.bodyDelayMs = bodyDelayMs;
    server.route("/b", r200);
    Probe p = probe(server.url(QStringLiteral("/b")));
    p.bodyContains = needle;
    const RunResult r = run(p);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.verdict, reason.isEmpty() ? Verdict::Passed : Verdict::Failed);
    QVERIFY2(r.log.endsWith(QByteArray("\n\n" + body + '\n')), r.log.constData());
}

void TestProbeRunner::bodyOverTheCap_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("reason");
    const qsizetype cap = qsizetype(ProbeRunner::bodyReadCap);
    QTest::newRow("found before the cap") << QByteArray("MARK") << qsizetype(10) << QString();
    QTest::newRow("only past the cap") << QByteArray("MARK") << cap + 1000
                                       << QStringLiteral("the first 1 MiB of the body do not contain \u201cMARK\u201d");
    QTest::newRow("nothing to find") << QByteArray() << qsizetype(0) << QString();
}

void TestProbeRunner::bodyOverTheCap()
{
    QFETCH(QByteArray, needle);
    QFETCH(qsizetype, position);
    QFETCH(QString, reason);
    QByteArray body(qsizetype(ProbeRunner::bodyReadCap) * 2, 'x');
    if (!needle.isEmpty())
        body.replace(position, needle.size(), needle);
    HttpTestServer server;
    server.route("/big", answer(200, "OK", body));
    Probe p = probe(server.url(QStringLiteral("/big")));
    p.bodyContains = QString::fromUtf8(needle);
    const RunResult r = run(p);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.verdict, reason.isEmpty() ? Verdict::Passed : Verdict::Failed);
    // Reading stopped at the cap, and the log still keeps only the first KiB.
    QVERIFY2(r.log.endsWith(QByteArray("\n" + body.left(1024) + "\n[first 1024 bytes shown; reading stopped after 1048576 bytes]\n")),
             r.log.right(1200).constData());
    QVERIFY(r.log.size() < 2048);
}

void TestProbeRunner::logKeepsHeadersAndTheFirstKiB()
{
    HttpTestServer server;
    QByteArray body;
    for (int i = 0; body.size() < 3000; ++i)
        body += "line " + QByteArray::number(i) + "\r\n";
    body.truncate(3000);
    body[5] = '\0';   // kept as received, never interpreted as text
    Route r200 = answer(200, "OK", body);
    r200.headers = {{"Content-Type", "text/plain; charset=utf-8"}, {"X-Release", "1.4.2"}};
    server.route("/h", r200);
    Probe p = probe(server.url(QStringLiteral("/h")));
    p.expectedStatus = 200;
    const RunResult r = run(p);
    QCOMPARE(r.verdict, Verdict::Passed);
    const qsizetype blank = r.log.indexOf("\n\n");
    QVERIFY(blank > 0);
    const QByteArray head = r.log.left(blank + 1);
    QVERIFY2(head.contains("\nContent-Type: text/plain; charset=utf-8\n"), head.constData());
    QVERIFY2(head.contains("\nX-Release: 1.4.2\n"), head.constData());
    QVERIFY2(head.contains("\nContent-Length: 3000\n"), head.constData());
    QCOMPARE(r.log.mid(blank + 2), QByteArray(body.left(1024) + "\n[first 1024 of 3000 bytes shown]\n"));
    QCOMPARE(r.bytesDropped, 3000 - 1024);
}

void TestProbeRunner::cookiesAreNeitherKeptNorSent()
{
    HttpTestServer server;
    Route login = answer(200, "OK", "hi");
    login.headers = {{"Set-Cookie", "session=s3cr3t-value; Path=/"}};
    server.route("/login", login);
    server.route("/health", answer(200, "OK", "ok"));
    ProbeRunner runner;
    const RunResult first = run(runner, probe(server.url(QStringLiteral("/login"))));
    QCOMPARE(first.verdict, Verdict::Passed);
    // A session cookie in stored evidence would be a credential.
    QVERIFY2(!first.log.contains("s3cr3t"), first.log.constData());
    QVERIFY2(first.log.contains("\nSet-Cookie: ***\n"), first.log.constData());
    const RunResult second = run(runner, probe(server.url(QStringLiteral("/health"))));
    QCOMPARE(second.verdict, Verdict::Passed);
    QCOMPARE(server.requests().size(), 2);
    for (const auto &[name, value] : server.requests().at(1).headers)
        QVERIFY2(name.compare("Cookie", Qt::CaseInsensitive) != 0, value.constData());
}

void TestProbeRunner::headRequest()
{
    HttpTestServer server;
    server.route("/h", answer(200, "OK", "never sent"));
    Probe p = probe(server.url(QStringLiteral("/h")));
    p.method = QStringLiteral("head");
    const RunResult r = run(p);
    QCOMPARE(r.verdict, Verdict::Passed);
    QCOMPARE(r.commands, QStringList{QStringLiteral("HEAD ") + server.url(QStringLiteral("/h"))});
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().method, QByteArray("HEAD"));
}

void TestProbeRunner::refusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ftp") << QStringLiteral("GET") << QStringLiteral("ftp://127.0.0.1/x")
                         << QStringLiteral("only http and https URLs can be probed, not \u201cftp://127.0.0.1/x\u201d");
    QTest::newRow("file") << QStringLiteral("GET") << QStringLiteral("file:///etc/passwd")
                          << QStringLiteral("only http and https URLs can be probed, not \u201cfile:///etc/passwd\u201d");
    QTest::newRow("no scheme") << QStringLiteral("GET") << QStringLiteral("localhost:8080/health")
                               << QStringLiteral("only http and https URLs can be probed, not \u201clocalhost:8080/health\u201d");
    QTest::newRow("no scheme, IP") << QStringLiteral("GET") << QStringLiteral("127.0.0.1:8080/health")
                                   << QStringLiteral("not a valid URL: \u201c127.0.0.1:8080/health\u201d");
    QTest::newRow("relative") << QStringLiteral("GET") << QStringLiteral("/health")
                              << QStringLiteral("not a valid URL: \u201c/health\u201d");
    QTest::newRow("empty") << QStringLiteral("GET") << QString() << QStringLiteral("not a valid URL: \u201c\u201d");
    QTest::newRow("no host") << QStringLiteral("GET") << QStringLiteral("http:///health")
                             << QStringLiteral("the URL \u201chttp:///health\u201d names no host");
    QTest::newRow("placeholder host") << QStringLiteral("GET") << QStringLiteral("http://<staging>/health")
                                      << QStringLiteral("not a valid URL: \u201chttp://<staging>/health\u201d");
    QTest::newRow("POST") << QStringLiteral("POST") << QStringLiteral("http://127.0.0.1:1/x")
                          << QStringLiteral("a probe sends GET or HEAD, not \u201cPOST\u201d");
}

void TestProbeRunner::refusedBeforeAnyRequest()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QString, reason);
    Probe p = probe(url);
    p.method = method;
    const RunResult r = run(p);
    QCOMPARE(r.verdict, Verdict::Failed);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.log, (method + u' ' + url + QStringLiteral("\n\n-- ") + reason + u'\n').toUtf8());
}

void TestProbeRunner::tlsErrorIsAFailure()
{
    const QSslKey key(QByteArray(testKey), QSsl::Ec);
    const QSslCertificate certificate{QByteArray(testCertificate)};
    QVERIFY(!key.isNull());
    QVERIFY(!certificate.isNull());
    HttpTestServer server(key, certificate);
    QVERIFY(server.isListening());
    server.route("/health", answer(200, "OK", "ok"));
    const RunResult r = run(probe(server.url(QStringLiteral("/health"))));
    QCOMPARE(r.verdict, Verdict::Failed);
    QVERIFY2(r.reason.startsWith(QStringLiteral("TLS error: ")), qPrintable(r.reason));
    QVERIFY2(r.reason.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive), qPrintable(r.reason));
    // Nothing was sent over the untrusted connection.
    QVERIFY(server.requests().isEmpty());
}

void TestProbeRunner::cancel()
{
    HttpTestServer server;
    Route slow = answer(200, "OK", "late");
    slow.delayMs = 300;
    server.route("/slow", slow);
    ProbeRunner runner;
    QSignalSpy spy(&runner, &ProbeRunner::finished);
    runner.cancel();   // idle: nothing
    QVERIFY(runner.start(probe(server.url(QStringLiteral("/slow")))));
    QTRY_COMPARE(server.requests().size(), 1);
    runner.cancel();
    QCOMPARE(spy.count(), 0);   // not inside cancel()
    QVERIFY(runner.isRunning());
    QVERIFY(spy.wait(2000));
    QVERIFY(!runner.isRunning());
    const RunResult r = spy.constFirst().constFirst().value<RunResult>();
    QCOMPARE(r.verdict, Verdict::Cancelled);
    QCOMPARE(r.reason, QStringLiteral("cancelled"));
    QVERIFY(r.durationMs < 300);
    runner.cancel();   // decided: nothing more
    QTest::qWait(350);
    QCOMPARE(spy.count(), 1);
}

void TestProbeRunner::finishedOnceAndReusable()
{
    HttpTestServer server;
    server.route("/a", answer(200, "OK", "a"));
    server.route("/b", answer(500, "Internal Server Error", "b"));
    ProbeRunner runner;
    QSignalSpy spy(&runner, &ProbeRunner::finished);
    QVERIFY(runner.start(probe(server.url(QStringLiteral("/a")))));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(probe(server.url(QStringLiteral("/b")))));   // one at a time
    QVERIFY(spy.wait(5000));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<RunResult>().verdict, Verdict::Passed);
    QVERIFY(runner.start(probe(server.url(QStringLiteral("/b")))));
    QVERIFY(spy.wait(5000));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<RunResult>().reason, QStringLiteral("expected status 200, got 500"));
    QCOMPARE(server.requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "tst_proberunner.moc"
