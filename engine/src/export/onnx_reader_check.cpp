#include "export/onnx_reader_check.h"

#include <onnx/onnx_pb.h>

#include <fstream>
#include <map>

#include "faicls/engine_error.h"

namespace faicls::exporting {

namespace {

class OnnxRun {
public:
    explicit OnnxRun(std::string path) : m_path(std::move(path)) {}

    [[noreturn]] void fail(const std::string& why) const {
        throw EngineError(ErrorCode::InvalidFile, m_path + ": " + why);
    }

    torch::Tensor tensorOf(const onnx::TensorProto& proto) const {
        std::vector<int64_t> dims(proto.dims().begin(), proto.dims().end());
        torch::ScalarType type;
        switch (proto.data_type()) {
            case onnx::TensorProto::FLOAT:
                type = torch::kFloat;
                break;
            case onnx::TensorProto::INT8:
                type = torch::kChar;
                break;
            case onnx::TensorProto::UINT8:
                type = torch::kByte;
                break;
            case onnx::TensorProto::INT32:
                type = torch::kInt;
                break;
            case onnx::TensorProto::INT64:
                type = torch::kLong;
                break;
            default:
                fail("initializer " + proto.name() + " has a type this check does not read");
        }
        const int64_t count =
            std::accumulate(dims.begin(), dims.end(), int64_t{1}, std::multiplies<int64_t>());
        torch::Tensor tensor = torch::empty({count}, type);
        if (!proto.raw_data().empty()) {
            if (proto.raw_data().size() != static_cast<size_t>(tensor.nbytes()))
                fail("initializer " + proto.name() + " holds the wrong number of bytes");
            std::memcpy(tensor.data_ptr(), proto.raw_data().data(), proto.raw_data().size());
        } else if (type == torch::kFloat && proto.float_data_size() == count) {
            std::copy(proto.float_data().begin(), proto.float_data().end(),
                      tensor.data_ptr<float>());
        } else if (type == torch::kLong && proto.int64_data_size() == count) {
            std::copy(proto.int64_data().begin(), proto.int64_data().end(),
                      tensor.data_ptr<int64_t>());
        } else if (proto.int32_data_size() == count) {
            tensor = torch::tensor(
                         std::vector<int32_t>(proto.int32_data().begin(), proto.int32_data().end()))
                         .to(type);
        } else {
            fail("initializer " + proto.name() + " holds the wrong number of values");
        }
        return tensor.reshape(dims);
    }

    const torch::Tensor& value(const std::string& name) const {
        const auto found = m_values.find(name);
        if (found == m_values.end())
            fail("no value named " + name + " before it is read");
        return found->second;
    }

    static const onnx::AttributeProto* attribute(const onnx::NodeProto& node, const char* name) {
        for (const auto& a : node.attribute())
            if (a.name() == name)
                return &a;
        return nullptr;
    }

    static std::vector<int64_t> ints(const onnx::NodeProto& node, const char* name,
                                     std::vector<int64_t> fallback) {
        const auto* a = attribute(node, name);
        return a ? std::vector<int64_t>(a->ints().begin(), a->ints().end()) : fallback;
    }

    static int64_t integer(const onnx::NodeProto& node, const char* name, int64_t fallback) {
        const auto* a = attribute(node, name);
        return a ? a->i() : fallback;
    }

    // Symmetric 2-D padding from ONNX's [top, left, bottom, right].
    std::vector<int64_t> symmetricPads(const onnx::NodeProto& node) const {
        const auto pads = ints(node, "pads", {0, 0, 0, 0});
        if (pads.size() != 4 || pads[0] != pads[2] || pads[1] != pads[3])
            fail(node.name() + ": asymmetric padding");
        return {pads[0], pads[1]};
    }

    // The scale and zero point of a per-tensor or per-axis (de)quantisation, shaped to
    // broadcast over `x` along `axis`.
    std::pair<torch::Tensor, torch::Tensor> encoding(const onnx::NodeProto& node,
                                                     const torch::Tensor& x) const {
        torch::Tensor scale = value(node.input(1)).to(torch::kDouble);
        torch::Tensor zero = node.input_size() > 2 ? value(node.input(2)).to(torch::kDouble)
                                                   : torch::zeros({}, torch::kDouble);
        if (scale.numel() > 1) {
            int64_t axis = integer(node, "axis", 1);
            if (axis < 0)
                axis += x.dim();
            std::vector<int64_t> shape(static_cast<size_t>(x.dim()), 1);
            shape[static_cast<size_t>(axis)] = -1;
            scale = scale.reshape(shape);
            zero = zero.reshape(shape);
        }
        return {scale, zero};
    }

    torch::Tensor run(const onnx::NodeProto& node) const {
        const std::string& op = node.op_type();
        auto in = [&](int k) -> const torch::Tensor& { return value(node.input(k)); };
        if (op == "Conv") {
            const auto strides = ints(node, "strides", {1, 1});
            const auto dilations = ints(node, "dilations", {1, 1});
            const torch::Tensor bias = node.input_size() > 2 ? in(2) : torch::Tensor();
            return torch::conv2d(in(0), in(1), bias, strides, symmetricPads(node), dilations,
                                 integer(node, "group", 1));
        }
        if (op == "Gemm") {
            const torch::Tensor b = integer(node, "transB", 0) ? in(1).t() : in(1);
            return node.input_size() > 2 ? torch::addmm(in(2), in(0), b) : in(0).mm(b);
        }
        if (op == "Relu")
            return torch::relu(in(0));
        if (op == "Sigmoid")
            return torch::sigmoid(in(0));
        if (op == "Add")
            return in(0) + in(1);
        if (op == "Sub")
            return in(0) - in(1);
        if (op == "Mul")
            return in(0) * in(1);
        if (op == "Concat") {
            std::vector<torch::Tensor> parts;
            for (int k = 0; k < node.input_size(); ++k)
                parts.push_back(in(k));
            return torch::cat(parts, integer(node, "axis", 0));
        }
        if (op == "MaxPool" || op == "AveragePool") {
            const auto kernel = ints(node, "kernel_shape", {});
            const auto strides = ints(node, "strides", {1, 1});
            const bool ceil = integer(node, "ceil_mode", 0) != 0;
            return op == "MaxPool"
                       ? torch::max_pool2d(in(0), kernel, strides, symmetricPads(node), {1, 1},
                                           ceil)
                       : torch::avg_pool2d(in(0), kernel, strides, symmetricPads(node), ceil,
                                           integer(node, "count_include_pad", 0) != 0);
        }
        if (op == "Pad") {
            const auto pads = in(1).to(torch::kLong).contiguous();
            const int64_t* p = pads.data_ptr<int64_t>();
            if (pads.numel() != 8)
                fail(node.name() + ": Pad of a tensor that is not 4-D");
            return torch::constant_pad_nd(in(0), {p[3], p[7], p[2], p[6], p[1], p[5], p[0], p[4]});
        }
        if (op == "GlobalAveragePool")
            return torch::adaptive_avg_pool2d(in(0), {1, 1});
        if (op == "Flatten") {
            const int64_t axis = integer(node, "axis", 1);
            int64_t outer = 1;
            for (int64_t d = 0; d < axis; ++d)
                outer *= in(0).size(d);
            return in(0).reshape({outer, -1});
        }
        if (op == "QuantizeLinear") {
            const auto [scale, zero] = encoding(node, in(0));
            const bool isSigned =
                node.input_size() > 2 && value(node.input(2)).scalar_type() == torch::kChar;
            // ONNX rounds half to even, as torch::round does.
            const auto q = torch::round(in(0).to(torch::kDouble) / scale) + zero;
            return isSigned ? q.clamp(-128, 127).to(torch::kChar)
                            : q.clamp(0, 255).to(torch::kByte);
        }
        if (op == "DequantizeLinear") {
            const auto [scale, zero] = encoding(node, in(0));
            return ((in(0).to(torch::kDouble) - zero) * scale).to(torch::kFloat);
        }
        fail(node.name() + ": operator " + op + " is not one this check runs");
    }

    torch::Tensor runModel(const torch::Tensor& images) {
        onnx::ModelProto model;
        std::ifstream in(m_path, std::ios::binary);
        if (!in || !model.ParseFromIstream(&in))
            fail("not a readable ONNX model");
        for (const auto& initializer : model.graph().initializer())
            m_values[initializer.name()] = tensorOf(initializer);
        m_values["images"] = images.to(torch::kFloat);
        torch::InferenceMode inference;
        for (const auto& node : model.graph().node()) {
            if (node.output_size() != 1)
                fail(node.name() + ": more than one output");
            m_values[node.output(0)] = run(node);
        }
        return value("logits");
    }

private:
    std::string m_path;
    std::map<std::string, torch::Tensor> m_values;
};

}  // namespace

torch::Tensor runOnnxAsWritten(const std::string& path, const torch::Tensor& images) {
    return OnnxRun(path).runModel(images);
}

}  // namespace faicls::exporting
