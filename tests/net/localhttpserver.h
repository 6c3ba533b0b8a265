// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted HTTP/1.1 server on 127.0.0.1 for the fetch tests: each path answers with fixed
// bytes, never, or with an endless body; every request's path and headers are recorded.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class LocalHttpServer : public QObject {
    Q_OBJECT
public:
    enum class Mode { Answer, Silent, Endless };
    struct Request {
        QByteArray path;
        QByteArray headers;   ///< lower-cased header block
    };

    explicit LocalHttpServer(QObject *parent = nullptr);
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QUrl url(const QByteArray &path) const;

    /// `path` answers with a complete response built from the parts.
    void answer(const QByteArray &path, int status, const QByteArray &headers, const QByteArray &body);
    /// `path` answers a redirect to `location`.
    void redirect(const QByteArray &path, const QByteArray &location, int status = 302);
    /// `path` answers with exactly these bytes (headers that lie, for instance).
    void raw(const QByteArray &path, const QByteArray &response);
    void silent(const QByteArray &path);
    /// `path` sends a 200 text/html header without a length, then bytes until the client leaves.
    void endless(const QByteArray &path);

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, std::pair<Mode, QByteArray>> m_routes;
    QList<Request> m_requests;
};
