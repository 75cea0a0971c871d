#pragma once

#include <torch/torch.h>

#include "graph/inference_graph.h"

namespace faicls::nn {

class FrozenBatchNorm2dImpl;

/// A module that can append its eval-mode computation to an inference graph. Each one keeps
/// this next to its forward(); tests check that the graph computes what forward() does.
class GraphEmitter {
public:
    virtual ~GraphEmitter() = default;
    /// Appends the module applied to value `x`; returns the result's value.
    virtual int emit(graph::InferenceGraph& graph, int x) const = 0;
};

/// conv → BatchNorm, folded into one convolution.
int emitConvBatchNorm(graph::InferenceGraph& graph, const torch::nn::Conv2dImpl& conv,
                      const torch::nn::BatchNorm2dImpl& norm, int x);
/// conv → frozen BatchNorm, folded into one convolution.
int emitConvFrozenNorm(graph::InferenceGraph& graph, const torch::nn::Conv2dImpl& conv,
                       const FrozenBatchNorm2dImpl& norm, int x);
/// A convolution alone (with its own bias, if any).
int emitConv(graph::InferenceGraph& graph, const torch::nn::Conv2dImpl& conv, int x);
/// The children of a Sequential in order: Conv2d + BatchNorm2d pairs folded, ReLU, ReLU6, SiLU,
/// nested Sequentials, and GraphEmitter modules. Throws EngineError for anything else.
int emitSequence(graph::InferenceGraph& graph, const torch::nn::SequentialImpl& sequence, int x);
/// Any module of the kinds emitSequence accepts.
int emitModule(graph::InferenceGraph& graph, const std::shared_ptr<torch::nn::Module>& module,
               int x);

}  // namespace faicls::nn
