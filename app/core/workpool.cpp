// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workpool.h"

#include <QThread>
#include <QThreadPool>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Crossread {

QThreadPool *workPool()
{
    static QThreadPool *pool = [] {
#if defined(__GLIBC__)
        // glibc gives threads that allocate at once up to eight malloc arenas per core, and
        // memory one arena frees is no use to another: with grouping's items built on the
        // workers and the slots copied on the analysing thread, a 2,000-article story took
        // 612-617 MB, over its 600 MB. One arena per core still keeps the threads from
        // waiting on each other (570-576 MB and 6.9-8.0 s, against 7.1-8.7 s).
        mallopt(M_ARENA_MAX, qMax(1, QThread::idealThreadCount()));
#endif
        auto *p = new QThreadPool;   // lives as long as the program, like the global pool
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("Crossread work pool"));
        return p;
    }();
    return pool;
}

} // namespace Crossread
