// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions to export in the tests and the benchmark: the sample story with annotations and
// claims made through Review (as a reader would), and generated stories of any size.
#pragma once

#include "analysis/analysis.h"
#include "review/sessiondata.h"

#include <QString>

namespace Crossread::ExportFixture {

struct Story {
    SessionData session;
    Analysis analysis;
};

/// Text that would become markup, an image fetch or an entity if anything interpreted it.
inline const QString injection = QStringLiteral("<img src=http://127.0.0.1:9/x.png> <b>bold</b> &amp; =1+2");

/// The bundled sample story with a reviewer, three annotations (one with `injection` in its
/// note and tags) and two claims about the planted conflicts, with evidence and verdicts.
[[nodiscard]] Story sampleSession();

/// A generated story of `articles` articles (tests/common/storygenerator.h) with `annotations` annotations
/// spread over the articles and a claim per ten annotations.
[[nodiscard]] Story generatedSession(int articles, int annotations, quint64 seed = 7);

} // namespace Crossread::ExportFixture
