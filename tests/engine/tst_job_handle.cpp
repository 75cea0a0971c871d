// The job handle every long engine call takes: cancel before the start, pause and resume from
// another thread, throttled progress that never drops a phase's first or last step, and the
// wake-up hook for waits that do not poll.

#include <QtTest>

#include <chrono>
#include <thread>

#include "faicls/engine_error.h"
#include "faicls/job_handle.h"

using namespace faicls;
using namespace std::chrono_literals;

class TestJobHandle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cancelBeforeTheStartIsSeenAtTheFirstCheck() {
        JobHandle job;
        QVERIFY(!job.stopRequested());
        job.cancel();
        QVERIFY(job.isCancelled());
        QVERIFY(job.stopRequested());
        QVERIFY_THROWS_EXCEPTION(EngineError, throwIfCancelled(job, "x"));
        try {
            throwIfCancelled(job, "scan");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::Cancelled);
            QVERIFY(QString(error.what()).startsWith("scan"));
        }
    }

    void pauseHoldsTheJobUntilResume() {
        JobHandle job;
        job.pause();
        QVERIFY(job.isPaused());
        const auto started = std::chrono::steady_clock::now();
        std::thread resumer([&] {
            std::this_thread::sleep_for(300ms);
            job.resume();
        });
        QVERIFY(!job.stopRequested());  // blocks until the resume
        resumer.join();
        QVERIFY(std::chrono::steady_clock::now() - started >= 280ms);
    }

    void cancelEndsAPause() {
        JobHandle job;
        job.pause();
        std::thread canceller([&] {
            std::this_thread::sleep_for(100ms);
            job.cancel();
        });
        QVERIFY(job.stopRequested());
        canceller.join();
    }

    void progressIsThrottledButKeepsFirstAndLast() {
        std::vector<JobProgress> seen;
        JobHandle job([&](const JobProgress& p) { seen.push_back(p); }, 10'000);
        for (int64_t i = 1; i <= 1000; ++i)
            job.report("reading headers", i, 1000);
        job.report("training", 1, 50);
        QCOMPARE(seen.size(), size_t(3));
        QCOMPARE(seen[0].done, int64_t(1));
        QCOMPARE(seen[1].done, int64_t(1000));
        QCOMPARE(seen[2].phase, std::string("training"));

        std::vector<int64_t> every;
        JobHandle unthrottled([&](const JobProgress& p) { every.push_back(p.done); }, 0);
        for (int64_t i = 1; i <= 5; ++i)
            unthrottled.report("predicting", i, 5);
        QCOMPARE(every, (std::vector<int64_t>{1, 2, 3, 4, 5}));
    }

    void wakeOnCancelRunsWhileItsGuardLives() {
        JobHandle job;
        int woken = 0;
        {
            const auto guard = job.wakeOnCancel([&] { ++woken; });
            QCOMPARE(woken, 0);
        }
        job.cancel();
        QCOMPARE(woken, 0);  // the guard had gone
        JobHandle second;
        {
            const auto guard = second.wakeOnCancel([&] { ++woken; });
            std::thread([&] { second.cancel(); }).join();
            QCOMPARE(woken, 1);
        }
        // Already cancelled: at once.
        const auto late = second.wakeOnCancel([&] { ++woken; });
        QCOMPARE(woken, 2);
    }
};

QTEST_GUILESS_MAIN(TestJobHandle)
#include "tst_job_handle.moc"
