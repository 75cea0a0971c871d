#include "console_progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace faicls::cli {

namespace {

// "12/40", or in megabytes for byte counts.
std::string amount(const JobProgress& p, bool bytes) {
    char text[64];
    if (bytes)
        std::snprintf(text, sizeof text, "%.1f/%.1f MB", static_cast<double>(p.done) / 1e6,
                      static_cast<double>(p.total) / 1e6);
    else
        std::snprintf(text, sizeof text, "%lld/%lld", static_cast<long long>(p.done),
                      static_cast<long long>(p.total));
    return text;
}

JobHandle::ProgressHandler progressPrinter(int64_t lineEvery, bool bytes) {
    const bool terminal = isatty(STDERR_FILENO) != 0;
    int64_t nextLine = lineEvery;
    std::string finishedPhase;  // a phase's end is reported once, however often it is repeated
    return [=](const JobProgress& p) mutable {
        const bool phaseDone = p.total > 0 && p.done >= p.total;
        if (phaseDone && p.phase == finishedPhase)
            return;
        finishedPhase = phaseDone ? p.phase : "";
        if (terminal) {
            const int width = 30;
            const int filled =
                p.total > 0 ? static_cast<int>(width * p.done / std::max<int64_t>(1, p.total)) : 0;
            std::fprintf(stderr, "\r%s [%.*s%*s] %s   ", p.phase.c_str(), filled,
                         "##############################", width - filled, "",
                         amount(p, bytes).c_str());
            if (phaseDone)
                std::fputc('\n', stderr);
        } else if (phaseDone || p.done >= nextLine) {
            std::fprintf(stderr, "%s %s\n", p.phase.c_str(), amount(p, bytes).c_str());
            nextLine = (p.done / lineEvery + 1) * lineEvery;
        }
    };
}

}  // namespace

JobHandle::ProgressHandler consoleProgress(int64_t lineEvery) {
    return progressPrinter(lineEvery, false);
}

JobHandle::ProgressHandler consoleByteProgress() {
    return progressPrinter(10'000'000, true);
}

}  // namespace faicls::cli
