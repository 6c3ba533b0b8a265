// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/pagefetcher.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Crossread {

/// File ▸ Open URL…: web addresses, one per line.
class OpenUrlDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);
    /// The non-empty lines, trimmed.
    [[nodiscard]] QStringList addresses() const;
    void setAddresses(const QStringList &addresses);

private:
    QPlainTextEdit *m_edit = nullptr;
};

/// Fetches web pages for the window and shows it in the status bar: how many are done, and a
/// Cancel button. Refuses every address, with that reason, while Preferences ▸ "Never use
/// the network" is on. The window never waits for it.
class WebImport : public QWidget {
    Q_OBJECT
public:
    explicit WebImport(QWidget *parent = nullptr, const FetchOptions &options = {});

    /// Fetches the addresses (as typed: "example.org/a" means http://example.org/a). Asked
    /// while a fetch runs, the new addresses wait for it.
    void fetch(const QStringList &addresses);
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// Pages to import: each page as soon as it has arrived (alone), and when all addresses
    /// are done, every failure together (one message names them all), in address order.
    void fetched(const QList<Crossread::FetchResult> &results);

private:
    void startNext();
    void done();

    PageFetcher *m_fetcher = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QStringList> m_queue;
    QStringList m_current;
    QList<FetchResult> m_refused;   ///< per address of m_current: an error, or empty to fetch
    QList<bool> m_delivered;        ///< per fetched address: its page was already passed on
};

} // namespace Crossread
