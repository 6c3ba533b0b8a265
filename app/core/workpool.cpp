// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workpool.h"

#include <QThread>
#include <QThreadPool>

namespace Crossread {

QThreadPool *workPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;   // lives as long as the program, like the global pool
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("Crossread work pool"));
        return p;
    }();
    return pool;
}

} // namespace Crossread
