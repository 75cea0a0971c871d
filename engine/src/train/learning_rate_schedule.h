#pragma once

#include <cstdint>
#include <string>

namespace faicls::train {

/// The factor applied to the base learning rates at `iteration` (0-based) of `total`:
/// linear warmup over `warmupIterations`, then "constant", "cosine" (to 0 at the end) or "step"
/// (x0.1 at 60% and again at 85% of the run).
double learningRateFactor(int64_t iteration, int64_t total, int64_t warmupIterations,
                          const std::string& schedule);

}  // namespace faicls::train
