#include "nn/mobilenet_v2.h"

#include "nn/conv_norm_activation.h"
#include "nn/graph_emit.h"

namespace faicls::nn {
namespace {

struct InvertedResidualStage {
    int expandRatio, outChannels, layers, stride;
};

// torchvision's inverted residual setting (t, c, n, s).
constexpr InvertedResidualStage kStages[] = {
    {1, 16, 1, 1}, {6, 24, 2, 2},  {6, 32, 3, 2},  {6, 64, 4, 2},
    {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1},
};
constexpr int64_t kStemChannels = 32;
constexpr int64_t kLastChannels = 1280;
// Where res2..res5 come out: after features.3, .6, .13 and .18.
constexpr size_t kOutputIndex[] = {3, 6, 13, 18};

// Expand (1x1, unless the ratio is 1) → depthwise 3x3 → project (1x1, linear), all ReLU6 but
// the projection; the input is added back when the shape stays.
class InvertedResidualImpl : public torch::nn::Module, public GraphEmitter {
public:
    InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int expandRatio)
        : m_residual(stride == 1 && in == out) {
        const int64_t hidden = in * expandRatio;
        m_conv = Chain();
        if (expandRatio != 1)
            m_conv->push_back(convNormActivation(in, hidden, 1, 1, 1, Activation::ReLU6));
        m_conv->push_back(convNormActivation(hidden, hidden, 3, stride, hidden, Activation::ReLU6));
        m_conv->push_back(conv2d(hidden, out, 1, 1, 0));
        m_conv->push_back(torch::nn::BatchNorm2d(out));
        register_module("conv", m_conv);
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto result = m_conv->forward(x);
        return m_residual ? result + x : result;
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        const int result = emitSequence(g, *m_conv, x);
        return m_residual ? g.add(result, x) : result;
    }

private:
    bool m_residual;
    Chain m_conv{nullptr};
};
TORCH_MODULE(InvertedResidual);

}  // namespace

MobileNetV2Impl::MobileNetV2Impl() {
    m_features = register_module("features", torch::nn::Sequential());
    m_features->push_back(convNormActivation(3, kStemChannels, 3, 2, 1, Activation::ReLU6));
    int64_t channels = kStemChannels;
    for (const auto& stage : kStages) {
        for (int i = 0; i < stage.layers; ++i) {
            m_features->push_back(InvertedResidual(channels, stage.outChannels,
                                                   i == 0 ? stage.stride : 1, stage.expandRatio));
            channels = stage.outChannels;
        }
    }
    m_features->push_back(convNormActivation(channels, kLastChannels, 1, 1, 1, Activation::ReLU6));
}

FeaturePyramid MobileNetV2Impl::forwardFeatures(const torch::Tensor& images, int lastLevel) {
    FeaturePyramid features;
    auto x = images;
    int level = 0;
    auto layer = m_features->begin();
    for (size_t i = 0; layer != m_features->end() && level <= lastLevel; ++i, ++layer) {
        x = layer->forward(x);
        if (i == kOutputIndex[level])
            features[level++] = x;
    }
    return features;
}

int MobileNetV2Impl::emitFeatures(graph::InferenceGraph& g, int images, int lastLevel) const {
    int x = images;
    int level = 0;
    const auto layers = m_features->children();
    for (size_t i = 0; i < layers.size() && level <= lastLevel; ++i) {
        x = emitModule(g, layers[i], x);
        if (i == kOutputIndex[level])
            ++level;
    }
    return x;
}

}  // namespace faicls::nn
