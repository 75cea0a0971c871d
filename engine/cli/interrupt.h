#pragma once

#include "faicls/job_handle.h"

namespace faicls::cli {

/// Ctrl+C (SIGINT) and SIGTERM for the whole process, handled on a thread of their own: the
/// first stops the job a StopOnInterrupt names (a training ends after its current batch, its last
/// epoch saved), a second ends the process at once. With no such job the first ends it. Call
/// once, first in main().
void watchInterrupts();

/// While it lives, an interrupt cancels `job`.
class StopOnInterrupt {
public:
    explicit StopOnInterrupt(JobHandle& job);
    ~StopOnInterrupt();
    StopOnInterrupt(const StopOnInterrupt&) = delete;
    StopOnInterrupt& operator=(const StopOnInterrupt&) = delete;
    /// Whether an interrupt came while it lived.
    bool interrupted() const;
};

}  // namespace faicls::cli
