#pragma once

#include "faicls/job_handle.h"

namespace faicls::cli {

/// A job's progress on stderr: a bar redrawn in place on a terminal; on a log or CI a line at
/// every `lineEvery` units and at the end of each phase.
JobHandle::ProgressHandler consoleProgress(int64_t lineEvery = 1000);

/// The same for a download whose progress is in bytes: megabytes, a line every 10 MB on a log.
JobHandle::ProgressHandler consoleByteProgress();

}  // namespace faicls::cli
