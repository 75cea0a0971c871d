#include "faicls/version.h"

#include "faicls/cpu_features.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <thread>

namespace faicls {

const char* torchVersion() {
    return TORCH_VERSION;
}

std::string computeDeviceDescription() {
    if (torch::cuda::is_available()) {
        const size_t count = torch::cuda::device_count();
        return "CUDA (" + std::to_string(count) + (count == 1 ? " GPU)" : " GPUs)");
    }
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    const std::string features = cpuFeatureSummary(cpuFeatures());
    return "CPU (" + std::to_string(threads) + " threads" +
           (features.empty() ? "" : "; " + features) + ")";
}

}  // namespace faicls
