#include "interrupt.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <mutex>
#include <thread>

namespace faicls::cli {

namespace {

std::mutex g_jobMutex;  // held while the job is used or replaced: it may end meanwhile
JobHandle* g_job = nullptr;
std::atomic<bool> g_interrupted{false};
int g_pipe[2] = {-1, -1};

// The handler may run on any thread (LibTorch starts some before main): it only passes the
// signal to the watcher thread through a pipe, which is async-signal-safe.
void onSignal(int signal) {
    const char number = static_cast<char>(signal);
    const int saved = errno;
    [[maybe_unused]] const ssize_t ignored = ::write(g_pipe[1], &number, 1);
    errno = saved;
}

void waitForInterrupts() {
    for (;;) {
        char number = 0;
        const ssize_t got = ::read(g_pipe[0], &number, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != 1)
            return;
        const std::lock_guard<std::mutex> lock(g_jobMutex);
        if (!g_job || g_interrupted.exchange(true))
            _exit(128 + number);  // no job to stop, or asked twice: at once
        std::fprintf(stderr,
                     "\nstopping after the current step (interrupt again to quit at once)\n");
        g_job->cancel();
    }
}

}  // namespace

void watchInterrupts() {
    if (::pipe2(g_pipe, O_CLOEXEC) != 0)
        return;  // interrupts then keep their default: the process ends
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    std::thread(waitForInterrupts).detach();
}

StopOnInterrupt::StopOnInterrupt(JobHandle& job) {
    g_job = &job;
}

StopOnInterrupt::~StopOnInterrupt() {
    g_job = nullptr;
}

bool StopOnInterrupt::interrupted() const {
    return g_interrupted;
}

}  // namespace faicls::cli
