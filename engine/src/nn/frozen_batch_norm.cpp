#include "nn/frozen_batch_norm.h"

namespace faicls::nn {

FrozenBatchNorm2dImpl::FrozenBatchNorm2dImpl(int64_t channels, double eps) : m_eps(eps) {
    m_weight = register_buffer("weight", torch::ones({channels}));
    m_bias = register_buffer("bias", torch::zeros({channels}));
    m_runningMean = register_buffer("running_mean", torch::zeros({channels}));
    m_runningVar = register_buffer("running_var", torch::ones({channels}));
}

torch::Tensor FrozenBatchNorm2dImpl::forward(const torch::Tensor& x) {
    const auto scale = m_weight * torch::rsqrt(m_runningVar + m_eps);
    const auto shift = m_bias - m_runningMean * scale;
    return x * scale.view({1, -1, 1, 1}) + shift.view({1, -1, 1, 1});
}

}  // namespace faicls::nn
