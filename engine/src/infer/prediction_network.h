#pragma once

#include <torch/torch.h>

#include <memory>
#include <string>

#include "graph/inference_graph.h"
#include "graph/quantized_graph.h"
#include "model/bundle_file.h"

namespace faicls::infer {

/// What a precision setting ("auto", "float32", "bfloat16", "int8") means for a bundle on a
/// device: auto is the kept int8 variant on the CPU, else bfloat16 on a CPU with native
/// bfloat16, else float32. Throws EngineError(InvalidConfig) naming `bundlePath` for int8
/// without a variant or off the CPU, and for an unknown setting.
std::string resolvePredictionPrecision(const std::string& setting, const BundleInfo& info,
                                       const std::string& bundlePath, const torch::Device& device);

/// A bundle's network as prediction runs it: the folded graph in float32 or bfloat16 on the
/// device, or the int8 graph of its variant on the CPU. The one mechanism behind the Predictor
/// and the evaluation of a bundle in a lower precision.
class PredictionNetwork {
public:
    /// `precision`: a setting as resolvePredictionPrecision takes it.
    PredictionNetwork(const LoadedBundle& bundle, const std::string& bundlePath,
                      const torch::Device& device, const std::string& precision);

    /// "float32", "bfloat16" or "int8".
    const std::string& precision() const { return m_precision; }
    const torch::Device& device() const { return m_device; }
    /// Float32 logits on the CPU for normalised images [N, 3, H, W]; call under inference mode.
    torch::Tensor logits(const torch::Tensor& images) const;

private:
    torch::Device m_device;
    std::string m_precision;
    graph::InferenceGraph m_graph;
    std::unique_ptr<graph::QuantizedGraph> m_int8;
};

}  // namespace faicls::infer
