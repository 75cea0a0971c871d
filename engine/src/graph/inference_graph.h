#pragma once

#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

namespace faicls::graph {

/// One operation of an inference graph. Its output is the value with the node's index.
struct Node {
    enum class Kind {
        Input,   ///< the normalised images [B, 3, H, W]
        Conv,    ///< 2-D convolution, square kernel, symmetric padding, always a bias
        Linear,  ///< [B, C] → [B, K]
        Relu,
        Relu6,  ///< min(max(x, 0), 6)
        Silu,
        Sigmoid,
        Add,     ///< elementwise, broadcasting
        Mul,     ///< elementwise, broadcasting
        Concat,  ///< along channels
        MaxPool,
        AvgPool,
        GlobalAvgPool,  ///< [B, C, H, W] → [B, C, 1, 1]
        Flatten         ///< [B, C, 1, 1] → [B, C]
    };
    Kind kind = Kind::Input;
    std::vector<int> inputs;
    torch::Tensor weight, bias;  ///< Conv [O, I/groups, k, k]; Linear [K, C]
    torch::Tensor packedWeight;  ///< Conv on the CPU: the weight in oneDNN's own layout
    int64_t kernel = 1, stride = 1, padding = 0, groups = 1;
    bool ceilMode = false;
    bool countIncludePad = true;
};

const char* kindName(Node::Kind kind);

/// Sees each value of a run as soon as its node has computed it (it may be overwritten later).
using ValueObserver = std::function<void(int value, const torch::Tensor& tensor)>;

/// A trained FAI-CLS network as a flat list of inference operations, BatchNorm already folded
/// into the convolutions and dropout gone. The engine runs it for prediction, and the ONNX and
/// TorchScript exports are written from it, so all three compute the same thing.
class InferenceGraph {
public:
    InferenceGraph();

    int input() const { return 0; }
    int conv(int x, torch::Tensor weight, torch::Tensor bias, int64_t stride, int64_t padding,
             int64_t groups);
    int linear(int x, torch::Tensor weight, torch::Tensor bias);
    int relu(int x) { return unary(Node::Kind::Relu, x); }
    int relu6(int x) { return unary(Node::Kind::Relu6, x); }
    int silu(int x) { return unary(Node::Kind::Silu, x); }
    int sigmoid(int x) { return unary(Node::Kind::Sigmoid, x); }
    int add(int a, int b);
    int mul(int a, int b);
    int concat(std::vector<int> values);
    int maxPool(int x, int64_t kernel, int64_t stride, int64_t padding, bool ceilMode = false);
    int avgPool(int x, int64_t kernel, int64_t stride, int64_t padding, bool ceilMode,
                bool countIncludePad);
    int globalAvgPool(int x) { return unary(Node::Kind::GlobalAvgPool, x); }
    int flatten(int x) { return unary(Node::Kind::Flatten, x); }

    void setOutput(int value) { m_output = value; }
    int output() const { return m_output; }
    const std::vector<Node>& nodes() const { return m_nodes; }
    /// The index of the last node reading each value (-1: none).
    const std::vector<int>& lastUses() const { return m_lastUse; }
    /// A digest of the operations and weight shapes: parameters computed for one graph (int8
    /// calibration) are refused by another.
    std::string signature() const;

    /// Moves every weight to `device` in `dtype` (float32, or bfloat16: run() then computes in
    /// it) and returns *this. On the CPU in float32, with oneDNN, convolution weights are
    /// reordered once into oneDNN's layout and activations stay in it between convolutions (no
    /// reorder per call); otherwise channels-last.
    InferenceGraph& to(const torch::Device& device, torch::ScalarType dtype = torch::kFloat);
    /// Logits (float32) for normalised images; call under inference mode. Each intermediate is
    /// freed after its last use, and ReLU/Add run in place where the input is not needed any more.
    /// `observe` (calibration) is given every value, dense, as it is computed.
    torch::Tensor run(const torch::Tensor& images, const ValueObserver& observe = {}) const;

private:
    int unary(Node::Kind kind, int x);
    int append(Node node);

    std::vector<Node> m_nodes;
    std::vector<int> m_lastUse;  ///< per value: the index of the last node reading it
    int m_output = -1;
    bool m_channelsLast = false;
    bool m_oneDnn = false;
    torch::ScalarType m_dtype = torch::kFloat;
};

/// Convolution weights and bias with a BatchNorm's affine transform folded in:
/// w' = w·γ/√(σ²+ε), b' = β + (b − μ)·γ/√(σ²+ε). `convBias` may be undefined.
std::pair<torch::Tensor, torch::Tensor> foldBatchNorm(const torch::Tensor& convWeight,
                                                      const torch::Tensor& convBias,
                                                      const torch::Tensor& gamma,
                                                      const torch::Tensor& beta,
                                                      const torch::Tensor& mean,
                                                      const torch::Tensor& variance, double eps);

}  // namespace faicls::graph
