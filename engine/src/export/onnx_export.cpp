#include "export/onnx_export.h"

#include <onnx/onnx_pb.h>

#include "export/export_metadata.h"
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

void addConv(onnx::GraphProto& graph, const graph::Node& graphNode, size_t index,
             const std::string& in, const std::string& out) {
    const std::string weight = "w" + std::to_string(index), bias = "b" + std::to_string(index);
    addInitializer(graph, weight, graphNode.weight);
    addInitializer(graph, bias, graphNode.bias);
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

void addConcat(onnx::GraphProto& graph, const graph::Node& graphNode, const std::string& out) {
    std::vector<std::string> inputs;
    for (int value : graphNode.inputs)
        inputs.push_back(valueName(value));
    addInt(addNode(graph, "Concat", inputs, out), "axis", 1);
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

// Node `index` writes the value `valueName(index)`, so graph values keep their indices.
void addGraphNode(onnx::GraphProto& graph, const graph::Node& graphNode, size_t index) {
    const std::string out = valueName(static_cast<int>(index));
    const std::string in = valueName(graphNode.inputs.at(0));
    switch (graphNode.kind) {
        case Kind::Input:
            break;
        case Kind::Conv:
            addConv(graph, graphNode, index, in, out);
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
            addNode(graph, "Add", {in, valueName(graphNode.inputs.at(1))}, out);
            break;
        case Kind::Mul:
            addNode(graph, "Mul", {in, valueName(graphNode.inputs.at(1))}, out);
            break;
        case Kind::Concat:
            addConcat(graph, graphNode, out);
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
    for (size_t i = 1; i < nodes.size(); ++i)
        addGraphNode(graph, nodes[i], i);
    renameOutputToLogits(graph, valueName(source.output()));
    describeFloatTensor(*graph.add_output(), "logits",
                        {static_cast<int64_t>(info.classNames.size())});

    io::writeFileAtomically(path, [&](std::ostream& out) {
        if (!model.SerializeToOstream(&out))
            throw EngineError(ErrorCode::WriteFailed,
                              path + ": the ONNX model could not be written");
    });
}

}  // namespace faicls::exporting
