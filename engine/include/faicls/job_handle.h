#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace faicls {

/// Where a long job stands: the phase it is in ("reading headers", "training", "verifying")
/// and how far it is (`total` 0 when unknown).
struct JobProgress {
    std::string phase;
    int64_t done = 0;
    int64_t total = 0;
};

/// Cancel, pause and progress of one long engine call: training, evaluation, prediction of
/// files, export with its check, dataset scan, demo build. The caller makes one per job and
/// passes it in. cancel(), pause() and resume() work from any thread, also before the job has
/// started (it then stops at its first check). The job itself calls stopRequested() between
/// units of work and report() after them, on its own thread.
class JobHandle {
public:
    using ProgressHandler = std::function<void(const JobProgress&)>;

    JobHandle() = default;
    /// `onProgress` runs on the job's thread, at most every `progressIntervalMs` (plus the first
    /// and last step of each phase); keep it short.
    explicit JobHandle(ProgressHandler onProgress, int progressIntervalMs = 100);
    JobHandle(const JobHandle&) = delete;
    JobHandle& operator=(const JobHandle&) = delete;

    /// Replaces the progress handler; only before the job starts, on the thread that runs it.
    void setProgressHandler(ProgressHandler onProgress, int progressIntervalMs = 100);

    void cancel();
    void pause();
    void resume();
    bool isCancelled() const { return m_cancelled; }
    bool isPaused() const;

    /// The job's thread: waits while the job is paused; true when it should stop now.
    bool stopRequested();
    /// The job's thread: progress, passed on to the handler when the interval has passed, the
    /// phase changed or the phase is done.
    void report(const std::string& phase, int64_t done, int64_t total);

    /// Runs `wake` when cancel() is called (on the cancelling thread) until the returned guard
    /// goes: for a wait that does not poll, such as a data loader's queue. At once when the job
    /// is already cancelled.
    class WakeOnCancel {
    public:
        WakeOnCancel(WakeOnCancel&& other) noexcept;
        WakeOnCancel& operator=(WakeOnCancel&&) = delete;
        ~WakeOnCancel();

    private:
        friend class JobHandle;
        explicit WakeOnCancel(JobHandle* job) : m_job(job) {}
        JobHandle* m_job;
    };
    [[nodiscard]] WakeOnCancel wakeOnCancel(std::function<void()> wake);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_pauseChanged;
    std::atomic<bool> m_cancelled{false};
    bool m_paused = false;
    std::function<void()> m_wake;
    ProgressHandler m_onProgress;
    std::chrono::milliseconds m_interval{100};
    std::chrono::steady_clock::time_point m_lastReport{};
    std::string m_lastPhase;
};

/// A job's handle, or a silent one when the caller passed none.
class JobOrSilent {
public:
    explicit JobOrSilent(JobHandle* job) : m_job(job ? *job : m_silent) {}
    JobHandle& operator*() const { return m_job; }
    JobHandle* operator->() const { return &m_job; }

private:
    JobHandle m_silent;
    JobHandle& m_job;
};

/// Throws EngineError(Cancelled) when the job should stop (for jobs with no partial result).
void throwIfCancelled(JobHandle& job, const std::string& what);

}  // namespace faicls
