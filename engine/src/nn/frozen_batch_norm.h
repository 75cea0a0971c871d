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
    const torch::Tensor& weight() const { return m_weight; }
    const torch::Tensor& bias() const { return m_bias; }
    const torch::Tensor& runningMean() const { return m_runningMean; }
    const torch::Tensor& runningVar() const { return m_runningVar; }
    double eps() const { return m_eps; }

private:
    double m_eps;
    torch::Tensor m_weight, m_bias, m_runningMean, m_runningVar;
};
TORCH_MODULE(FrozenBatchNorm2d);

}  // namespace faicls::nn
