// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "core/inputlimits.h"
#include "import/importer.h"

#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Crossread {

/// The QSettings key of Preferences ▸ "Never use the network"; the CLI honours it too.
inline constexpr QLatin1StringView neverUseNetworkKey{"network/neverUse"};

/// Whether the user forbade the network (the application's QSettings).
[[nodiscard]] bool networkForbidden();

/// How pages are fetched. The defaults are the application's; tests shorten the timeout.
struct FetchOptions {
    int maxRedirects = 5;
    int timeoutMs = 30'000;                       ///< per address, from request to last byte
    qint64 maxBytes = Limits::maxImportBytes;
    int parallel = 4;                             ///< addresses fetched at the same time
};

/// One address's outcome: the page's bytes, ready to import (name, format hint, the charset
/// the server declared, final address, fetch time), or why there is none.
using FetchResult = Expected<ImportSource, ImportError>;

/// An address typed or pasted by the user as an http(s) URL; the error (translated) says why
/// it is not one. "example.org/story" is read as http://example.org/story.
[[nodiscard]] Expected<QUrl, QString> parseWebAddress(QStringView text);

/// True when a command-line argument names a web page rather than a file (http:// or https://).
[[nodiscard]] bool isWebAddress(QStringView argument);

class PageFetcherPrivate;

/// Fetches web pages with Qt Network: the page itself and nothing it references (no images,
/// scripts, styles or frames), at most FetchOptions::maxRedirects redirects, no cookies sent or
/// kept, a plain user agent naming Crossread, no more than FetchOptions::maxBytes, within a
/// timeout. Each failure (DNS, TLS, HTTP status, timeout, not a page, too large, too many
/// redirects) is named in its result; the other addresses go on. Lives on the thread that
/// created it and never blocks it.
class PageFetcher : public QObject {
    Q_OBJECT
public:
    explicit PageFetcher(const FetchOptions &options = {}, QObject *parent = nullptr);
    ~PageFetcher() override;

    /// Starts fetching; results() holds one result per address, in the same order, once
    /// finished() is emitted. A fetch still running is cancelled first.
    void fetch(const QList<QUrl> &urls);
    /// Stops every transfer; the unfinished addresses get a "cancelled" error and finished()
    /// follows.
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QList<FetchResult> results() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    std::unique_ptr<PageFetcherPrivate> d;
};

/// Fetches the addresses and waits (in a local event loop) for all of them: for the commands.
[[nodiscard]] QList<FetchResult> fetchPages(const QList<QUrl> &urls, const FetchOptions &options = {});

} // namespace Crossread
