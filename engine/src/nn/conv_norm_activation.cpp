#include "nn/conv_norm_activation.h"

namespace faicls::nn {

torch::nn::Conv2d conv2d(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding,
                         int64_t groups, bool bias) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                 .stride(stride)
                                 .padding(padding)
                                 .groups(groups)
                                 .bias(bias));
}

Chain convNormActivation(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups,
                         Activation activation) {
    Chain layers;
    layers->push_back(conv2d(in, out, kernel, stride, (kernel - 1) / 2, groups));
    layers->push_back(torch::nn::BatchNorm2d(out));
    if (activation == Activation::ReLU)
        layers->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
    if (activation == Activation::ReLU6)
        layers->push_back(torch::nn::ReLU6(torch::nn::ReLU6Options(true)));
    if (activation == Activation::SiLU)
        layers->push_back(torch::nn::SiLU());
    return layers;
}

}  // namespace faicls::nn
