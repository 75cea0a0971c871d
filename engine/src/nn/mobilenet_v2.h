#pragma once

#include "nn/backbone.h"

namespace faicls::nn {

/// torchvision's MobileNetV2 (width 1.0), same module names (`features.0.0`,
/// `features.1.conv.0.0`, ...), without `classifier`. res2, res3, res4 are the outputs of
/// features.3, .6, .13 (strides 4, 8, 16); res5 is features.18, the final 1x1 conv to 1280
/// channels at stride 32 that torchvision's classifier reads.
class MobileNetV2Impl : public BackboneImpl {
public:
    MobileNetV2Impl();
    FeaturePyramid forwardFeatures(const torch::Tensor& images, int lastLevel) override;
    int emitFeatures(graph::InferenceGraph& graph, int images, int lastLevel) const override;
    std::array<int64_t, 4> channels() const override { return {24, 32, 96, 1280}; }

private:
    torch::nn::Sequential m_features{nullptr};
};

}  // namespace faicls::nn
