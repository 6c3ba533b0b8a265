// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Crossread {

/// The thread pool for all long engine work (import, segmentation, alignment, facts).
///
/// Never use QThreadPool::globalInstance() for such work: Qt's raster paint engine splits large
/// fills across the global pool and waits for them on the GUI thread, so a busy global pool
/// freezes painting until the engine is done. One thread per core; threads expire when idle.
[[nodiscard]] QThreadPool *workPool();

} // namespace Crossread
