// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/inputs.h"

#include "net/pagefetcher.h"

#include <QCoreApplication>
#include <QUrl>

namespace Crossread::Cli {

QList<ImportResult> importInputs(const QStringList &inputs)
{
    QList<ImportResult> results(inputs.size());
    QList<qsizetype> webIndices;
    QList<QUrl> urls;
    const bool forbidden = networkForbidden();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString &input = inputs.at(i);
        if (!isWebAddress(input)) {
            results[i] = importFile(input);
            continue;
        }
        const Expected<QUrl, QString> url = parseWebAddress(input);
        if (!url) {
            results[i] = ImportError{input, url.error()};
        } else if (forbidden) {
            results[i] = ImportError{input, QCoreApplication::translate("Crossread::Fetch",
                                                                        "not fetched: Preferences ▸ Never use the network is on")};
        } else {
            webIndices.append(i);
            urls.append(url.value());
        }
    }
    const QList<FetchResult> fetched = fetchPages(urls);
    for (qsizetype k = 0; k < webIndices.size(); ++k) {
        const FetchResult &page = fetched.at(k);
        results[webIndices.at(k)] = page ? importSource(page.value()) : ImportResult(page.error());
    }
    return results;
}

} // namespace Crossread::Cli
