#include "nn/efficientnet.h"

#include <cmath>

#include "faicls/engine_error.h"
#include "nn/conv_norm_activation.h"
#include "nn/graph_emit.h"

namespace faicls::nn {
namespace {

// torchvision's _make_divisible: round to a multiple of 8, never more than 10% down.
int64_t makeDivisible(double value, int64_t divisor = 8) {
    int64_t rounded =
        std::max<int64_t>(divisor, static_cast<int64_t>(value + divisor / 2.0) / divisor * divisor);
    if (rounded < 0.9 * value)
        rounded += divisor;
    return rounded;
}

struct EfficientNetStage {
    int expandRatio, kernel, stride, inChannels, outChannels, layers;
};

// EfficientNet-B0; other variants scale widths and depths.
const EfficientNetStage kBaseStages[] = {
    {1, 3, 1, 32, 16, 1},  {6, 3, 2, 16, 24, 2},   {6, 5, 2, 24, 40, 2},   {6, 3, 2, 40, 80, 3},
    {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4}, {6, 3, 1, 192, 320, 1},
};

class SqueezeExcitationImpl : public torch::nn::Module, public GraphEmitter {
public:
    SqueezeExcitationImpl(int64_t channels, int64_t squeezeChannels) {
        fc1 = register_module(
            "fc1", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, squeezeChannels, 1)));
        fc2 = register_module(
            "fc2", torch::nn::Conv2d(torch::nn::Conv2dOptions(squeezeChannels, channels, 1)));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto scale = torch::adaptive_avg_pool2d(x, {1, 1});
        scale = torch::sigmoid(fc2(torch::silu(fc1(scale))));
        return x * scale;
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        int scale = g.silu(emitConv(g, *fc1, g.globalAvgPool(x)));
        scale = g.sigmoid(emitConv(g, *fc2, scale));
        return g.mul(x, scale);
    }

private:
    torch::nn::Conv2d fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

class MBConvImpl : public torch::nn::Module, public GraphEmitter {
public:
    MBConvImpl(int64_t in, int64_t out, int expandRatio, int64_t kernel, int64_t stride,
               double stochasticDepthProbability)
        : m_residual(stride == 1 && in == out), m_dropProbability(stochasticDepthProbability) {
        block = Chain();
        const int64_t expanded = makeDivisible(static_cast<double>(in) * expandRatio);
        if (expanded != in)
            block->push_back(convNormActivation(in, expanded, 1, 1, 1, Activation::SiLU));
        block->push_back(
            convNormActivation(expanded, expanded, kernel, stride, expanded, Activation::SiLU));
        block->push_back(SqueezeExcitation(expanded, std::max<int64_t>(1, in / 4)));
        block->push_back(convNormActivation(expanded, out, 1, 1, 1, Activation::None));
        register_module("block", block);
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto result = block->forward(x);
        if (!m_residual)
            return result;
        if (is_training() && m_dropProbability > 0) {
            // Stochastic depth, "row" mode: drop the whole residual branch per sample.
            const double survival = 1.0 - m_dropProbability;
            auto keep =
                torch::empty({result.size(0), 1, 1, 1}, result.options()).bernoulli_(survival);
            result = result * keep.div_(survival);
        }
        return result + x;
    }
    // Stochastic depth is off in eval mode: the branch is always added.
    int emit(graph::InferenceGraph& g, int x) const override {
        const int result = emitSequence(g, *block, x);
        return m_residual ? g.add(result, x) : result;
    }

private:
    bool m_residual;
    double m_dropProbability;
    Chain block{nullptr};
};
TORCH_MODULE(MBConv);

struct Scaling {
    double width, depth;
};

Scaling scalingOf(const std::string& variant) {
    if (variant == "b0")
        return {1.0, 1.0};
    if (variant == "b1")
        return {1.0, 1.1};
    if (variant == "b2")
        return {1.1, 1.2};
    if (variant == "b3")
        return {1.2, 1.4};
    throw EngineError(ErrorCode::InvalidConfig,
                      "backbone_config.variant: \"" + variant +
                          "\" is not one of \"b0\", \"b1\", \"b2\", \"b3\"");
}

}  // namespace

double EfficientNetImpl::classifierDropout(const std::string& variant) {
    return variant == "b2" || variant == "b3" ? 0.3 : 0.2;
}

EfficientNetImpl::EfficientNetImpl(const std::string& variant, double stochasticDepthProbability) {
    const Scaling scaling = scalingOf(variant);
    m_features = register_module("features", torch::nn::Sequential());
    const int64_t stemChannels = makeDivisible(kBaseStages[0].inChannels * scaling.width);
    m_features->push_back(convNormActivation(3, stemChannels, 3, 2, 1, Activation::SiLU));

    int totalBlocks = 0;
    for (const auto& stage : kBaseStages)
        totalBlocks += static_cast<int>(std::ceil(stage.layers * scaling.depth));
    int blockIndex = 0;
    int64_t channels = stemChannels;
    for (const auto& stage : kBaseStages) {
        const int64_t out = makeDivisible(stage.outChannels * scaling.width);
        const int layers = static_cast<int>(std::ceil(stage.layers * scaling.depth));
        Chain blocks;
        for (int i = 0; i < layers; ++i) {
            const double drop = stochasticDepthProbability * blockIndex / totalBlocks;
            blocks->push_back(MBConv(channels, out, stage.expandRatio, stage.kernel,
                                     i == 0 ? stage.stride : 1, drop));
            channels = out;
            ++blockIndex;
        }
        m_features->push_back(blocks);
    }
    const int64_t lastChannels = 4 * channels;
    m_features->push_back(convNormActivation(channels, lastChannels, 1, 1, 1, Activation::SiLU));

    // features.2 (stride 4), .3 (8), .5 (16), .8 (32).
    auto outChannels = [&](size_t index) {
        const auto& stage = kBaseStages[index - 1];
        return makeDivisible(stage.outChannels * scaling.width);
    };
    m_channels = {outChannels(2), outChannels(3), outChannels(5), lastChannels};
}

FeaturePyramid EfficientNetImpl::forwardFeatures(const torch::Tensor& images, int lastLevel) {
    static constexpr size_t kOutputIndex[] = {2, 3, 5, 8};
    FeaturePyramid features;
    auto x = images;
    int level = 0;
    auto stage = m_features->begin();
    for (size_t i = 0; stage != m_features->end() && level <= lastLevel; ++i, ++stage) {
        x = stage->forward(x);
        if (i == kOutputIndex[level])
            features[level++] = x;
    }
    return features;
}

int EfficientNetImpl::emitFeatures(graph::InferenceGraph& g, int images, int lastLevel) const {
    static constexpr size_t kOutputIndex[] = {2, 3, 5, 8};
    int x = images;
    int level = 0;
    const auto stages = m_features->children();
    for (size_t i = 0; i < stages.size() && level <= lastLevel; ++i) {
        x = emitModule(g, stages[i], x);
        if (i == kOutputIndex[level])
            ++level;
    }
    return x;
}

}  // namespace faicls::nn
