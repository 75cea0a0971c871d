#pragma once

#include <vector>

#include "nn/backbone.h"

namespace faicls::nn {

/// The reference STDC backbone (reference facts §5.1), parameter names `features.*` so
/// reference checkpoints load by name: `features.0`/`features.1` are stride-2 ConvX stems, then
/// three stages of Cat (or Add) bottlenecks. res2 = features.1, res3..res5 = last block of
/// each stage.
class StdcImpl : public BackboneImpl {
public:
    /// `base` 32 (nano) or 64; `layers` {2,2,2} or {4,5,3}; `blockType` "cat" or "add".
    StdcImpl(int64_t base, std::vector<int> layers, const std::string& blockType);
    FeaturePyramid forwardFeatures(const torch::Tensor& images, int lastLevel) override;
    int emitFeatures(graph::InferenceGraph& graph, int images, int lastLevel) const override;
    std::array<int64_t, 4> channels() const override { return m_channels; }

private:
    std::vector<torch::nn::AnyModule> m_blocks;
    std::array<size_t, 4> m_outputIndex{};
    std::array<int64_t, 4> m_channels{};
};

}  // namespace faicls::nn
