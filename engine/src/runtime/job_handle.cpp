#include "faicls/job_handle.h"

#include "faicls/engine_error.h"

namespace faicls {

JobHandle::JobHandle(ProgressHandler onProgress, int progressIntervalMs)
    : m_onProgress(std::move(onProgress)), m_interval(progressIntervalMs) {}

void JobHandle::setProgressHandler(ProgressHandler onProgress, int progressIntervalMs) {
    m_onProgress = std::move(onProgress);
    m_interval = std::chrono::milliseconds(progressIntervalMs);
}

void JobHandle::cancel() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    m_pauseChanged.notify_all();
    // Under the lock, so that the guard's owner cannot go away meanwhile; `wake` only signals.
    if (m_wake)
        m_wake();
}

void JobHandle::pause() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = true;
}

void JobHandle::resume() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = false;
    }
    m_pauseChanged.notify_all();
}

bool JobHandle::isPaused() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_paused;
}

bool JobHandle::stopRequested() {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_pauseChanged.wait(lock, [&] { return !m_paused || m_cancelled; });
    return m_cancelled;
}

void JobHandle::report(const std::string& phase, int64_t done, int64_t total) {
    if (!m_onProgress)
        return;
    const auto now = std::chrono::steady_clock::now();
    const bool phaseChanged = phase != m_lastPhase;
    const bool phaseDone = total > 0 && done >= total;
    if (!phaseChanged && !phaseDone && now - m_lastReport < m_interval)
        return;
    m_lastReport = now;
    m_lastPhase = phase;
    m_onProgress(JobProgress{phase, done, total});
}

JobHandle::WakeOnCancel JobHandle::wakeOnCancel(std::function<void()> wake) {
    bool cancelled = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_wake = wake;
        cancelled = m_cancelled;
    }
    if (cancelled)
        wake();
    return WakeOnCancel(this);
}

JobHandle::WakeOnCancel::WakeOnCancel(WakeOnCancel&& other) noexcept : m_job(other.m_job) {
    other.m_job = nullptr;
}

JobHandle::WakeOnCancel::~WakeOnCancel() {
    if (!m_job)
        return;
    std::lock_guard<std::mutex> lock(m_job->m_mutex);
    m_job->m_wake = nullptr;
}

void throwIfCancelled(JobHandle& job, const std::string& what) {
    if (job.stopRequested())
        throw EngineError(ErrorCode::Cancelled, what + ": cancelled");
}

}  // namespace faicls
