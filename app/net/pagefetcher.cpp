// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/pagefetcher.h"

#include "crossread_version.h"
#include "import/mimeheader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace Crossread {
namespace {

struct FetchText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Fetch)
};

QString tooLarge(qint64 limit)
{
    return FetchText::tr("the page is larger than the import limit of %1 MB").arg(limit / (1024 * 1024));
}

/// What a response's media type means for import; empty when it is not a page Crossread reads.
std::optional<FormatHint> hintForMediaType(const QByteArray &mediaType)
{
    if (mediaType.isEmpty())
        return FormatHint::Auto;   // no type given: the importer looks at the content
    if (mediaType == "text/html" || mediaType == "application/xhtml+xml")
        return FormatHint::Html;
    if (mediaType == "application/pdf")
        return FormatHint::Pdf;
    return std::nullopt;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

/// The state of one address while it is fetched.
struct Transfer {
    QUrl original;
    QUrl current;
    int redirects = 0;
    QPointer<QNetworkReply> reply{};
    QTimer *deadline = nullptr;
    QByteArray body{};
    QByteArray contentType{};
    QString failure{};        ///< set when we stop the transfer ourselves
    QString httpError{};      ///< an error status: its page is read and dropped, then reported
    qint64 dropped = 0;
    bool done = false;
};

class PageFetcherPrivate {
public:
    PageFetcherPrivate(PageFetcher *q, const FetchOptions &options) : q(q), options(options) {}

    void start(int index);
    void startRequest(int index);
    void onMetaData(int index);
    void onReadyRead(int index);
    void onFinished(int index);
    void complete(int index, FetchResult result);
    void stop(int index, const QString &reason);
    void startNext();

    PageFetcher *q;
    FetchOptions options;
    QNetworkAccessManager manager;
    QList<Transfer> transfers;
    QList<FetchResult> results;
    int next = 0;
    int completed = 0;
    bool running = false;
};

void PageFetcherPrivate::startNext()
{
    while (running && next < transfers.size()) {
        int active = 0;
        for (const Transfer &transfer : std::as_const(transfers))
            active += transfer.reply ? 1 : 0;
        if (active >= qMax(1, options.parallel))
            return;
        start(next++);
    }
}

void PageFetcherPrivate::start(int index)
{
    Transfer &transfer = transfers[index];
    transfer.current = transfer.original;
    transfer.deadline = new QTimer(q);
    transfer.deadline->setSingleShot(true);
    QObject::connect(transfer.deadline, &QTimer::timeout, q, [this, index] {
        stop(index, FetchText::tr("no complete answer within %n second(s)", nullptr, qMax(1, options.timeoutMs / 1000)));
    });
    transfer.deadline->start(options.timeoutMs);
    startRequest(index);
}

void PageFetcherPrivate::startRequest(int index)
{
    Transfer &transfer = transfers[index];
    QNetworkRequest request(transfer.current);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Crossread/%1 (news coverage reader)").arg(QStringLiteral(CROSSREAD_VERSION_STRING)));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1");
    // Redirects are followed here, to count them and to refuse any that leaves http(s).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(options.timeoutMs);
    transfer.body.clear();
    transfer.contentType.clear();
    transfer.dropped = 0;
    QNetworkReply *reply = manager.get(request);
    transfer.reply = reply;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, index] { onMetaData(index); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, index] { onReadyRead(index); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, index] { onFinished(index); });
}

void PageFetcherPrivate::onMetaData(int index)
{
    Transfer &transfer = transfers[index];
    QNetworkReply *reply = transfer.reply;
    if (!reply || !transfer.failure.isEmpty())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status))
        return;   // the body of a redirect is not read
    if (status >= 400) {
        // Aborting a reply Qt has already marked as failed confuses QNetworkReply; the error
        // page is read and dropped instead (and stopped at the size limit like a page).
        transfer.httpError = FetchText::tr("the server answered %1 %2")
                                 .arg(status)
                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > options.maxBytes) {
        stop(index, tooLarge(options.maxBytes));
        return;
    }
    transfer.contentType = reply->rawHeader("Content-Type");
    const QByteArray mediaType = mediaTypeOf(transfer.contentType);
    if (!hintForMediaType(mediaType)) {
        stop(index, FetchText::tr("the address gives %1, not a web page or a PDF").arg(QString::fromLatin1(mediaType)));
        return;
    }
}

void PageFetcherPrivate::onReadyRead(int index)
{
    Transfer &transfer = transfers[index];
    QNetworkReply *reply = transfer.reply;
    if (!reply || !transfer.failure.isEmpty())
        return;
    if (!transfer.httpError.isEmpty() || isRedirect(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
        transfer.dropped += reply->readAll().size();
        if (transfer.dropped > options.maxBytes)
            stop(index, transfer.httpError.isEmpty() ? tooLarge(options.maxBytes) : transfer.httpError);
        return;
    }
    // Read no more than one byte past the limit, whatever the server keeps sending.
    transfer.body += reply->read(options.maxBytes + 1 - transfer.body.size());
    if (transfer.body.size() > options.maxBytes)
        stop(index, tooLarge(options.maxBytes));
}

void PageFetcherPrivate::stop(int index, const QString &reason)
{
    Transfer &transfer = transfers[index];
    if (transfer.done)
        return;
    transfer.failure = reason;
    if (transfer.reply)
        transfer.reply->abort();   // emits finished(), which completes with the failure
    else
        complete(index, ImportError{transfer.original.toDisplayString(), reason});
}

void PageFetcherPrivate::onFinished(int index)
{
    Transfer &transfer = transfers[index];
    QNetworkReply *reply = transfer.reply;
    if (!reply || transfer.done)
        return;
    reply->deleteLater();
    transfer.reply = nullptr;
    const QString name = transfer.original.toDisplayString();
    if (!transfer.failure.isEmpty() || !transfer.httpError.isEmpty()) {
        complete(index, ImportError{name, transfer.failure.isEmpty() ? transfer.httpError : transfer.failure});
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location").trimmed();
        const QUrl target = location.isEmpty() ? QUrl() : reply->url().resolved(QUrl::fromEncoded(location));
        if (++transfer.redirects > options.maxRedirects) {
            complete(index, ImportError{name, FetchText::tr("it redirects more than %n time(s)", nullptr, options.maxRedirects)});
        } else if (!target.isValid() || (target.scheme() != u"http" && target.scheme() != u"https")) {
            complete(index, ImportError{name, FetchText::tr("it redirects to %1, which is not a web address")
                                                  .arg(target.toDisplayString())});
        } else {
            transfer.current = target;
            startRequest(index);
        }
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        complete(index, ImportError{name, FetchText::tr("the server's name %1 was not found (DNS)").arg(reply->url().host())});
        return;
    case QNetworkReply::ConnectionRefusedError:
        complete(index, ImportError{name, FetchText::tr("the server refused the connection")});
        return;
    case QNetworkReply::SslHandshakeFailedError:
        complete(index, ImportError{name, FetchText::tr("the secure connection failed (TLS): %1").arg(reply->errorString())});
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        complete(index, ImportError{name, FetchText::tr("no complete answer within %n second(s)", nullptr,
                                                        qMax(1, options.timeoutMs / 1000))});
        return;
    default:
        if (status >= 400) {
            complete(index, ImportError{name, FetchText::tr("the server answered %1 %2")
                                                  .arg(status)
                                                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())});
        } else {
            complete(index, ImportError{name, FetchText::tr("it could not be fetched: %1").arg(reply->errorString())});
        }
        return;
    }
    transfer.body += reply->read(options.maxBytes + 1 - transfer.body.size());
    if (transfer.body.size() > options.maxBytes) {
        complete(index, ImportError{name, tooLarge(options.maxBytes)});
        return;
    }
    ImportSource source;
    source.bytes = std::move(transfer.body);
    source.name = reply->url().toDisplayString();
    const QByteArray mediaType = mediaTypeOf(transfer.contentType);
    source.hint = hintForMediaType(mediaType).value_or(FormatHint::Auto);
    if (source.hint != FormatHint::Pdf)
        source.declaredCharset = headerParameter(transfer.contentType, "charset");
    source.fetchedUrl = reply->url().toString(QUrl::FullyEncoded);
    source.fetchedAt = QDateTime::currentDateTimeUtc();
    complete(index, std::move(source));
}

void PageFetcherPrivate::complete(int index, FetchResult result)
{
    Transfer &transfer = transfers[index];
    if (transfer.done)
        return;
    transfer.done = true;
    if (transfer.deadline) {
        transfer.deadline->stop();
        transfer.deadline->deleteLater();
        transfer.deadline = nullptr;
    }
    results[index] = std::move(result);
    ++completed;
    Q_EMIT q->progress(completed, int(transfers.size()));
    if (completed == transfers.size()) {
        running = false;
        Q_EMIT q->finished();
        return;
    }
    startNext();
}

PageFetcher::PageFetcher(const FetchOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PageFetcherPrivate>(this, options))
{
    // Each request sets cookies and the cache to manual: none is sent or kept, nothing cached.
    d->manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PageFetcher::~PageFetcher()
{
    for (Transfer &transfer : d->transfers) {
        transfer.done = true;
        if (transfer.reply) {
            transfer.reply->disconnect(this);
            transfer.reply->abort();
        }
    }
}

void PageFetcher::fetch(const QList<QUrl> &urls)
{
    if (d->running)
        cancel();
    d->transfers.clear();
    d->results.clear();
    for (const QUrl &url : urls) {
        d->transfers.append(Transfer{url, url});
        d->results.append(ImportError{url.toDisplayString(), QString()});
    }
    d->next = 0;
    d->completed = 0;
    d->running = true;
    if (urls.isEmpty()) {
        d->running = false;
        QTimer::singleShot(0, this, &PageFetcher::finished);
        return;
    }
    d->startNext();
}

void PageFetcher::cancel()
{
    if (!d->running)
        return;
    const QString cancelled = FetchText::tr("cancelled");
    d->next = int(d->transfers.size());   // start nothing more
    // Addresses not started yet complete at once; running ones when their abort finishes.
    for (int index = 0; index < d->transfers.size() && d->running; ++index) {
        if (!d->transfers.at(index).done)
            d->stop(index, cancelled);
    }
}

bool PageFetcher::isRunning() const
{
    return d->running;
}

QList<FetchResult> PageFetcher::results() const
{
    return d->results;
}

QList<FetchResult> fetchPages(const QList<QUrl> &urls, const FetchOptions &options)
{
    PageFetcher fetcher(options);
    QEventLoop loop;
    QObject::connect(&fetcher, &PageFetcher::finished, &loop, &QEventLoop::quit);
    fetcher.fetch(urls);
    if (fetcher.isRunning() || urls.isEmpty())
        loop.exec();
    return fetcher.results();
}

bool networkForbidden()
{
    return QSettings().value(neverUseNetworkKey, false).toBool();
}

bool isWebAddress(QStringView argument)
{
    return argument.startsWith(u"http://", Qt::CaseInsensitive) || argument.startsWith(u"https://", Qt::CaseInsensitive);
}

Expected<QUrl, QString> parseWebAddress(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return FetchText::tr("no address given");
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return FetchText::tr("%1 is not a web address").arg(trimmed);
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return FetchText::tr("%1 is not a web address (only http and https are fetched)").arg(trimmed);
    return url;
}

} // namespace Crossread
