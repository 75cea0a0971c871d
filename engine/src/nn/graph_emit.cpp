#include "nn/graph_emit.h"

#include "faicls/engine_error.h"
#include "nn/frozen_batch_norm.h"

namespace faicls::nn {

namespace {

struct ConvGeometry {
    int64_t stride, padding, groups;
};

// The options' padding: explicit sizes, "valid" or "same". It is a variant whose namespace
// differs between LibTorch 1.x (c10) and 2.x (std): `visit` is found by argument lookup.
struct SymmetricPadding {
    int64_t kernel;
    int64_t operator()(const torch::ExpandingArray<2>& padding) const {
        return padding->at(0) == padding->at(1) ? padding->at(0) : -1;
    }
    int64_t operator()(const torch::enumtype::kValid&) const { return 0; }
    int64_t operator()(const torch::enumtype::kSame&) const {
        return kernel % 2 == 1 ? kernel / 2 : -1;
    }
};

ConvGeometry geometryOf(const torch::nn::Conv2dImpl& conv) {
    const auto& options = conv.options;
    const int64_t kernel = options.kernel_size()->at(0);
    const int64_t padding = visit(SymmetricPadding{kernel}, options.padding());
    if (padding < 0 || options.stride()->at(0) != options.stride()->at(1) ||
        options.dilation()->at(0) != 1 || options.dilation()->at(1) != 1 ||
        options.kernel_size()->at(1) != kernel ||
        torch::enumtype::get_enum_name(options.padding_mode()) != "kZeros")
        throw EngineError(ErrorCode::Runtime,
                          "inference graph: only square, undilated, zero-padded convolutions are "
                          "supported");
    return {options.stride()->at(0), padding, options.groups()};
}

}  // namespace

int emitConv(graph::InferenceGraph& graph, const torch::nn::Conv2dImpl& conv, int x) {
    const ConvGeometry g = geometryOf(conv);
    return graph.conv(x, conv.weight.detach().clone(),
                      conv.bias.defined() ? conv.bias.detach().clone() : torch::Tensor(), g.stride,
                      g.padding, g.groups);
}

int emitConvBatchNorm(graph::InferenceGraph& graph, const torch::nn::Conv2dImpl& conv,
                      const torch::nn::BatchNorm2dImpl& norm, int x) {
    const ConvGeometry g = geometryOf(conv);
    auto [weight, bias] =
        graph::foldBatchNorm(conv.weight.detach(), conv.bias, norm.weight, norm.bias,
                             norm.running_mean, norm.running_var, norm.options.eps());
    return graph.conv(x, weight, bias, g.stride, g.padding, g.groups);
}

int emitConvFrozenNorm(graph::InferenceGraph& graph, const torch::nn::Conv2dImpl& conv,
                       const FrozenBatchNorm2dImpl& norm, int x) {
    const ConvGeometry g = geometryOf(conv);
    auto [weight, bias] =
        graph::foldBatchNorm(conv.weight.detach(), conv.bias, norm.weight(), norm.bias(),
                             norm.runningMean(), norm.runningVar(), norm.eps());
    return graph.conv(x, weight, bias, g.stride, g.padding, g.groups);
}

int emitSequence(graph::InferenceGraph& graph, const torch::nn::SequentialImpl& sequence, int x) {
    const auto children = sequence.children();
    for (size_t i = 0; i < children.size(); ++i) {
        const auto* conv = dynamic_cast<const torch::nn::Conv2dImpl*>(children[i].get());
        const auto* norm =
            i + 1 < children.size()
                ? dynamic_cast<const torch::nn::BatchNorm2dImpl*>(children[i + 1].get())
                : nullptr;
        if (conv && norm) {
            x = emitConvBatchNorm(graph, *conv, *norm, x);
            ++i;
        } else {
            x = emitModule(graph, children[i], x);
        }
    }
    return x;
}

int emitModule(graph::InferenceGraph& graph, const std::shared_ptr<torch::nn::Module>& module,
               int x) {
    const torch::nn::Module* m = module.get();
    if (const auto* emitter = dynamic_cast<const GraphEmitter*>(m))
        return emitter->emit(graph, x);
    if (const auto* sequence = dynamic_cast<const torch::nn::SequentialImpl*>(m))
        return emitSequence(graph, *sequence, x);
    if (const auto* conv = dynamic_cast<const torch::nn::Conv2dImpl*>(m))
        return emitConv(graph, *conv, x);
    if (dynamic_cast<const torch::nn::ReLUImpl*>(m))
        return graph.relu(x);
    if (dynamic_cast<const torch::nn::ReLU6Impl*>(m))
        return graph.relu6(x);
    if (dynamic_cast<const torch::nn::SiLUImpl*>(m))
        return graph.silu(x);
    if (dynamic_cast<const torch::nn::DropoutImpl*>(m) ||
        dynamic_cast<const torch::nn::IdentityImpl*>(m))
        return x;
    throw EngineError(ErrorCode::Runtime,
                      "inference graph: no graph form for module " + module->name());
}

}  // namespace faicls::nn
