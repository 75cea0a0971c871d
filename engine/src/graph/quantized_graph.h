#pragma once

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "graph/inference_graph.h"

namespace faicls::graph {

/// How one value of a graph is stored in 8 bits: real = scale · (q − zeroPoint), q in 0..255
/// (0..127 with a reduced range).
struct ValueQuantization {
    double scale = 1;
    int64_t zeroPoint = 0;
};

/// What post-training calibration found for a graph: each value's 8-bit encoding. With the
/// convolution weights (quantised per output channel from the float weights, symmetric), this
/// is the whole int8 network, so a bundle stores only this beside its float weights.
struct Int8Parameters {
    std::string graphSignature;  ///< InferenceGraph::signature() of the calibrated graph
    /// Activations use 7 bits: processors without int8 dot-product units (VNNI) accumulate pairs
    /// of 8-bit products in 16 bits, which full-range values can overflow.
    bool reducedRange = true;
    std::vector<ValueQuantization> values;  ///< per graph value
};

nlohmann::json toJson(const Int8Parameters& parameters);
/// Throws EngineError(InvalidFile) naming `source` for a malformed description.
Int8Parameters int8ParametersFromJson(const nlohmann::json& json, const std::string& source);

/// The range of every value of a graph over calibration images: the observed minimum and
/// maximum, narrowed where clipping the rare extremes loses less than the coarser steps the
/// full range needs (the narrowing with the smallest quantisation error on a sample of values).
class ActivationRanges {
public:
    explicit ActivationRanges(const InferenceGraph& graph);
    /// Runs the float graph on normalised images [B, 3, H, W] and widens each value's range.
    void observe(const torch::Tensor& images);
    int64_t imagesSeen() const { return m_images; }
    /// The encodings of the ranges seen. Throws EngineError(Runtime) before any images.
    Int8Parameters parameters(bool reducedRange) const;

private:
    const InferenceGraph& m_graph;
    std::vector<float> m_min, m_max;
    std::vector<std::vector<torch::Tensor>> m_samples;  ///< per value, a few elements per batch
    int64_t m_images = 0;
};

/// A folded graph computed in int8 on the CPU: convolutions (with a following ReLU or ReLU6
/// fused), additions, concatenations and pooling on 8-bit values; the head's matrix products,
/// SiLU, sigmoid and products (EfficientNet's squeeze-excitation) in float32 between them, as
/// they cost little or lose accuracy in 8 bits.
class QuantizedGraph {
public:
    /// Throws EngineError(InvalidFile) when `parameters` were calibrated for another graph, and
    /// EngineError(Runtime) when this LibTorch has no quantized CPU engine.
    QuantizedGraph(const InferenceGraph& graph, const Int8Parameters& parameters);

    /// Float logits for normalised float images; call under inference mode.
    torch::Tensor run(const torch::Tensor& images) const;

    /// The quantized engine in use ("x86", "fbgemm", "onednn", "qnnpack").
    static std::string engineName();
    /// Whether this LibTorch has a quantized CPU engine at all.
    static bool available();

    /// One operation of the int8 run; its result is value `output` of the float graph.
    struct Step {
        enum class Kind {
            Conv,     ///< int8 convolution, prepacked, ReLU fused when `relu`
            Add,      ///< int8 addition, ReLU fused when `relu`
            Concat,   ///< int8, re-encoded to the output's encoding
            Encoded,  ///< ReLU, ReLU6, pooling, flatten: on whichever form the input has
            Float     ///< dequantised inputs, float32 operation
        };
        Kind kind = Kind::Float;
        Node node;  ///< the float operation (for Conv: the one before the fused activation)
        std::vector<int> inputs;
        int operation = -1;  ///< the graph node of `node` (the output's, unless fused)
        int output = -1;
        bool relu = false;
        bool relu6 = false;  ///< fused ReLU6: ReLU in the convolution, then the clamp at 6
        c10::IValue packedWeight;
    };

    /// The operations in order (the ONNX export writes them as QDQ).
    const std::vector<Step>& steps() const { return m_steps; }
    /// Each value's calibrated encoding.
    const std::vector<ValueQuantization>& encodings() const { return m_encodings; }

private:
    std::vector<Step> m_steps;
    std::vector<ValueQuantization> m_encodings;
    std::vector<int> m_lastRead;  ///< per value: the last step reading it
    int m_output = -1;
};

}  // namespace faicls::graph
