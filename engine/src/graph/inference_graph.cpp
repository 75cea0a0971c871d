#include "graph/inference_graph.h"

#include "faicls/engine_error.h"

#include <cstdio>

namespace faicls::graph {

namespace {

// oneDNN tensors support convolution, ReLU, Add and pooling; other operations read dense
// tensors, and the next convolution converts back.
torch::Tensor dense(const torch::Tensor& tensor) {
    return tensor.is_mkldnn() ? tensor.to_dense() : tensor;
}

torch::Tensor oneDnn(const torch::Tensor& tensor) {
    return tensor.is_mkldnn() ? tensor : tensor.to_mkldnn();
}

// The values one node reads, by reference into the run's value list: nothing is copied.
class NodeInputs {
public:
    NodeInputs(const Node& node, int64_t index, std::vector<torch::Tensor>& values,
               const std::vector<int>& lastUse)
        : m_node(node), m_index(index), m_values(values), m_lastUse(lastUse) {}

    torch::Tensor& operator[](size_t k) const {
        return m_values[static_cast<size_t>(m_node.inputs[k])];
    }
    // An input read for the last time by this node (and not the caller's images) may be
    // overwritten.
    bool reusable(size_t k) const {
        const int value = m_node.inputs[k];
        return value != 0 && m_lastUse[static_cast<size_t>(value)] == m_index &&
               std::count(m_node.inputs.begin(), m_node.inputs.end(), value) == 1;
    }

private:
    const Node& m_node;
    int64_t m_index;
    std::vector<torch::Tensor>& m_values;
    const std::vector<int>& m_lastUse;
};

torch::Tensor convolve(const Node& node, const NodeInputs& inputs) {
    return node.packedWeight.defined()
               ? at::mkldnn_convolution(oneDnn(inputs[0]), node.packedWeight, node.bias,
                                        {node.padding, node.padding}, {node.stride, node.stride},
                                        {1, 1}, node.groups)
               : torch::conv2d(inputs[0], node.weight, node.bias, {node.stride, node.stride},
                               {node.padding, node.padding}, {1, 1}, node.groups);
}

torch::Tensor addInputs(const NodeInputs& inputs) {
    torch::Tensor a = inputs[0], b = inputs[1];
    if (a.is_mkldnn() != b.is_mkldnn()) {
        a = dense(a);
        b = dense(b);
    }
    // In place only when the result keeps the first operand's shape.
    return inputs.reusable(0) && a.sizes() == b.sizes() ? a.add_(b) : a + b;
}

torch::Tensor concatenate(const Node& node, const NodeInputs& inputs) {
    std::vector<torch::Tensor> parts;
    for (size_t k = 0; k < node.inputs.size(); ++k)
        parts.push_back(dense(inputs[k]));
    return torch::cat(parts, 1);
}

torch::Tensor evaluate(const Node& node, const NodeInputs& inputs) {
    switch (node.kind) {
        case Node::Kind::Input:
            return torch::Tensor();
        case Node::Kind::Conv:
            return convolve(node, inputs);
        case Node::Kind::Linear:
            return torch::linear(dense(inputs[0]), node.weight, node.bias);
        case Node::Kind::Relu:
            return inputs.reusable(0) ? inputs[0].relu_() : torch::relu(inputs[0]);
        case Node::Kind::Relu6:
            return torch::hardtanh(dense(inputs[0]), 0.0, 6.0);
        case Node::Kind::Silu:
            return torch::silu(dense(inputs[0]));
        case Node::Kind::Sigmoid:
            return torch::sigmoid(dense(inputs[0]));
        case Node::Kind::Add:
            return addInputs(inputs);
        case Node::Kind::Mul:
            return dense(inputs[0]) * dense(inputs[1]);
        case Node::Kind::Concat:
            return concatenate(node, inputs);
        case Node::Kind::MaxPool:
            return torch::max_pool2d(inputs[0], {node.kernel, node.kernel},
                                     {node.stride, node.stride}, {node.padding, node.padding},
                                     {1, 1}, node.ceilMode);
        case Node::Kind::AvgPool:
            return torch::avg_pool2d(inputs[0], {node.kernel, node.kernel},
                                     {node.stride, node.stride}, {node.padding, node.padding},
                                     node.ceilMode, node.countIncludePad);
        case Node::Kind::GlobalAvgPool:
            return torch::adaptive_avg_pool2d(inputs[0], {1, 1});
        case Node::Kind::Flatten:
            return dense(inputs[0]).flatten(1);
    }
    return torch::Tensor();
}

// Frees each intermediate as soon as its last reader has run, to keep peak memory low.
void releaseLastReads(const Node& node, int64_t index, std::vector<torch::Tensor>& values,
                      const std::vector<int>& lastUse, int output) {
    for (int input : node.inputs)
        if (input != 0 && input != output && lastUse[static_cast<size_t>(input)] == index)
            values[static_cast<size_t>(input)] = torch::Tensor();
}

}  // namespace

const char* kindName(Node::Kind kind) {
    switch (kind) {
        case Node::Kind::Input:
            return "input";
        case Node::Kind::Conv:
            return "conv";
        case Node::Kind::Linear:
            return "linear";
        case Node::Kind::Relu:
            return "relu";
        case Node::Kind::Relu6:
            return "relu6";
        case Node::Kind::Silu:
            return "silu";
        case Node::Kind::Sigmoid:
            return "sigmoid";
        case Node::Kind::Add:
            return "add";
        case Node::Kind::Mul:
            return "mul";
        case Node::Kind::Concat:
            return "concat";
        case Node::Kind::MaxPool:
            return "max_pool";
        case Node::Kind::AvgPool:
            return "avg_pool";
        case Node::Kind::GlobalAvgPool:
            return "global_avg_pool";
        case Node::Kind::Flatten:
            return "flatten";
    }
    return "?";
}

InferenceGraph::InferenceGraph() {
    m_nodes.push_back(Node{});
    m_lastUse.push_back(-1);
}

int InferenceGraph::append(Node node) {
    const int index = static_cast<int>(m_nodes.size());
    for (int input : node.inputs) {
        if (input < 0 || input >= index)
            throw EngineError(ErrorCode::Runtime, "inference graph: bad input value");
        m_lastUse[static_cast<size_t>(input)] = index;
    }
    m_nodes.push_back(std::move(node));
    m_lastUse.push_back(-1);
    m_output = index;
    return index;
}

int InferenceGraph::unary(Node::Kind kind, int x) {
    Node node;
    node.kind = kind;
    node.inputs = {x};
    return append(std::move(node));
}

int InferenceGraph::conv(int x, torch::Tensor weight, torch::Tensor bias, int64_t stride,
                         int64_t padding, int64_t groups) {
    Node node;
    node.kind = Node::Kind::Conv;
    node.inputs = {x};
    node.kernel = weight.size(2);
    node.weight = std::move(weight);
    node.bias = bias.defined() ? std::move(bias) : torch::zeros({node.weight.size(0)});
    node.stride = stride;
    node.padding = padding;
    node.groups = groups;
    return append(std::move(node));
}

int InferenceGraph::linear(int x, torch::Tensor weight, torch::Tensor bias) {
    Node node;
    node.kind = Node::Kind::Linear;
    node.inputs = {x};
    node.weight = std::move(weight);
    node.bias = std::move(bias);
    return append(std::move(node));
}

int InferenceGraph::add(int a, int b) {
    Node node;
    node.kind = Node::Kind::Add;
    node.inputs = {a, b};
    return append(std::move(node));
}

int InferenceGraph::mul(int a, int b) {
    Node node;
    node.kind = Node::Kind::Mul;
    node.inputs = {a, b};
    return append(std::move(node));
}

int InferenceGraph::concat(std::vector<int> values) {
    Node node;
    node.kind = Node::Kind::Concat;
    node.inputs = std::move(values);
    return append(std::move(node));
}

int InferenceGraph::maxPool(int x, int64_t kernel, int64_t stride, int64_t padding, bool ceilMode) {
    Node node;
    node.kind = Node::Kind::MaxPool;
    node.inputs = {x};
    node.kernel = kernel;
    node.stride = stride;
    node.padding = padding;
    node.ceilMode = ceilMode;
    return append(std::move(node));
}

int InferenceGraph::avgPool(int x, int64_t kernel, int64_t stride, int64_t padding, bool ceilMode,
                            bool countIncludePad) {
    Node node;
    node.kind = Node::Kind::AvgPool;
    node.inputs = {x};
    node.kernel = kernel;
    node.stride = stride;
    node.padding = padding;
    node.ceilMode = ceilMode;
    node.countIncludePad = countIncludePad;
    return append(std::move(node));
}

InferenceGraph& InferenceGraph::to(const torch::Device& device, torch::ScalarType dtype) {
    m_dtype = dtype;
    m_oneDnn = device.is_cpu() && at::hasMKLDNN() && dtype == torch::kFloat;
    m_channelsLast = device.is_cpu() && !m_oneDnn;
    for (auto& node : m_nodes) {
        if (!node.weight.defined())
            continue;
        node.weight = node.weight.to(device, dtype);
        node.bias = node.bias.to(device, dtype);
        node.packedWeight = torch::Tensor();
        if (node.kind != Node::Kind::Conv)
            continue;
        if (m_oneDnn)
            node.packedWeight = at::mkldnn_reorder_conv2d_weight(
                node.weight.to_mkldnn(), {node.padding, node.padding}, {node.stride, node.stride},
                {1, 1}, node.groups);
        else if (m_channelsLast)
            node.weight = node.weight.contiguous(torch::MemoryFormat::ChannelsLast);
    }
    return *this;
}

torch::Tensor InferenceGraph::run(const torch::Tensor& images, const ValueObserver& observe) const {
    std::vector<torch::Tensor> values(m_nodes.size());
    const torch::Tensor typed = images.to(m_dtype);
    values[0] = m_channelsLast ? typed.contiguous(torch::MemoryFormat::ChannelsLast) : typed;
    if (observe)
        observe(0, values[0]);
    const int64_t lastIndex = static_cast<int64_t>(m_nodes.size());
    for (int64_t i = 1; i < lastIndex; ++i) {
        const Node& node = m_nodes[static_cast<size_t>(i)];
        values[static_cast<size_t>(i)] = evaluate(node, NodeInputs(node, i, values, m_lastUse));
        if (observe)
            observe(static_cast<int>(i), dense(values[static_cast<size_t>(i)]));
        releaseLastReads(node, i, values, m_lastUse, m_output);
    }
    return dense(values[static_cast<size_t>(m_output)]).to(torch::kFloat);
}

std::string InferenceGraph::signature() const {
    // FNV-1a over each node's kind, inputs, settings and weight shape.
    uint64_t hash = 1469598103934665603ull;
    auto mix = [&hash](int64_t value) {
        for (int byte = 0; byte < 8; ++byte) {
            hash ^= static_cast<uint64_t>(value >> (8 * byte)) & 0xffu;
            hash *= 1099511628211ull;
        }
    };
    for (const auto& node : m_nodes) {
        mix(static_cast<int64_t>(node.kind));
        for (int input : node.inputs)
            mix(input);
        for (int64_t setting : {node.kernel, node.stride, node.padding, node.groups,
                                int64_t{node.ceilMode}, int64_t{node.countIncludePad}})
            mix(setting);
        if (node.weight.defined())
            for (int64_t size : node.weight.sizes())
                mix(size);
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::pair<torch::Tensor, torch::Tensor> foldBatchNorm(const torch::Tensor& convWeight,
                                                      const torch::Tensor& convBias,
                                                      const torch::Tensor& gamma,
                                                      const torch::Tensor& beta,
                                                      const torch::Tensor& mean,
                                                      const torch::Tensor& variance, double eps) {
    torch::NoGradGuard noGrad;
    // In double precision: the folded weights are then the exact product rounded once.
    const auto scale = gamma.to(torch::kDouble) * torch::rsqrt(variance.to(torch::kDouble) + eps);
    const auto weight =
        (convWeight.to(torch::kDouble) * scale.view({-1, 1, 1, 1})).to(convWeight.dtype());
    const auto bias0 =
        convBias.defined() ? convBias.to(torch::kDouble) : torch::zeros_like(mean, torch::kDouble);
    const auto bias = (beta.to(torch::kDouble) + (bias0 - mean.to(torch::kDouble)) * scale)
                          .to(convWeight.dtype());
    return {weight.contiguous(), bias.contiguous()};
}

}  // namespace faicls::graph
