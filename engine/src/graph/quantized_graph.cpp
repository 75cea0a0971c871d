#include "graph/quantized_graph.h"

#include <ATen/core/dispatch/Dispatcher.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

#include "faicls/engine_error.h"

namespace faicls::graph {

namespace {

using Step = QuantizedGraph::Step;

// The quantized operators are called through the dispatcher by name: they have no C++ API of
// their own, and boxed calls keep us clear of the packed-weight classes' headers, which change
// between LibTorch versions.
class QuantizedOperator {
public:
    QuantizedOperator(const char* name, const char* overload)
        : m_handle(c10::Dispatcher::singleton().findSchemaOrThrow(name, overload)) {}
    c10::IValue operator()(torch::jit::Stack stack) const {
        m_handle.callBoxed(&stack);
        return std::move(stack.front());
    }

private:
    c10::OperatorHandle m_handle;
};

// The operators of a run, looked up once.
const QuantizedOperator& convolution(bool relu) {
    static const QuantizedOperator plain("quantized::conv2d", "new");
    static const QuantizedOperator withRelu("quantized::conv2d_relu", "new");
    return relu ? withRelu : plain;
}

const QuantizedOperator& addition(bool relu) {
    static const QuantizedOperator plain("quantized::add", "");
    static const QuantizedOperator withRelu("quantized::add_relu", "");
    return relu ? withRelu : plain;
}

const QuantizedOperator& concatenation() {
    static const QuantizedOperator cat("quantized::cat", "");
    return cat;
}

const char* qEngineName(at::QEngine engine) {
    switch (engine) {
        case at::QEngine::X86:
            return "x86";
        case at::QEngine::FBGEMM:
            return "fbgemm";
        case at::QEngine::ONEDNN:
            return "onednn";
        case at::QEngine::QNNPACK:
            return "qnnpack";
        default:
            return "none";
    }
}

// The fastest quantized engine this LibTorch has, selected once for the process: packed weights
// belong to the engine that packed them.
at::QEngine selectQEngine() {
    static std::once_flag once;
    static at::QEngine chosen = at::QEngine::NoQEngine;
    std::call_once(once, [] {
        const auto& supported = at::globalContext().supportedQEngines();
        for (auto engine :
             {at::QEngine::X86, at::QEngine::FBGEMM, at::QEngine::ONEDNN, at::QEngine::QNNPACK}) {
            if (std::find(supported.begin(), supported.end(), engine) != supported.end()) {
                at::globalContext().setQEngine(engine);
                chosen = engine;
                return;
            }
        }
    });
    if (chosen == at::QEngine::NoQEngine)
        throw EngineError(ErrorCode::Runtime,
                          "this build of LibTorch has no quantized CPU engine: int8 unavailable");
    return chosen;
}

torch::Tensor encoded(const torch::Tensor& value, const ValueQuantization& encoding) {
    if (value.is_quantized())
        return value;
    const auto layout =
        value.dim() == 4 ? value.contiguous(torch::MemoryFormat::ChannelsLast) : value.contiguous();
    return at::quantize_per_tensor(layout, encoding.scale, encoding.zeroPoint, torch::kQUInt8);
}

torch::Tensor decoded(const torch::Tensor& value) {
    return value.is_quantized() ? value.dequantize() : value;
}

// Symmetric per-output-channel int8 weights, prepacked for the engine with the float bias.
c10::IValue packedConvolution(const Node& node) {
    const auto weight = node.weight.to(torch::kCPU, torch::kFloat).contiguous();
    const auto scales =
        (weight.abs().amax({1, 2, 3}).clamp_min(1e-12) / 127.0).to(torch::kDouble).contiguous();
    const auto zeroPoints = torch::zeros({weight.size(0)}, torch::kLong);
    const auto qweight = at::quantize_per_channel(weight, scales, zeroPoints, 0, torch::kQInt8);
    const c10::List<int64_t> stride({node.stride, node.stride});
    const c10::List<int64_t> padding({node.padding, node.padding});
    const c10::List<int64_t> dilation({1, 1});
    static const QuantizedOperator prepack("quantized::conv2d_prepack", "");
    return prepack({qweight, node.bias.to(torch::kCPU, torch::kFloat).contiguous(), stride, padding,
                    dilation, node.groups});
}

// How many nodes read each value.
std::vector<int> readerCounts(const InferenceGraph& graph) {
    std::vector<int> counts(graph.nodes().size(), 0);
    for (const auto& node : graph.nodes())
        for (int input : node.inputs)
            ++counts[static_cast<size_t>(input)];
    return counts;
}

bool elementwiseSameShape(const torch::Tensor& a, const torch::Tensor& b) {
    return a.sizes() == b.sizes();
}

torch::Tensor runEncoded(const Node& node, const torch::Tensor& x) {
    switch (node.kind) {
        case Node::Kind::Relu:
            return torch::relu(x);
        case Node::Kind::Relu6:
            return torch::hardtanh(x, 0.0, 6.0);
        case Node::Kind::MaxPool:
            return torch::max_pool2d(x, {node.kernel, node.kernel}, {node.stride, node.stride},
                                     {node.padding, node.padding}, {1, 1}, node.ceilMode);
        case Node::Kind::AvgPool:
            return torch::avg_pool2d(x, {node.kernel, node.kernel}, {node.stride, node.stride},
                                     {node.padding, node.padding}, node.ceilMode,
                                     node.countIncludePad);
        case Node::Kind::GlobalAvgPool:
            return torch::adaptive_avg_pool2d(x, {1, 1});
        case Node::Kind::Flatten:
            return x.reshape({x.size(0), -1});
        default:
            throw EngineError(ErrorCode::Runtime,
                              std::string("int8 graph: no encoded ") + kindName(node.kind));
    }
}

torch::Tensor runFloat(const Node& node, const std::vector<torch::Tensor>& inputs) {
    switch (node.kind) {
        case Node::Kind::Linear:
            return torch::linear(inputs[0], node.weight, node.bias);
        case Node::Kind::Silu:
            return torch::silu(inputs[0]);
        case Node::Kind::Sigmoid:
            return torch::sigmoid(inputs[0]);
        case Node::Kind::Mul:
            return inputs[0] * inputs[1];
        case Node::Kind::Add:
            return inputs[0] + inputs[1];
        default:
            throw EngineError(ErrorCode::Runtime,
                              std::string("int8 graph: no float ") + kindName(node.kind));
    }
}

ValueQuantization encodingOf(double low, double high, double qmax) {
    const double lo = std::min(0.0, low);
    const double hi = std::max(0.0, high);
    ValueQuantization encoding;
    encoding.scale = std::max((hi - lo) / qmax, 1e-8);
    encoding.zeroPoint =
        static_cast<int64_t>(std::clamp(std::round(-lo / encoding.scale), 0.0, qmax));
    return encoding;
}

double quantizationError(const torch::Tensor& sample, const ValueQuantization& encoding,
                         double qmax) {
    const auto q = (sample / encoding.scale)
                       .round()
                       .add(static_cast<double>(encoding.zeroPoint))
                       .clamp(0.0, qmax);
    const auto back = (q - static_cast<double>(encoding.zeroPoint)) * encoding.scale;
    return (back - sample).square().mean().item<double>();
}

// The observed range, or a narrowing of it by up to 80 %, whichever encodes the sample best.
ValueQuantization bestEncoding(float low, float high, const torch::Tensor& sample, double qmax) {
    ValueQuantization best = encodingOf(low, high, qmax);
    if (!sample.defined() || sample.numel() == 0)
        return best;
    double bestError = quantizationError(sample, best, qmax);
    for (int step = 1; step <= 16; ++step) {
        const double keep = 1.0 - 0.05 * step;
        const ValueQuantization candidate = encodingOf(low * keep, high * keep, qmax);
        const double error = quantizationError(sample, candidate, qmax);
        if (error < bestError) {
            bestError = error;
            best = candidate;
        }
    }
    return best;
}

// Elements spread evenly over a value's tensor, the same ones for the same images.
torch::Tensor evenSample(const torch::Tensor& tensor, int64_t count) {
    const auto flat = tensor.reshape({-1});
    if (flat.numel() <= count)
        return flat.clone();
    const auto positions =
        torch::linspace(0, static_cast<double>(flat.numel() - 1), count).to(torch::kLong);
    return flat.index_select(0, positions);
}

constexpr int64_t kSamplePerBatch = 4096;
constexpr int64_t kSampleBatches = 16;

}  // namespace

nlohmann::json toJson(const Int8Parameters& parameters) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& value : parameters.values)
        values.push_back({value.scale, value.zeroPoint});
    return {{"format", 1},
            {"graph", parameters.graphSignature},
            {"reduced_range", parameters.reducedRange},
            {"values", values}};
}

Int8Parameters int8ParametersFromJson(const nlohmann::json& json, const std::string& source) {
    auto bad = [&source](const std::string& why) {
        return EngineError(ErrorCode::InvalidFile, source + ": int8 variant: " + why);
    };
    const auto format = json.is_object() ? json.find("format") : json.end();
    if (!json.is_object() || format == json.end() || !format->is_number_integer() || *format != 1)
        throw bad("unknown format");
    Int8Parameters parameters;
    const auto signature = json.find("graph");
    const auto reduced = json.find("reduced_range");
    const auto values = json.find("values");
    if (signature == json.end() || !signature->is_string() || reduced == json.end() ||
        !reduced->is_boolean() || values == json.end() || !values->is_array())
        throw bad("missing graph, reduced_range or values");
    parameters.graphSignature = signature->get<std::string>();
    parameters.reducedRange = reduced->get<bool>();
    for (const auto& value : *values) {
        if (!value.is_array() || value.size() != 2 || !value[0].is_number() ||
            !value[1].is_number_integer())
            throw bad("a value's encoding is not [scale, zero point]");
        ValueQuantization encoding;
        encoding.scale = value[0].get<double>();
        encoding.zeroPoint = value[1].get<int64_t>();
        if (!std::isfinite(encoding.scale) || encoding.scale <= 0 || encoding.zeroPoint < 0 ||
            encoding.zeroPoint > 255)
            throw bad("a value's scale or zero point is out of range");
        parameters.values.push_back(encoding);
    }
    return parameters;
}

ActivationRanges::ActivationRanges(const InferenceGraph& graph)
    : m_graph(graph),
      m_min(graph.nodes().size(), std::numeric_limits<float>::infinity()),
      m_max(graph.nodes().size(), -std::numeric_limits<float>::infinity()),
      m_samples(graph.nodes().size()) {}

void ActivationRanges::observe(const torch::Tensor& images) {
    torch::InferenceMode inference;
    m_graph.run(images, [this](int value, const torch::Tensor& tensor) {
        const auto [low, high] = torch::aminmax(tensor.to(torch::kFloat));
        const size_t v = static_cast<size_t>(value);
        m_min[v] = std::min(m_min[v], low.item<float>());
        m_max[v] = std::max(m_max[v], high.item<float>());
        if (static_cast<int64_t>(m_samples[v].size()) < kSampleBatches)
            m_samples[v].push_back(evenSample(tensor.to(torch::kFloat), kSamplePerBatch));
    });
    m_images += images.size(0);
}

Int8Parameters ActivationRanges::parameters(bool reducedRange) const {
    if (m_images == 0)
        throw EngineError(ErrorCode::Runtime, "int8 calibration: no images were seen");
    Int8Parameters parameters;
    parameters.graphSignature = m_graph.signature();
    parameters.reducedRange = reducedRange;
    const double qmax = reducedRange ? 127.0 : 255.0;
    for (size_t v = 0; v < m_min.size(); ++v) {
        const torch::Tensor sample =
            m_samples[v].empty() ? torch::Tensor() : torch::cat(m_samples[v]);
        parameters.values.push_back(bestEncoding(m_min[v], m_max[v], sample, qmax));
    }
    return parameters;
}

QuantizedGraph::QuantizedGraph(const InferenceGraph& graph, const Int8Parameters& parameters)
    : m_encodings(parameters.values), m_output(graph.output()) {
    const auto& nodes = graph.nodes();
    if (parameters.graphSignature != graph.signature() || parameters.values.size() != nodes.size())
        throw EngineError(ErrorCode::InvalidFile,
                          "the int8 variant was calibrated for another network: quantise again");
    selectQEngine();
    const auto readers = readerCounts(graph);
    // A value read by one activation only never exists on its own: the activation is fused.
    std::vector<bool> fusedAway(nodes.size(), false);
    for (size_t i = 1; i < nodes.size(); ++i) {
        if (fusedAway[i])
            continue;
        const Node& node = nodes[i];
        Step step;
        step.node = node;
        step.inputs = node.inputs;
        step.operation = static_cast<int>(i);
        step.output = static_cast<int>(i);
        auto fuseActivation = [&](bool allowRelu6) {
            if (readers[i] != 1 || static_cast<int>(i) == graph.output())
                return;
            for (size_t j = i + 1; j < nodes.size(); ++j) {
                const Node& reader = nodes[j];
                if (std::find(reader.inputs.begin(), reader.inputs.end(), static_cast<int>(i)) ==
                    reader.inputs.end())
                    continue;
                const bool relu = reader.kind == Node::Kind::Relu;
                const bool relu6 = allowRelu6 && reader.kind == Node::Kind::Relu6;
                if (relu || relu6) {
                    step.relu = true;
                    step.relu6 = relu6;
                    step.output = static_cast<int>(j);
                    fusedAway[j] = true;
                }
                return;
            }
        };
        switch (node.kind) {
            case Node::Kind::Conv:
                step.kind = Step::Kind::Conv;
                step.packedWeight = packedConvolution(node);
                fuseActivation(true);
                break;
            case Node::Kind::Add:
                step.kind = Step::Kind::Add;
                fuseActivation(false);
                break;
            case Node::Kind::Concat:
                step.kind = Step::Kind::Concat;
                break;
            case Node::Kind::Relu:
            case Node::Kind::Relu6:
            case Node::Kind::MaxPool:
            case Node::Kind::AvgPool:
            case Node::Kind::GlobalAvgPool:
            case Node::Kind::Flatten:
                step.kind = Step::Kind::Encoded;
                break;
            default:
                step.kind = Step::Kind::Float;
                step.node.weight =
                    node.weight.defined() ? node.weight.to(torch::kCPU) : node.weight;
                step.node.bias = node.bias.defined() ? node.bias.to(torch::kCPU) : node.bias;
                break;
        }
        step.node.packedWeight = torch::Tensor();
        m_steps.push_back(std::move(step));
    }
    m_lastRead.assign(nodes.size(), -1);
    for (size_t s = 0; s < m_steps.size(); ++s)
        for (int input : m_steps[s].inputs)
            m_lastRead[static_cast<size_t>(input)] = static_cast<int>(s);
}

bool QuantizedGraph::available() {
    for (auto engine : at::globalContext().supportedQEngines())
        if (engine != at::QEngine::NoQEngine)
            return true;
    return false;
}

std::string QuantizedGraph::engineName() {
    return qEngineName(selectQEngine());
}

torch::Tensor QuantizedGraph::run(const torch::Tensor& images) const {
    std::vector<torch::Tensor> values(m_encodings.size());
    values[0] = images.to(torch::kCPU, torch::kFloat);
    auto input = [&](const Step& step, size_t k) -> torch::Tensor& {
        return values[static_cast<size_t>(step.inputs[k])];
    };
    auto encodedInput = [&](const Step& step, size_t k) {
        return encoded(input(step, k), m_encodings[static_cast<size_t>(step.inputs[k])]);
    };
    for (size_t s = 0; s < m_steps.size(); ++s) {
        const Step& step = m_steps[s];
        const ValueQuantization& out = m_encodings[static_cast<size_t>(step.output)];
        torch::Tensor result;
        switch (step.kind) {
            case Step::Kind::Conv:
                result = convolution(step.relu)(
                             {encodedInput(step, 0), step.packedWeight, out.scale, out.zeroPoint})
                             .toTensor();
                if (step.relu6)
                    result = torch::hardtanh(result, 0.0, 6.0);
                break;
            case Step::Kind::Add:
                if (elementwiseSameShape(input(step, 0), input(step, 1))) {
                    result = addition(step.relu)({encodedInput(step, 0), encodedInput(step, 1),
                                                  out.scale, out.zeroPoint})
                                 .toTensor();
                } else {  // broadcasting: in float
                    result = decoded(input(step, 0)) + decoded(input(step, 1));
                    if (step.relu)
                        result = torch::relu(result);
                }
                break;
            case Step::Kind::Concat: {
                c10::List<torch::Tensor> parts;
                for (size_t k = 0; k < step.inputs.size(); ++k)
                    parts.push_back(encodedInput(step, k));
                result = concatenation()({parts, int64_t{1}, out.scale, out.zeroPoint}).toTensor();
                break;
            }
            case Step::Kind::Encoded:
                result = runEncoded(step.node, input(step, 0));
                break;
            case Step::Kind::Float: {
                std::vector<torch::Tensor> inputs;
                for (size_t k = 0; k < step.inputs.size(); ++k)
                    inputs.push_back(decoded(input(step, k)));
                result = runFloat(step.node, inputs);
                break;
            }
        }
        values[static_cast<size_t>(step.output)] = std::move(result);
        for (int value : step.inputs)
            if (value != 0 && value != m_output &&
                m_lastRead[static_cast<size_t>(value)] == static_cast<int>(s))
                values[static_cast<size_t>(value)] = torch::Tensor();
    }
    return decoded(values[static_cast<size_t>(m_output)]);
}

}  // namespace faicls::graph
