#pragma once

#include <torch/torch.h>

namespace faicls::nn {

/// A Sequential that can itself sit inside a Sequential (LibTorch's own cannot: its forward is a
/// template). Children are named "0", "1", ... like torch.nn.Sequential's.
class ChainImpl : public torch::nn::SequentialImpl {
public:
    using SequentialImpl::SequentialImpl;
    torch::Tensor forward(torch::Tensor x) { return SequentialImpl::forward(std::move(x)); }
};
TORCH_MODULE(Chain);

enum class Activation { None, ReLU, ReLU6, SiLU };

/// Conv2d (no bias) → BatchNorm2d → activation, as a Sequential with children "0", "1" (and the
/// parameter-free activation as "2"), which is torchvision's `Conv2dNormActivation` layout.
Chain convNormActivation(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups,
                         Activation activation);

torch::nn::Conv2d conv2d(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding,
                         int64_t groups = 1, bool bias = false);

}  // namespace faicls::nn
