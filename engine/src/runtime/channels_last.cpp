#include "runtime/channels_last.h"

namespace faicls::runtime {

void toChannelsLast(torch::nn::Module& module) {
    for (auto& parameter : module.parameters())
        if (parameter.dim() == 4)
            parameter.set_data(parameter.contiguous(torch::MemoryFormat::ChannelsLast));
}

torch::Tensor networkInput(const torch::Tensor& images, const torch::Device& device) {
    return useChannelsLast(device) ? images.contiguous(torch::MemoryFormat::ChannelsLast)
                                   : images.to(device, /*non_blocking=*/true);
}

}  // namespace faicls::runtime
