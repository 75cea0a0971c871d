#include "runtime/compute_device.h"

#include <algorithm>
#include <thread>

#include "faicls/engine_error.h"

namespace faicls::runtime {

torch::Device deviceFor(const std::string& name) {
    const bool cuda = torch::cuda::is_available();
    if (name == "auto")
        return cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    if (name == "cpu")
        return torch::Device(torch::kCPU);
    if (!cuda)
        throw EngineError(ErrorCode::InvalidConfig,
                          "device: \"" + name + "\" asked, but this build or machine has no CUDA");
    return torch::Device(name);
}

void useAllCores() {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (at::get_num_threads() < cores)
        at::set_num_threads(cores);
}

}  // namespace faicls::runtime
