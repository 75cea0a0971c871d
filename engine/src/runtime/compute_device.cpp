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
    const bool cudaName =
        name == "cuda" ||
        (name.rfind("cuda:", 0) == 0 && name.size() > 5 && name.size() < 9 &&
         std::all_of(name.begin() + 5, name.end(), [](char c) { return c >= '0' && c <= '9'; }));
    if (!cudaName)
        throw EngineError(ErrorCode::InvalidConfig,
                          "device: \"" + name + "\" is not one of auto, cpu, cuda, cuda:N");
    if (!cuda)
        throw EngineError(ErrorCode::InvalidConfig,
                          "device: \"" + name + "\" asked, but this build or machine has no CUDA");
    const torch::Device device(name);
    if (device.has_index() && device.index() >= torch::cuda::device_count())
        throw EngineError(ErrorCode::InvalidConfig,
                          "device: \"" + name + "\" asked, but this machine has " +
                              std::to_string(torch::cuda::device_count()) + " CUDA device(s)");
    return device;
}

void useAllCores() {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (at::get_num_threads() < cores)
        at::set_num_threads(cores);
}

}  // namespace faicls::runtime
