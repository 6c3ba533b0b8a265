// SPDX-License-Identifier: GPL-3.0-or-later
#include "localhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

bool LocalHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LocalHttpServer::stop()
{
    m_server.close();
}

QUrl LocalHttpServer::url(const QByteArray &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QString::fromLatin1(path)));
}

void LocalHttpServer::answer(const QByteArray &path, int status, const QByteArray &headers, const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : status == 404 ? " Not Found" : " Status")
                        + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                        + body;
    m_routes.insert(path, {Mode::Answer, response});
}

void LocalHttpServer::redirect(const QByteArray &path, const QByteArray &location, int status)
{
    answer(path, status, "Location: " + location + "\r\nContent-Type: text/html\r\n", "<p>Moved</p>");
}

void LocalHttpServer::raw(const QByteArray &path, const QByteArray &response)
{
    m_routes.insert(path, {Mode::Answer, response});
}

void LocalHttpServer::silent(const QByteArray &path)
{
    m_routes.insert(path, {Mode::Silent, {}});
}

void LocalHttpServer::endless(const QByteArray &path)
{
    m_routes.insert(path, {Mode::Endless, {}});
}

void LocalHttpServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("served").toBool())
        return;
    socket->setProperty("served", true);
    const QByteArray head = buffer.left(end);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.value(1);
    m_requests.append(Request{path, head.mid(head.indexOf("\r\n") + 2).toLower()});
    const auto route = m_routes.constFind(path);
    if (route == m_routes.cend()) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
        socket->disconnectFromHost();
        return;
    }
    switch (route->first) {
    case Mode::Answer:
        socket->write(route->second);
        socket->disconnectFromHost();
        break;
    case Mode::Silent:
        break;
    case Mode::Endless: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body><p>");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] {
            if (socket->bytesToWrite() < 1024 * 1024)
                socket->write(QByteArray(64 * 1024, 'x'));
        });
        timer->start(1);
        break;
    }
    }
}
