#pragma once

#include <array>
#include <string>

#include <torch/torch.h>

#include "graph/inference_graph.h"

namespace faicls::nn {

/// res2..res5, strides 4, 8, 16, 32.
using FeaturePyramid = std::array<torch::Tensor, 4>;

/// Level index of "res2".."res5" (0..3), or -1.
int featureLevel(const std::string& name);

/// A feature extractor. Subclasses register their layers with the parameter names of the
/// layout they follow (torchvision, reference STDC) so those checkpoints load by name.
class BackboneImpl : public torch::nn::Module {
public:
    /// Runs up to and including `lastLevel` (0..3); later entries stay undefined.
    virtual FeaturePyramid forwardFeatures(const torch::Tensor& images, int lastLevel) = 0;
    /// Channels of res2..res5.
    virtual std::array<int64_t, 4> channels() const = 0;
    /// Appends the eval-mode operations up to `lastLevel` (BatchNorm folded) to `graph`, from
    /// the value `images`; returns the value of that level.
    virtual int emitFeatures(graph::InferenceGraph& graph, int images, int lastLevel) const = 0;
};

}  // namespace faicls::nn
