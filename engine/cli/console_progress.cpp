#include "console_progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace faicls::cli {

JobHandle::ProgressHandler consoleProgress(int64_t lineEvery) {
    const bool terminal = isatty(STDERR_FILENO) != 0;
    int64_t nextLine = lineEvery;
    return [terminal, lineEvery, nextLine](const JobProgress& p) mutable {
        const bool phaseDone = p.total > 0 && p.done >= p.total;
        const auto done = static_cast<long long>(p.done);
        const auto total = static_cast<long long>(p.total);
        if (terminal) {
            const int width = 30;
            const int filled =
                p.total > 0 ? static_cast<int>(width * p.done / std::max<int64_t>(1, p.total)) : 0;
            std::fprintf(stderr, "\r%s [%.*s%*s] %lld/%lld", p.phase.c_str(), filled,
                         "##############################", width - filled, "", done, total);
            if (phaseDone)
                std::fputc('\n', stderr);
        } else if (phaseDone || p.done >= nextLine) {
            std::fprintf(stderr, "%s %lld/%lld\n", p.phase.c_str(), done, total);
            nextLine = (p.done / lineEvery + 1) * lineEvery;
        }
    };
}

JobHandle::ProgressHandler consoleByteProgress() {
    const bool terminal = isatty(STDERR_FILENO) != 0;
    double nextLineMb = 10;
    return [terminal, nextLineMb](const JobProgress& p) mutable {
        const double doneMb = static_cast<double>(p.done) / 1e6;
        const double totalMb = static_cast<double>(p.total) / 1e6;
        const bool phaseDone = p.total > 0 && p.done >= p.total;
        if (terminal) {
            const int width = 30;
            const int filled =
                p.total > 0 ? static_cast<int>(width * p.done / std::max<int64_t>(1, p.total)) : 0;
            std::fprintf(stderr, "\r%s [%.*s%*s] %.1f/%.1f MB", p.phase.c_str(), filled,
                         "##############################", width - filled, "", doneMb, totalMb);
            if (phaseDone)
                std::fputc('\n', stderr);
        } else if (phaseDone || doneMb >= nextLineMb) {
            std::fprintf(stderr, "%s %.1f/%.1f MB\n", p.phase.c_str(), doneMb, totalMb);
            nextLineMb = (static_cast<int>(doneMb / 10) + 1) * 10.0;
        }
    };
}

}  // namespace faicls::cli
