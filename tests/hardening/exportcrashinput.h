// SPDX-License-Identifier: GPL-3.0-or-later
// The report the export crash test writes: the compiled-in sample story, analysed, as an
// unreviewed session. Shared by the test and its child so both export the same story.
#pragma once

#include "analysis/analysis.h"
#include "import/importer.h"
#include "import/samplestory.h"
#include "review/sessiondata.h"

#include <QString>

namespace Crossread::ExportCrash {

struct Input {
    SessionData session;
    Analysis analysis;
    QString error;   ///< empty when the sample story was imported
};

/// The PDF title carries `title`, so the test can tell which run wrote a file.
inline Input sampleInput(const QString &title)
{
    Input input;
    const auto sample = sampleStory();
    if (!sample) {
        input.error = sample.error();
        return input;
    }
    for (const ImportSource &source : sample->sources) {
        ImportResult article = importSource(source);
        if (!article) {
            input.error = article.error().message();
            return input;
        }
        input.session.articles.append(std::move(article.value()));
    }
    input.session.title = title;
    input.analysis = analyseStory(input.session.articles);
    return input;
}

} // namespace Crossread::ExportCrash
