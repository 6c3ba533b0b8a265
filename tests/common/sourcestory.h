// SPDX-License-Identifier: GPL-3.0-or-later
// The Eldmoor reservoir story (tests/data/stories/eldmoor-reservoir): a fictional press release
// and three outlets reporting on it, with a changed figure, an altered quote, left-out passages
// and a claim the release does not make. For the suites of the source role, from the engine up.
#pragma once

#include "import/importer.h"

#include <QDir>
#include <QStringList>

namespace Crossread::Test {

/// The story's files, the press release first.
inline QStringList sourceStoryFiles()
{
    const QDir folder(QStringLiteral(CROSSREAD_TEST_DATA_DIR "/stories/eldmoor-reservoir"));
    QStringList files;
    for (const QString &name : folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(folder.filePath(name));
    return files;
}

/// Indices of the articles in sourceStory().
enum SourceStoryArticle { PressRelease = 0, ValleyCourier = 1, EldmoorGazette = 2, NorthernLedger = 3 };

/// The four articles as imported, the press release marked as the source unless `markSource`
/// is false. Empty when a file cannot be read (the suites check the size).
inline QList<Article> sourceStory(bool markSource = true)
{
    QList<Article> articles;
    for (const QString &file : sourceStoryFiles()) {
        ImportResult result = importFile(file);
        if (!result)
            return {};
        articles.append(std::move(result).value());
    }
    if (markSource && !articles.isEmpty())
        articles[PressRelease].meta.role = ArticleRole::Source;
    return articles;
}

} // namespace Crossread::Test
