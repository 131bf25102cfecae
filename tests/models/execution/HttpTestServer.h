#pragma once
// A small real HTTP/1.1 server on 127.0.0.1 for the probe tests: the OS picks the port, each path's
// answer is scripted (status, delay, body, Location, headers, or closing without an answer), and the
// requests it saw are kept. Optionally TLS (QSslServer) with a given key and certificate.
// One request per connection, answered with "Connection: close", which is all a probe needs.

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace fixture {

struct Route {
    int status = 200;
    QByteArray reason = "OK";
    int delayMs = 0;              // before anything is written
    QByteArray body;
    QByteArray location;          // sent as Location when set
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeWithoutAnswer = false;
    int bodyDelayMs = 0;          // set: the first half of the body goes with the headers, the rest this much later
    qsizetype cutBodyAt = -1;     // set: only this much of the body is sent (Content-Length says all), then close
};

struct SeenRequest {
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class HttpTestServer final {
public:
    HttpTestServer() : HttpTestServer(QSslKey(), QSslCertificate(QByteArray())) {}
    // TLS when key and certificate are given.
    HttpTestServer(const QSslKey &key, const QSslCertificate &certificate)
    {
        if (!key.isNull()) {
            auto tls = std::make_unique<QSslServer>();
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setPrivateKey(key);
            config.setLocalCertificate(certificate);
            tls->setSslConfiguration(config);
            m_tls = true;
            m_server = std::move(tls);
            // QSslServer hands the socket out only after the handshake; a failed one just ends it.
            QObject::connect(static_cast<QSslServer *>(m_server.get()), &QSslServer::errorOccurred,
                             m_server.get(), [](QSslSocket *socket, QAbstractSocket::SocketError) {
                                 socket->deleteLater();
                             });
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(),
                         [this] { acceptAll(); });
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(port()).arg(path);
    }
    void route(const QByteArray &path, const Route &answer) { m_routes.insert(path, answer); }
    const QList<SeenRequest> &requests() const { return m_requests; }

private:
    void acceptAll()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(m_server.get());
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || buffer->isEmpty())
                    return;
                const QByteArray head = buffer->left(end);
                buffer->clear();
                answer(socket, head);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &requestHead)
    {
        const QList<QByteArray> lines = requestHead.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        SeenRequest seen{requestLine.value(0), requestLine.value(1), {}};
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                seen.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        m_requests.append(seen);
        Route r;
        const auto it = m_routes.constFind(seen.path);
        if (it != m_routes.constEnd()) {
            r = it.value();
        } else {
            r.status = 404;
            r.reason = "Not Found";
            r.body = "no route";
        }
        const bool head = seen.method == "HEAD";
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(r.delayMs, socket, [guard, r, head] {
            if (!guard)
                return;
            if (r.closeWithoutAnswer) {
                guard->disconnectFromHost();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
            out += "Connection: close\r\n";
            if (!r.location.isEmpty())
                out += "Location: " + r.location + "\r\n";
            for (const auto &[name, value] : r.headers)
                out += name + ": " + value + "\r\n";
            out += "\r\n";
            const qsizetype split = r.bodyDelayMs > 0 && !head ? r.body.size() / 2 : 0;
            guard->write(out + (head ? QByteArray() : r.body.left(split)));
            const auto sendRest = [guard, r, head, split] {
                if (!guard)
                    return;
                if (!head)
                    guard->write(r.cutBodyAt >= 0 ? r.body.mid(split, r.cutBodyAt - split) : r.body.mid(split));
                guard->disconnectFromHost();
            };
            if (r.bodyDelayMs > 0) {
                guard->flush();
                QTimer::singleShot(r.bodyDelayMs, guard.data(), sendRest);
            } else {
                sendRest();
            }
        });
    }

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Route> m_routes;
    QList<SeenRequest> m_requests;
};

} // namespace fixture
