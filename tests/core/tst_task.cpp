// SPDX-License-Identifier: GPL-3.0-or-later
// The one task shape: a task run under a QPromise reports progress through its future, sees the
// future's cancel, and a canceled task ends canceled without the result of the canceled step.
// The analysis runs through it as startAnalysis().
#include "analysis/analysis.h"
#include "core/task.h"
#include "core/workpool.h"
#include "common/testarticles.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace Crossread;

class TestTask : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyControlNeverCancels();
    void progressReachesTheFuture();
    void cancelEndsWithoutResult();
    void analysisCancelEndsWithoutResult();
};

void TestTask::emptyControlNeverCancels()
{
    const TaskControl control;
    QVERIFY(!control.canceled());
    control.report(50, QStringLiteral("stage"));   // no hook: nothing happens, nothing crashes
}

void TestTask::progressReachesTheFuture()
{
    QFuture<int> future = QtConcurrent::run(workPool(), [](QPromise<int> &promise) {
        const TaskControl control = taskControl(promise);
        for (int percent = 0; percent <= 100; percent += 25)
            control.report(percent, QStringLiteral("step %1").arg(percent));
        promise.addResult(42);
    });
    future.waitForFinished();
    QVERIFY(!future.isCanceled());
    QCOMPARE(future.resultCount(), 1);
    QCOMPARE(future.result(), 42);
    QCOMPARE(future.progressMinimum(), 0);
    QCOMPARE(future.progressMaximum(), 100);
    QCOMPARE(future.progressValue(), 100);
    QCOMPARE(future.progressText(), QStringLiteral("step 100"));
}

void TestTask::cancelEndsWithoutResult()
{
    std::atomic<bool> sawCancel = false;
    std::atomic<bool> started = false;
    QFuture<int> future = QtConcurrent::run(workPool(), [&](QPromise<int> &promise) {
        const TaskControl control = taskControl(promise);
        promise.addResult(1);   // a step done before the cancel stays readable
        started = true;
        while (!control.canceled())
            QThread::msleep(1);
        sawCancel = true;
        promise.addResult(2);   // after the cancel: not published
    });
    QTRY_VERIFY(started);
    future.cancel();
    future.waitForFinished();
    QVERIFY(sawCancel);
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 1);
    QCOMPARE(future.resultAt(0), 1);
}

void TestTask::analysisCancelEndsWithoutResult()
{
    QList<Article> articles;
    for (int i = 0; i < 40; ++i) {
        articles.append(Test::articleFromParagraphs(
            {QStringLiteral("The harbour board of Port Calloway met on Tuesday %1 to discuss ferry fares.").arg(i),
             QStringLiteral("Fares rise by %1 percent in spring, the board said in a statement.").arg(i % 7 + 2)}));
    }
    QFutureWatcher<Analysis> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(startAnalysis(articles));
    watcher.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(watcher.isCanceled());
    QCOMPARE(watcher.future().resultCount(), 0);
}

QTEST_GUILESS_MAIN(TestTask)
#include "tst_task.moc"
