// SPDX-License-Identifier: GPL-3.0-or-later
// Saves articles as a review session in a temporary folder and reads the file back, as the
// window does when a session is reopened: for tests of what a session keeps of an article.
#pragma once

#include "review/session.h"

#include <QTemporaryDir>

namespace SessionRoundTrip {

[[nodiscard]] inline Crossread::Expected<Crossread::LoadedSession, Crossread::SessionError>
saveAndReopen(const QList<Crossread::Article> &articles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.crossread"));
    Crossread::SessionData data;
    data.articles = articles;
    data.view.shown = QList<bool>(articles.size(), true);
    if (const auto written = Crossread::writeSession(path, data); !written)
        return written.error();
    return Crossread::readSession(path);
}

} // namespace SessionRoundTrip
