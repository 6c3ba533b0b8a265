// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPromise>
#include <QString>

#include <functional>

namespace Crossread {

/// The one shape of long work (the analysis, the report, an export): the work asks
/// canceled() often and says how far it is with report(). Both hooks are optional and may be
/// called from a worker thread.
///
/// In the background the work runs under a QPromise (taskControl() binds the two), and its
/// QFuture is the task: QFuture::cancel() cancels it, the future's progress value (0-100) and
/// text carry report(), and a cancel shows one way only: the future ends canceled, without a
/// result for the step that was canceled. Results a task added before the cancel (one per file
/// written, say) stay readable, so the caller can say what was done.
struct TaskControl {
    std::function<bool()> isCanceled;
    std::function<void(int percent, const QString &stage)> progress;

    [[nodiscard]] bool canceled() const { return isCanceled && isCanceled(); }
    void report(int percent, const QString &stage = {}) const
    {
        if (progress)
            progress(percent, stage);
    }
};

/// A control that asks `promise` whether the task was canceled and reports to it. The promise
/// must outlive the control.
template<typename T>
[[nodiscard]] TaskControl taskControl(QPromise<T> &promise)
{
    promise.setProgressRange(0, 100);
    return TaskControl{[&promise] { return promise.isCanceled(); },
                       [&promise](int percent, const QString &stage) { promise.setProgressValueAndText(percent, stage); }};
}

} // namespace Crossread
