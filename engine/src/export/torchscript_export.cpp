#include "export/torchscript_export.h"

#include <torch/script.h>

#include <sstream>

#include "export/export_metadata.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls::exporting {

namespace {

std::string pair(int64_t value) {
    return "[" + std::to_string(value) + ", " + std::to_string(value) + "]";
}

std::string boolean(bool value) {
    return value ? "True" : "False";
}

// The graph as TorchScript source, one statement per node; weights are module attributes.
std::string forwardSource(const graph::InferenceGraph& graph) {
    using Kind = graph::Node::Kind;
    std::ostringstream code;
    code << "def forward(self, images: Tensor) -> Tensor:\n";
    const auto& nodes = graph.nodes();
    auto name = [](int value) {
        return value == 0 ? std::string("images") : "v" + std::to_string(value);
    };
    for (size_t i = 1; i < nodes.size(); ++i) {
        const graph::Node& n = nodes[i];
        const std::string in = n.inputs.empty() ? "" : name(n.inputs[0]);
        const std::string w = "self.w" + std::to_string(i), b = "self.b" + std::to_string(i);
        code << "    " << name(static_cast<int>(i)) << " = ";
        switch (n.kind) {
            case Kind::Input:
                break;
            case Kind::Conv:
                code << "torch.conv2d(" << in << ", " << w << ", " << b << ", " << pair(n.stride)
                     << ", " << pair(n.padding) << ", [1, 1], " << n.groups << ")";
                break;
            case Kind::Linear:
                code << "torch.linear(" << in << ", " << w << ", " << b << ")";
                break;
            case Kind::Relu:
                code << "torch.relu(" << in << ")";
                break;
            case Kind::Relu6:
                code << "torch.clamp(" << in << ", 0.0, 6.0)";
                break;
            case Kind::Silu:
                code << "torch.silu(" << in << ")";
                break;
            case Kind::Sigmoid:
                code << "torch.sigmoid(" << in << ")";
                break;
            case Kind::Add:
                code << in << " + " << name(n.inputs[1]);
                break;
            case Kind::Mul:
                code << in << " * " << name(n.inputs[1]);
                break;
            case Kind::Concat: {
                code << "torch.cat([";
                for (size_t k = 0; k < n.inputs.size(); ++k)
                    code << (k ? ", " : "") << name(n.inputs[k]);
                code << "], 1)";
                break;
            }
            case Kind::MaxPool:
                code << "torch.max_pool2d(" << in << ", " << pair(n.kernel) << ", "
                     << pair(n.stride) << ", " << pair(n.padding) << ", [1, 1], "
                     << boolean(n.ceilMode) << ")";
                break;
            case Kind::AvgPool:
                code << "torch.avg_pool2d(" << in << ", " << pair(n.kernel) << ", "
                     << pair(n.stride) << ", " << pair(n.padding) << ", " << boolean(n.ceilMode)
                     << ", " << boolean(n.countIncludePad) << ")";
                break;
            case Kind::GlobalAvgPool:
                code << "torch.adaptive_avg_pool2d(" << in << ", [1, 1])";
                break;
            case Kind::Flatten:
                code << "torch.flatten(" << in << ", 1)";
                break;
        }
        code << "\n";
    }
    code << "    return " << name(graph.output()) << "\n";
    return code.str();
}

}  // namespace

void writeTorchScript(const graph::InferenceGraph& graph, const BundleInfo& info,
                      const std::string& path) {
    torch::jit::Module module("FaiClsExport");
    const auto& nodes = graph.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].weight.defined())
            continue;
        module.register_parameter("w" + std::to_string(i), nodes[i].weight.cpu().contiguous(),
                                  false);
        module.register_parameter("b" + std::to_string(i), nodes[i].bias.cpu().contiguous(), false);
    }
    try {
        module.define(forwardSource(graph));
    } catch (const std::exception& error) {
        throw EngineError(ErrorCode::Runtime,
                          std::string("TorchScript export: the generated code does not compile: ") +
                              error.what());
    }
    module.eval();
    torch::jit::ExtraFilesMap extra{{"faicls.json", dumpJson(exportMetadata(info), 2)}};
    io::writeFileAtomically(path, [&](std::ostream& out) { module.save(out, extra); });
}

torch::Tensor runTorchScript(const std::string& path, const torch::Tensor& images) {
    torch::jit::Module module;
    try {
        module = torch::jit::load(path);
    } catch (const std::exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": not a loadable TorchScript file (" + error.what() + ")");
    }
    module.eval();
    torch::NoGradGuard noGrad;
    return module.forward({images}).toTensor();
}

}  // namespace faicls::exporting
