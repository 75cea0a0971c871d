#include "nn/resnet_d.h"

#include "faicls/engine_error.h"
#include "nn/frozen_batch_norm.h"
#include "nn/graph_emit.h"
#include "nn/resnet.h"

namespace faicls::nn {
namespace {

// Conv (no bias) → frozen norm → optional ReLU; reference names `conv`, `norm`.
class ConvNormLayerImpl : public torch::nn::Module, public GraphEmitter {
public:
    ConvNormLayerImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, bool relu)
        : m_relu(relu) {
        conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                             .stride(stride)
                                                             .padding((kernel - 1) / 2)
                                                             .bias(false)));
        norm = register_module("norm", FrozenBatchNorm2d(out));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto y = norm(conv(x));
        return m_relu ? y.relu_() : y;
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        const int y = emitConvFrozenNorm(g, *conv, *norm, x);
        return m_relu ? g.relu(y) : y;
    }

private:
    bool m_relu;
    torch::nn::Conv2d conv{nullptr};
    FrozenBatchNorm2d norm{nullptr};
};
TORCH_MODULE(ConvNormLayer);

// Variant d's stride-2 projection: 2x2 average pool (ceil mode), then a 1x1 conv.
class PooledShortcutImpl : public torch::nn::Module, public GraphEmitter {
public:
    PooledShortcutImpl(int64_t in, int64_t out) {
        conv = register_module("conv", ConvNormLayer(in, out, 1, 1, false));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        return conv(torch::avg_pool2d(x, 2, 2, 0, /*ceil_mode=*/true, /*count_include_pad=*/true));
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        return conv->emit(g, g.avgPool(x, 2, 2, 0, true, true));
    }

private:
    ConvNormLayer conv{nullptr};
};
TORCH_MODULE(PooledShortcut);

torch::nn::AnyModule makeShortcut(int64_t in, int64_t out, int64_t stride) {
    if (stride == 2)
        return torch::nn::AnyModule(PooledShortcut(in, out));
    return torch::nn::AnyModule(ConvNormLayer(in, out, 1, 1, false));
}

class BlockImpl : public torch::nn::Module, public GraphEmitter {
public:
    BlockImpl(int64_t in, int64_t planes, int64_t stride, bool bottleneck, bool projection) {
        const int64_t out = bottleneck ? planes * 4 : planes;
        if (bottleneck) {
            m_branches.push_back(
                register_module("branch2a", ConvNormLayer(in, planes, 1, 1, true)));
            m_branches.push_back(
                register_module("branch2b", ConvNormLayer(planes, planes, 3, stride, true)));
            m_branches.push_back(
                register_module("branch2c", ConvNormLayer(planes, out, 1, 1, false)));
        } else {
            m_branches.push_back(
                register_module("branch2a", ConvNormLayer(in, planes, 3, stride, true)));
            m_branches.push_back(
                register_module("branch2b", ConvNormLayer(planes, planes, 3, 1, false)));
        }
        if (projection) {
            m_shortcut = makeShortcut(in, out, stride);
            register_module("short", m_shortcut.ptr());
        }
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto y = x;
        for (auto& branch : m_branches)
            y = branch(y);
        return (y + (m_shortcut.is_empty() ? x : m_shortcut.forward(x))).relu_();
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        int y = x;
        for (const auto& branch : m_branches)
            y = branch->emit(g, y);
        return g.relu(g.add(y, m_shortcut.is_empty() ? x : emitModule(g, m_shortcut.ptr(), x)));
    }

private:
    std::vector<ConvNormLayer> m_branches;
    torch::nn::AnyModule m_shortcut;
};
TORCH_MODULE(Block);

// `res_layers.N` holds its blocks under `blocks`.
class StageImpl : public torch::nn::Module, public GraphEmitter {
public:
    StageImpl(int64_t in, int64_t planes, int count, int64_t stride, bool bottleneck) {
        blocks = register_module("blocks", torch::nn::Sequential());
        for (int i = 0; i < count; ++i) {
            // The first block always projects, even when the shapes would allow identity.
            blocks->push_back(Block(i == 0 ? in : planes * (bottleneck ? 4 : 1), planes,
                                    i == 0 ? stride : 1, bottleneck, i == 0));
        }
    }
    torch::Tensor forward(const torch::Tensor& x) { return blocks->forward(x); }
    int emit(graph::InferenceGraph& g, int x) const override { return emitSequence(g, *blocks, x); }

private:
    torch::nn::Sequential blocks{nullptr};
};
TORCH_MODULE(Stage);

}  // namespace

ResNetDImpl::ResNetDImpl(int depth) {
    const std::array<int, 4> counts = resnetStageBlocks(depth);
    const bool bottleneck = depth >= 50;
    m_stem = torch::nn::Sequential();
    m_stem->push_back("conv1_1", ConvNormLayer(3, 32, 3, 2, true));
    m_stem->push_back("conv1_2", ConvNormLayer(32, 32, 3, 1, true));
    m_stem->push_back("conv1_3", ConvNormLayer(32, 64, 3, 1, true));
    register_module("conv1", m_stem);
    auto stages = register_module("res_layers", torch::nn::ModuleList());
    int64_t in = 64;
    const std::array<int64_t, 4> planes = {64, 128, 256, 512};
    for (int i = 0; i < 4; ++i) {
        m_stages[i] = torch::nn::Sequential();
        Stage stage(in, planes[i], counts[i], i == 0 ? 1 : 2, bottleneck);
        stages->push_back(stage);
        m_stages[i]->push_back(stage);
        in = planes[i] * (bottleneck ? 4 : 1);
        m_channels[i] = in;
    }
}

FeaturePyramid ResNetDImpl::forwardFeatures(const torch::Tensor& images, int lastLevel) {
    FeaturePyramid features;
    auto x = torch::max_pool2d(m_stem->forward(images), 3, 2, 1);
    for (int i = 0; i <= lastLevel && i < 4; ++i) {
        x = m_stages[i]->forward(x);
        features[i] = x;
    }
    return features;
}

int ResNetDImpl::emitFeatures(graph::InferenceGraph& g, int images, int lastLevel) const {
    int x = g.maxPool(emitSequence(g, *m_stem, images), 3, 2, 1);
    for (int i = 0; i <= lastLevel && i < 4; ++i)
        x = emitSequence(g, *m_stages[i], x);
    return x;
}

}  // namespace faicls::nn
