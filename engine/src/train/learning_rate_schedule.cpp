#include "train/learning_rate_schedule.h"

#include <algorithm>
#include <cmath>

namespace faicls::train {

double learningRateFactor(int64_t iteration, int64_t total, int64_t warmupIterations,
                          const std::string& schedule) {
    const double progress =
        total > 0 ? static_cast<double>(iteration) / static_cast<double>(total) : 0.0;
    double factor = 1.0;
    if (schedule == "cosine") {
        factor = 0.5 * (1.0 + std::cos(M_PI * std::min(progress, 1.0)));
    } else if (schedule == "step") {
        factor = progress >= 0.85 ? 0.01 : (progress >= 0.6 ? 0.1 : 1.0);
    }
    if (warmupIterations > 0 && iteration < warmupIterations)
        factor *= static_cast<double>(iteration + 1) / static_cast<double>(warmupIterations);
    return factor;
}

}  // namespace faicls::train
