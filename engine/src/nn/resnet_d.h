#pragma once

#include "nn/backbone.h"

namespace faicls::nn {

/// The reference implementation's ResNet-d (reference facts §5.2), for its checkpoints: a
/// three-conv stem (`conv1.conv1_{1,2,3}`), `res_layers.N.blocks.M.branch2{a,b,c}`, an average-
/// pooled projection shortcut on stride-2 stages, and frozen BatchNorm (`*.norm.*` buffers).
/// res2..res5 are the outputs of res_layers 0..3.
class ResNetDImpl : public BackboneImpl {
public:
    explicit ResNetDImpl(int depth);
    FeaturePyramid forwardFeatures(const torch::Tensor& images, int lastLevel) override;
    int emitFeatures(graph::InferenceGraph& graph, int images, int lastLevel) const override;
    std::array<int64_t, 4> channels() const override { return m_channels; }

private:
    torch::nn::Sequential m_stem{nullptr};
    std::array<torch::nn::Sequential, 4> m_stages;
    std::array<int64_t, 4> m_channels{};
};

}  // namespace faicls::nn
