// SPDX-License-Identifier: GPL-3.0-or-later
#include "webimport.h"

#include "settings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crossread {

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("OpenUrlDialog"));
    setWindowTitle(tr("Open URL"));
    auto *label = new QLabel(tr("&Web addresses of the articles, one per line:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("addresses"));
    m_edit->setPlaceholderText(tr("https://news.example.org/2026/12/harbour-strike"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *note = new QLabel(tr("Only each page itself is fetched, never its images, scripts or styles, and no cookies "
                               "are sent. The fetched page is kept in the session, so the session opens without the network."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOpen = [this, buttons] { buttons->button(QDialogButtonBox::Open)->setEnabled(!addresses().isEmpty()); };
    connect(m_edit, &QPlainTextEdit::textChanged, this, updateOpen);
    updateOpen();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 300);
}

QStringList OpenUrlDialog::addresses() const
{
    QStringList result;
    for (const QString &line : m_edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

void OpenUrlDialog::setAddresses(const QStringList &addresses)
{
    m_edit->setPlainText(addresses.join(u'\n'));
}

WebImport::WebImport(QWidget *parent, const FetchOptions &options)
    : QWidget(parent)
    , m_fetcher(new PageFetcher(options, this))
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop Fetching"), this))
{
    setObjectName(QStringLiteral("WebImport"));
    m_cancel->setObjectName(QStringLiteral("stopFetching"));
    m_progress->setMaximumWidth(120);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &WebImport::cancel);
    connect(m_fetcher, &PageFetcher::progress, this, [this](int done, int total) {
        m_progress->setValue(done);
        m_label->setText(tr("Fetching web pages: %1 of %2").arg(done).arg(total));
        // A page that has arrived is imported at once, while slower ones are still coming.
        const QList<FetchResult> results = m_fetcher->results();
        for (qsizetype i = 0; i < results.size() && i < m_delivered.size(); ++i) {
            if (!m_delivered.at(i) && results.at(i)) {
                m_delivered[i] = true;
                Q_EMIT fetched({results.at(i)});
            }
        }
    });
    connect(m_fetcher, &PageFetcher::finished, this, &WebImport::done);
}

void WebImport::fetch(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return;
    m_queue.append(addresses);
    if (!isRunning())
        startNext();
}

void WebImport::cancel()
{
    m_queue.clear();
    m_fetcher->cancel();
}

bool WebImport::isRunning() const
{
    return !m_current.isEmpty();
}

void WebImport::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_refused.clear();
    const bool forbidden = AppSettings::read().neverUseNetwork;
    QList<QUrl> urls;
    for (const QString &address : std::as_const(m_current)) {
        const Expected<QUrl, QString> url = parseWebAddress(address);
        if (!url) {
            m_refused.append(ImportError{address, url.error()});
        } else if (forbidden) {
            m_refused.append(ImportError{address, tr("not fetched: Preferences ▸ Never use the network is on")});
        } else {
            m_refused.append(ImportSource{});   // a placeholder: fetched below
            urls.append(url.value());
        }
    }
    m_delivered = QList<bool>(urls.size(), false);
    m_progress->setRange(0, int(urls.size()));
    m_progress->setValue(0);
    m_label->setText(tr("Fetching web pages: %1 of %2").arg(0).arg(urls.size()));
    setVisible(!urls.isEmpty());
    m_fetcher->fetch(urls);   // finishes at once (asynchronously) when there is nothing to fetch
}

void WebImport::done()
{
    const QList<FetchResult> pages = m_fetcher->results();
    QList<FetchResult> rest;
    qsizetype next = 0;
    for (const FetchResult &own : std::as_const(m_refused)) {
        if (!own) {
            rest.append(own);
            continue;
        }
        const qsizetype index = next++;
        if (!m_delivered.value(index))
            rest.append(pages.value(index));
    }
    m_current.clear();
    setVisible(false);
    if (!rest.isEmpty())
        Q_EMIT fetched(rest);
    startNext();
}

} // namespace Crossread
