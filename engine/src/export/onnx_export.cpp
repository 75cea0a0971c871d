#include "export/onnx_export.h"

#include <onnx/onnx_pb.h>

#include <functional>

#include "export/export_metadata.h"
#include "export/qdq_plan.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "faicls/version.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls::exporting {

namespace {

using Kind = graph::Node::Kind;

void addInts(onnx::NodeProto& node, const char* name, std::initializer_list<int64_t> values) {
    auto* attribute = node.add_attribute();
    attribute->set_name(name);
    attribute->set_type(onnx::AttributeProto::INTS);
    for (int64_t v : values)
        attribute->add_ints(v);
}

void addInt(onnx::NodeProto& node, const char* name, int64_t value) {
    auto* attribute = node.add_attribute();
    attribute->set_name(name);
    attribute->set_type(onnx::AttributeProto::INT);
    attribute->set_i(value);
}

void addInitializer(onnx::GraphProto& graph, const std::string& name, const torch::Tensor& value) {
    const torch::Tensor data = value.to(torch::kCPU, torch::kFloat).contiguous();
    auto* tensor = graph.add_initializer();
    tensor->set_name(name);
    tensor->set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : data.sizes())
        tensor->add_dims(d);
    // ONNX raw data is little-endian, as this machine's floats are.
    tensor->set_raw_data(std::string(static_cast<const char*>(data.data_ptr()),
                                     static_cast<size_t>(data.numel()) * sizeof(float)));
}

void addInt64Initializer(onnx::GraphProto& graph, const std::string& name,
                         const std::vector<int64_t>& values) {
    auto* tensor = graph.add_initializer();
    tensor->set_name(name);
    tensor->set_data_type(onnx::TensorProto::INT64);
    tensor->add_dims(static_cast<int64_t>(values.size()));
    for (int64_t v : values)
        tensor->add_int64_data(v);
}

void describeFloatTensor(onnx::ValueInfoProto& value, const std::string& name,
                         std::initializer_list<int64_t> fixedDims) {
    value.set_name(name);
    auto* type = value.mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    auto* shape = type->mutable_shape();
    shape->add_dim()->set_dim_param("batch");
    for (int64_t d : fixedDims)
        shape->add_dim()->set_dim_value(d);
}

std::string valueName(int value) {
    return value == 0 ? "images" : "v" + std::to_string(value);
}

onnx::NodeProto& addNode(onnx::GraphProto& graph, const char* type, std::vector<std::string> inputs,
                         const std::string& output) {
    auto* node = graph.add_node();
    node->set_op_type(type);
    node->set_name(output + "_" + type);
    for (auto& input : inputs)
        node->add_input(std::move(input));
    node->add_output(output);
    return *node;
}

void describeModel(onnx::ModelProto& model, const BundleInfo& info) {
    model.set_ir_version(7);  // the IR of opset 13's ONNX release
    model.set_producer_name(kApplicationName);
    model.set_producer_version(kVersion);
    auto* opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(kOnnxOpset);
    auto* metadata = model.add_metadata_props();
    metadata->set_key("faicls");
    metadata->set_value(dumpJson(exportMetadata(info)));
}

// A convolution reading weight `w<index>` and bias `b<index>`: float initializers unless
// `weightsGiven` (the int8 export dequantises them under those names).
void addConv(onnx::GraphProto& graph, const graph::Node& graphNode, size_t index,
             const std::string& in, const std::string& out, bool weightsGiven = false) {
    const std::string weight = "w" + std::to_string(index), bias = "b" + std::to_string(index);
    if (!weightsGiven) {
        addInitializer(graph, weight, graphNode.weight);
        addInitializer(graph, bias, graphNode.bias);
    }
    auto& node = addNode(graph, "Conv", {in, weight, bias}, out);
    addInts(node, "kernel_shape", {graphNode.kernel, graphNode.kernel});
    addInts(node, "strides", {graphNode.stride, graphNode.stride});
    addInts(node, "pads",
            {graphNode.padding, graphNode.padding, graphNode.padding, graphNode.padding});
    addInts(node, "dilations", {1, 1});
    addInt(node, "group", graphNode.groups);
}

void addLinear(onnx::GraphProto& graph, const graph::Node& graphNode, size_t index,
               const std::string& in, const std::string& out) {
    const std::string weight = "w" + std::to_string(index), bias = "b" + std::to_string(index);
    addInitializer(graph, weight, graphNode.weight);
    addInitializer(graph, bias, graphNode.bias);
    addInt(addNode(graph, "Gemm", {in, weight, bias}, out), "transB", 1);
}

// ReLU6 as relu(x) - relu(x - 6): opset 13's Clip takes its bounds as inputs, which OpenCV
// 4.6's importer refuses; Relu and Sub with a constant every runtime reads.
void addRelu6(onnx::GraphProto& graph, size_t index, const std::string& in,
              const std::string& out) {
    const std::string six = "six" + std::to_string(index);
    addInitializer(graph, six, torch::full({1}, 6.0f));
    addNode(graph, "Relu", {in}, out + "_relu");
    addNode(graph, "Sub", {in, six}, out + "_shifted");
    addNode(graph, "Relu", {out + "_shifted"}, out + "_over");
    addNode(graph, "Sub", {out + "_relu", out + "_over"}, out);
}

void addPool(onnx::GraphProto& graph, const graph::Node& graphNode, size_t index,
             const std::string& in, const std::string& out) {
    std::string pooled = in;
    int64_t pads = graphNode.padding;
    if (graphNode.kind == Kind::AvgPool && graphNode.countIncludePad && graphNode.padding > 0) {
        // Padding that counts in the average is written as an explicit zero Pad:
        // exact in every runtime (OpenCV's importer ignores count_include_pad).
        const std::string amounts = "pads" + std::to_string(index);
        addInt64Initializer(graph, amounts,
                            {0, 0, graphNode.padding, graphNode.padding, 0, 0, graphNode.padding,
                             graphNode.padding});
        addNode(graph, "Pad", {in, amounts}, out + "_padded");
        pooled = out + "_padded";
        pads = 0;
    }
    auto& node =
        addNode(graph, graphNode.kind == Kind::MaxPool ? "MaxPool" : "AveragePool", {pooled}, out);
    addInts(node, "kernel_shape", {graphNode.kernel, graphNode.kernel});
    addInts(node, "strides", {graphNode.stride, graphNode.stride});
    addInts(node, "pads", {pads, pads, pads, pads});
    addInt(node, "ceil_mode", graphNode.ceilMode ? 1 : 0);
    if (graphNode.kind == Kind::AvgPool)
        addInt(node, "count_include_pad", graphNode.countIncludePad ? 1 : 0);
}

// The names a node reads and writes: by default node `index` writes `valueName(index)`, so
// graph values keep their indices; the int8 export reads some inputs through QDQ and writes
// values that it then quantises under another name.
struct NodeNames {
    std::function<std::string(int value)> input = valueName;
    std::string output;
    bool int8Weights = false;  ///< a convolution's w/b come dequantised from int8/int32
};

void addConcat(onnx::GraphProto& graph, const graph::Node& graphNode, const NodeNames& names,
               const std::string& out) {
    std::vector<std::string> inputs;
    for (int value : graphNode.inputs)
        inputs.push_back(names.input(value));
    addInt(addNode(graph, "Concat", inputs, out), "axis", 1);
}

// Node `index` of the graph as ONNX nodes.
void addGraphNode(onnx::GraphProto& graph, const graph::Node& graphNode, size_t index,
                  const NodeNames& names) {
    const std::string& out = names.output;
    const std::string in = names.input(graphNode.inputs.at(0));
    switch (graphNode.kind) {
        case Kind::Input:
            break;
        case Kind::Conv:
            addConv(graph, graphNode, index, in, out, names.int8Weights);
            break;
        case Kind::Linear:
            addLinear(graph, graphNode, index, in, out);
            break;
        case Kind::Relu:
            addNode(graph, "Relu", {in}, out);
            break;
        case Kind::Relu6:
            addRelu6(graph, index, in, out);
            break;
        case Kind::Sigmoid:
            addNode(graph, "Sigmoid", {in}, out);
            break;
        case Kind::Silu:
            addNode(graph, "Sigmoid", {in}, out + "_sigmoid");
            addNode(graph, "Mul", {in, out + "_sigmoid"}, out);
            break;
        case Kind::Add:
            addNode(graph, "Add", {in, names.input(graphNode.inputs.at(1))}, out);
            break;
        case Kind::Mul:
            addNode(graph, "Mul", {in, names.input(graphNode.inputs.at(1))}, out);
            break;
        case Kind::Concat:
            addConcat(graph, graphNode, names, out);
            break;
        case Kind::MaxPool:
        case Kind::AvgPool:
            addPool(graph, graphNode, index, in, out);
            break;
        case Kind::GlobalAvgPool:
            addNode(graph, "GlobalAveragePool", {in}, out);
            break;
        case Kind::Flatten:
            addInt(addNode(graph, "Flatten", {in}, out), "axis", 1);
            break;
    }
}

// The node computing the graph's output writes `logits` instead of its numbered value.
void renameOutputToLogits(onnx::GraphProto& graph, const std::string& last) {
    for (auto& node : *graph.mutable_node())
        for (auto& output : *node.mutable_output())
            if (output == last)
                output = "logits";
}

void finishAndWrite(onnx::ModelProto& model, const graph::InferenceGraph& source,
                    const BundleInfo& info, const std::string& path) {
    onnx::GraphProto& graph = *model.mutable_graph();
    renameOutputToLogits(graph, valueName(source.output()));
    describeFloatTensor(*graph.add_output(), "logits",
                        {static_cast<int64_t>(info.classNames.size())});
    io::writeFileAtomically(path, [&](std::ostream& out) {
        if (!model.SerializeToOstream(&out))
            throw EngineError(ErrorCode::WriteFailed,
                              path + ": the ONNX model could not be written");
    });
}

// Scalars as raw data, which every importer reads (OpenCV's ignores uint8 in int32_data).
void addScalarInitializer(onnx::GraphProto& graph, const std::string& name, float scale) {
    auto* tensor = graph.add_initializer();
    tensor->set_name(name);
    tensor->set_data_type(onnx::TensorProto::FLOAT);
    tensor->set_raw_data(std::string(reinterpret_cast<const char*>(&scale), sizeof scale));
}

void addZeroPointInitializer(onnx::GraphProto& graph, const std::string& name, int64_t zero) {
    auto* tensor = graph.add_initializer();
    tensor->set_name(name);
    tensor->set_data_type(onnx::TensorProto::UINT8);
    tensor->set_raw_data(std::string(1, static_cast<char>(static_cast<uint8_t>(zero))));
}

// x → QuantizeLinear → DequantizeLinear → `out`: the value as the int8 graph holds it.
void addQuantizeDequantize(onnx::GraphProto& graph, const std::string& in, const std::string& out,
                           const graph::ValueQuantization& encoding) {
    const std::string scale = out + "_scale", zero = out + "_zero";
    addScalarInitializer(graph, scale, static_cast<float>(encoding.scale));
    addZeroPointInitializer(graph, zero, encoding.zeroPoint);
    addNode(graph, "QuantizeLinear", {in, scale, zero}, out + "_q");
    addNode(graph, "DequantizeLinear", {out + "_q", scale, zero}, out);
}

// The int8 convolution's weights as the int8 graph quantises them (symmetric, per output
// channel) and its bias in int32 at the input's scale times each weight scale, both written as
// DequantizeLinear along axis 0 into `w<index>` and `b<index>`.
void addInt8ConvWeights(onnx::GraphProto& graph, const graph::Node& node, size_t index,
                        double inputScale) {
    const auto weight = node.weight.to(torch::kCPU, torch::kFloat).contiguous();
    const auto scales = weight.abs().amax({1, 2, 3}).clamp_min(1e-12) / 127.0;
    const auto qweight =
        torch::round(weight / scales.view({-1, 1, 1, 1})).clamp(-128, 127).to(torch::kInt8);
    const auto biasScales = (scales.to(torch::kDouble) * inputScale).to(torch::kFloat);
    const auto qbias =
        torch::round(node.bias.to(torch::kCPU, torch::kDouble) / biasScales.to(torch::kDouble))
            .clamp(-2147483647.0, 2147483647.0)
            .to(torch::kInt);
    const std::string id = std::to_string(index);
    auto addTensor = [&graph](const std::string& name, const torch::Tensor& data, int type) {
        const auto contiguous = data.contiguous();
        auto* tensor = graph.add_initializer();
        tensor->set_name(name);
        tensor->set_data_type(type);
        for (int64_t d : contiguous.sizes())
            tensor->add_dims(d);
        tensor->set_raw_data(std::string(static_cast<const char*>(contiguous.data_ptr()),
                                         static_cast<size_t>(contiguous.nbytes())));
    };
    const int64_t channels = weight.size(0);
    addTensor("w" + id + "_q", qweight, onnx::TensorProto::INT8);
    addTensor("w" + id + "_scale", scales.to(torch::kFloat), onnx::TensorProto::FLOAT);
    addTensor("w" + id + "_zero", torch::zeros({channels}, torch::kInt8), onnx::TensorProto::INT8);
    addTensor("b" + id + "_q", qbias, onnx::TensorProto::INT32);
    addTensor("b" + id + "_scale", biasScales, onnx::TensorProto::FLOAT);
    addTensor("b" + id + "_zero", torch::zeros({channels}, torch::kInt), onnx::TensorProto::INT32);
    addInt(addNode(graph, "DequantizeLinear",
                   {"w" + id + "_q", "w" + id + "_scale", "w" + id + "_zero"}, "w" + id),
           "axis", 0);
    addInt(addNode(graph, "DequantizeLinear",
                   {"b" + id + "_q", "b" + id + "_scale", "b" + id + "_zero"}, "b" + id),
           "axis", 0);
}

}  // namespace

void writeOnnx(const graph::InferenceGraph& source, const BundleInfo& info,
               const std::string& path) {
    onnx::ModelProto model;
    describeModel(model, info);

    onnx::GraphProto& graph = *model.mutable_graph();
    graph.set_name("fai_cls");
    const Resolution& resolution = info.preprocessing.resolution;
    describeFloatTensor(*graph.add_input(), "images", {3, resolution.heightPx, resolution.widthPx});

    const auto& nodes = source.nodes();
    for (size_t i = 1; i < nodes.size(); ++i) {
        NodeNames names;
        names.output = valueName(static_cast<int>(i));
        addGraphNode(graph, nodes[i], i, names);
    }
    finishAndWrite(model, source, info, path);
}

void writeOnnxInt8(const graph::InferenceGraph& source, const graph::Int8Parameters& int8,
                   const BundleInfo& info, const std::string& path) {
    const graph::QuantizedGraph quantized(source, int8);
    const QdqPlan plan = planQdq(source, quantized, info.preprocessing.resolution);
    onnx::ModelProto model;
    describeModel(model, info);
    onnx::GraphProto& graph = *model.mutable_graph();
    graph.set_name("fai_cls_int8");
    const Resolution& resolution = info.preprocessing.resolution;
    describeFloatTensor(*graph.add_input(), "images", {3, resolution.heightPx, resolution.widthPx});

    // A float value read by int8 operations: quantised once, with its calibrated encoding.
    std::vector<bool> requantised(source.nodes().size(), false);
    auto int8Input = [&](int value) {
        if (plan.carried[static_cast<size_t>(value)])
            return valueName(value);
        const std::string name = valueName(value) + "_in8";
        if (!requantised[static_cast<size_t>(value)]) {
            addQuantizeDequantize(graph, valueName(value), name,
                                  quantized.encodings()[static_cast<size_t>(value)]);
            requantised[static_cast<size_t>(value)] = true;
        }
        return name;
    };
    const auto& nodes = source.nodes();
    for (size_t i = 1; i < nodes.size(); ++i) {
        NodeNames names;
        const auto& carried = plan.carried[i];
        names.output = valueName(static_cast<int>(i)) + (carried ? "_f" : "");
        if (plan.int8Reader[i])
            names.input = int8Input;
        if (plan.int8Conv[i]) {
            const int in = nodes[i].inputs[0];
            const auto& encoding = plan.carried[static_cast<size_t>(in)]
                                       ? *plan.carried[static_cast<size_t>(in)]
                                       : quantized.encodings()[static_cast<size_t>(in)];
            addInt8ConvWeights(graph, nodes[i], i, encoding.scale);
            names.int8Weights = true;
        }
        addGraphNode(graph, nodes[i], i, names);
        if (carried)
            addQuantizeDequantize(graph, names.output, valueName(static_cast<int>(i)), *carried);
    }
    finishAndWrite(model, source, info, path);
}

}  // namespace faicls::exporting
