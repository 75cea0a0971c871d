#pragma once

#include "nn/backbone.h"

namespace faicls::nn {

/// Blocks per stage for a ResNet depth (18, 34, 50, 101); throws EngineError(InvalidConfig)
/// otherwise.
std::array<int, 4> resnetStageBlocks(int depth);

/// torchvision's ResNet (v1.5: the stride sits on the 3x3 conv), same module names
/// (`conv1`, `bn1`, `layer1.0.conv1`, `layer2.0.downsample.0`, ...), without `fc`.
/// res2..res5 are the outputs of layer1..layer4.
class ResNetImpl : public BackboneImpl {
public:
    explicit ResNetImpl(int depth);
    FeaturePyramid forwardFeatures(const torch::Tensor& images, int lastLevel) override;
    int emitFeatures(graph::InferenceGraph& graph, int images, int lastLevel) const override;
    std::array<int64_t, 4> channels() const override { return m_channels; }

private:
    torch::nn::Conv2d m_conv1{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr};
    std::array<torch::nn::Sequential, 4> m_layers;
    std::array<int64_t, 4> m_channels{};
};

}  // namespace faicls::nn
