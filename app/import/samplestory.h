// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

namespace Crossread {

/// The fictional story compiled into Crossread (resources/sample), as sources ready to import.
struct SampleStory {
    QString title;
    QList<ImportSource> sources;   ///< in the story's display order
};

/// Reads the compiled-in sample story's index (story.json) and files. Fails only if the
/// resources were not built in, which is a packaging error.
[[nodiscard]] Expected<SampleStory, QString> sampleStory();

} // namespace Crossread
