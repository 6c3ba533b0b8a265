// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <functional>
#include <numeric>

class QThreadPool;

namespace Crossread {

/// The thread pool for all long engine work (import, segmentation, alignment, facts).
///
/// Never use QThreadPool::globalInstance() for such work: Qt's raster paint engine splits large
/// fills across the global pool and waits for them on the GUI thread, so a busy global pool
/// freezes painting until the engine is done. One thread per core; threads expire when idle.
[[nodiscard]] QThreadPool *workPool();

/// Calls `work(i)` for every i in [0, count) on workPool() (the calling thread helps) and waits
/// for all of them. Once `canceled` returns true the calls not yet begun are skipped and the
/// result is false; each call's own work is what bounds how soon a cancel takes effect.
template<typename Work>
bool forEachOnPool(qsizetype count, const std::function<bool()> &canceled, Work &&work)
{
    QList<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    std::atomic<bool> stopped = false;
    QtConcurrent::blockingMap(workPool(), indices, [&](int i) {
        if (stopped.load(std::memory_order_relaxed) || (canceled && canceled())) {
            stopped = true;
            return;
        }
        work(i);
    });
    return !stopped.load();
}

} // namespace Crossread
