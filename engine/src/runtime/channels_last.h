#pragma once

#include <torch/torch.h>

namespace faicls::runtime {

/// Convolutions run faster channels-last on the CPU (oneDNN): measured in bench/train_step.sh,
/// ResNet-18 +2-8%, STDC-small +27-36% per train step (2 cores).
inline bool useChannelsLast(const torch::Device& device) {
    return device.is_cpu();
}

/// Every 4-D parameter of `module` in channels-last memory order.
void toChannelsLast(torch::nn::Module& module);

/// A batch of images ready for a network on `device`: channels-last on the CPU; on CUDA a
/// non-blocking copy (the loader hands over pinned batches, so it overlaps with compute).
torch::Tensor networkInput(const torch::Tensor& images, const torch::Device& device);

}  // namespace faicls::runtime
