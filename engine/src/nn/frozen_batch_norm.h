#pragma once

#include <torch/torch.h>

namespace faicls::nn {

/// BatchNorm with fixed statistics and affine terms, all buffers (`weight`, `bias`,
/// `running_mean`, `running_var`, no `num_batches_tracked`): the reference ResNet-d's norm layer,
/// so its checkpoints load by name. Never trained, same in train and eval mode.
class FrozenBatchNorm2dImpl : public torch::nn::Module {
public:
    explicit FrozenBatchNorm2dImpl(int64_t channels, double eps = 1e-5);
    torch::Tensor forward(const torch::Tensor& x);

private:
    double m_eps;
    torch::Tensor m_weight, m_bias, m_runningMean, m_runningVar;
};
TORCH_MODULE(FrozenBatchNorm2d);

}  // namespace faicls::nn
