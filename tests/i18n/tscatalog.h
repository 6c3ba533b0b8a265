// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One <message> of a Qt Linguist .ts catalog, as the checks need it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;              ///< "", "unfinished", "obsolete" or "vanished"
    QStringList translations;  ///< one entry, or one per numerus form

    /// "context | source | comment", how lupdate identifies a message.
    [[nodiscard]] QString key() const;
};

struct TsCatalog {
    QString language;          ///< the TS element's language attribute
    QList<TsMessage> messages;
    QString error;             ///< not empty when the file could not be read or parsed
};

[[nodiscard]] TsCatalog readTsCatalog(const QString &path);
