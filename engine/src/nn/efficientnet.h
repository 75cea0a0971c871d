#pragma once

#include <string>

#include "nn/backbone.h"

namespace faicls::nn {

/// torchvision's EfficientNet B0..B3, same module names (`features.0.0`, `features.1.0.block.0`,
/// ...), without `classifier`. res2, res3, res4 are the outputs of features.2, .3, .5 (strides
/// 4, 8, 16); res5 is features.8, the final 1x1 conv at stride 32 that torchvision's classifier
/// reads.
class EfficientNetImpl : public BackboneImpl {
public:
    /// `variant` "b0".."b3"; `stochasticDepthProbability` as torchvision (0.2).
    explicit EfficientNetImpl(const std::string& variant, double stochasticDepthProbability = 0.2);
    FeaturePyramid forwardFeatures(const torch::Tensor& images, int lastLevel) override;
    int emitFeatures(graph::InferenceGraph& graph, int images, int lastLevel) const override;
    std::array<int64_t, 4> channels() const override { return m_channels; }

    /// Dropout torchvision puts before its classifier for this variant (0.2 or 0.3).
    static double classifierDropout(const std::string& variant);

private:
    torch::nn::Sequential m_features{nullptr};
    std::array<int64_t, 4> m_channels{};
};

}  // namespace faicls::nn
