#pragma once

#include <torch/torch.h>

#include "graph/inference_graph.h"

namespace faicls::nn {

/// The seed's MLP head. One layer: pool → flatten → dropout → `classifier` (Linear C→K).
/// Two layers: pool → flatten → `hidden` (Linear C→H) → ReLU → dropout → `classifier` (H→K).
class ClassificationHeadImpl : public torch::nn::Module {
public:
    ClassificationHeadImpl(int64_t inChannels, int64_t numClasses, int numLayers, int64_t hiddenDim,
                           double dropoutRate);
    /// [B, C, H, W] features → [B, K] logits.
    torch::Tensor forward(const torch::Tensor& features);
    /// forward() in two parts: the pooled features [B, C] of a feature map, and the rest.
    static torch::Tensor pool(const torch::Tensor& features);
    torch::Tensor classify(const torch::Tensor& pooled);
    /// Appends the eval-mode head (no dropout) to `graph`; returns the logits' value.
    int emit(graph::InferenceGraph& graph, int features) const;

    torch::nn::Linear hidden{nullptr};  ///< null for a one-layer head
    torch::nn::Linear classifier{nullptr};

private:
    torch::nn::Dropout m_dropout{nullptr};
};
TORCH_MODULE(ClassificationHead);

}  // namespace faicls::nn
