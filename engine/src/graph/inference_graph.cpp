#include "graph/inference_graph.h"

#include "faicls/engine_error.h"

namespace faicls::graph {

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

InferenceGraph& InferenceGraph::to(const torch::Device& device) {
    m_oneDnn = device.is_cpu() && at::hasMKLDNN();
    m_channelsLast = device.is_cpu() && !m_oneDnn;
    for (auto& node : m_nodes) {
        if (!node.weight.defined())
            continue;
        node.weight = node.weight.to(device);
        node.bias = node.bias.to(device);
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

torch::Tensor InferenceGraph::run(const torch::Tensor& images) const {
    std::vector<torch::Tensor> values(m_nodes.size());
    values[0] = m_channelsLast ? images.contiguous(torch::MemoryFormat::ChannelsLast) : images;
    // oneDNN tensors support convolution, ReLU, Add and pooling; other operations read dense
    // tensors, and the next convolution converts back.
    const auto dense = [](const torch::Tensor& t) { return t.is_mkldnn() ? t.to_dense() : t; };
    const auto oneDnn = [](const torch::Tensor& t) { return t.is_mkldnn() ? t : t.to_mkldnn(); };
    const int64_t lastIndex = static_cast<int64_t>(m_nodes.size());
    for (int64_t i = 1; i < lastIndex; ++i) {
        const Node& node = m_nodes[static_cast<size_t>(i)];
        const auto in = [&](size_t k) -> torch::Tensor& {
            return values[static_cast<size_t>(node.inputs[k])];
        };
        // An input read for the last time by this node (and not the caller's images) may be
        // overwritten.
        const auto reusable = [&](size_t k) {
            const int v = node.inputs[k];
            return v != 0 && m_lastUse[static_cast<size_t>(v)] == i &&
                   std::count(node.inputs.begin(), node.inputs.end(), v) == 1;
        };
        torch::Tensor out;
        switch (node.kind) {
            case Node::Kind::Input:
                break;
            case Node::Kind::Conv:
                out = node.packedWeight.defined()
                          ? at::mkldnn_convolution(oneDnn(in(0)), node.packedWeight, node.bias,
                                                   {node.padding, node.padding},
                                                   {node.stride, node.stride}, {1, 1}, node.groups)
                          : torch::conv2d(in(0), node.weight, node.bias, {node.stride, node.stride},
                                          {node.padding, node.padding}, {1, 1}, node.groups);
                break;
            case Node::Kind::Linear:
                out = torch::linear(dense(in(0)), node.weight, node.bias);
                break;
            case Node::Kind::Relu:
                out = reusable(0) ? in(0).relu_() : torch::relu(in(0));
                break;
            case Node::Kind::Silu:
                out = torch::silu(dense(in(0)));
                break;
            case Node::Kind::Sigmoid:
                out = torch::sigmoid(dense(in(0)));
                break;
            case Node::Kind::Add: {
                torch::Tensor a = in(0), b = in(1);
                if (a.is_mkldnn() != b.is_mkldnn()) {
                    a = dense(a);
                    b = dense(b);
                }
                // In place only when the result keeps the first operand's shape.
                out = reusable(0) && a.sizes() == b.sizes() ? a.add_(b) : a + b;
                break;
            }
            case Node::Kind::Mul:
                out = dense(in(0)) * dense(in(1));
                break;
            case Node::Kind::Concat: {
                std::vector<torch::Tensor> parts;
                for (size_t k = 0; k < node.inputs.size(); ++k)
                    parts.push_back(dense(in(k)));
                out = torch::cat(parts, 1);
                break;
            }
            case Node::Kind::MaxPool:
                out =
                    torch::max_pool2d(in(0), {node.kernel, node.kernel}, {node.stride, node.stride},
                                      {node.padding, node.padding}, {1, 1}, node.ceilMode);
                break;
            case Node::Kind::AvgPool:
                out = torch::avg_pool2d(in(0), {node.kernel, node.kernel},
                                        {node.stride, node.stride}, {node.padding, node.padding},
                                        node.ceilMode, node.countIncludePad);
                break;
            case Node::Kind::GlobalAvgPool:
                out = torch::adaptive_avg_pool2d(in(0), {1, 1});
                break;
            case Node::Kind::Flatten:
                out = dense(in(0)).flatten(1);
                break;
        }
        values[static_cast<size_t>(i)] = std::move(out);
        for (int input : node.inputs)
            if (input != 0 && m_lastUse[static_cast<size_t>(input)] == i)
                values[static_cast<size_t>(input)] = torch::Tensor();
    }
    return dense(values[static_cast<size_t>(m_output)]);
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
