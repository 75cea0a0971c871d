#include "nn/resnet.h"

#include "nn/graph_emit.h"

#include "faicls/engine_error.h"
#include "nn/conv_norm_activation.h"

namespace faicls::nn {
namespace {

torch::nn::Sequential makeDownsample(int64_t in, int64_t out, int64_t stride) {
    if (stride == 1 && in == out)
        return torch::nn::Sequential(nullptr);
    torch::nn::Sequential downsample;
    downsample->push_back(conv2d(in, out, 1, stride, 0));
    downsample->push_back(torch::nn::BatchNorm2d(out));
    return downsample;
}

class BasicBlockImpl : public torch::nn::Module, public GraphEmitter {
public:
    static constexpr int64_t kExpansion = 1;
    BasicBlockImpl(int64_t in, int64_t planes, int64_t stride) {
        conv1 = register_module("conv1", conv2d(in, planes, 3, stride, 1));
        bn1 = register_module("bn1", torch::nn::BatchNorm2d(planes));
        conv2 = register_module("conv2", conv2d(planes, planes, 3, 1, 1));
        bn2 = register_module("bn2", torch::nn::BatchNorm2d(planes));
        downsample = makeDownsample(in, planes, stride);
        if (downsample)
            register_module("downsample", downsample);
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto out = bn1(conv1(x)).relu_();
        out = bn2(conv2(out));
        out += downsample ? downsample->forward(x) : x;
        return out.relu_();
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        int out = g.relu(emitConvBatchNorm(g, *conv1, *bn1, x));
        out = emitConvBatchNorm(g, *conv2, *bn2, out);
        return g.relu(g.add(out, downsample ? emitSequence(g, *downsample, x) : x));
    }

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(BasicBlock);

class BottleneckImpl : public torch::nn::Module, public GraphEmitter {
public:
    static constexpr int64_t kExpansion = 4;
    BottleneckImpl(int64_t in, int64_t planes, int64_t stride) {
        conv1 = register_module("conv1", conv2d(in, planes, 1, 1, 0));
        bn1 = register_module("bn1", torch::nn::BatchNorm2d(planes));
        conv2 = register_module("conv2", conv2d(planes, planes, 3, stride, 1));
        bn2 = register_module("bn2", torch::nn::BatchNorm2d(planes));
        conv3 = register_module("conv3", conv2d(planes, planes * kExpansion, 1, 1, 0));
        bn3 = register_module("bn3", torch::nn::BatchNorm2d(planes * kExpansion));
        downsample = makeDownsample(in, planes * kExpansion, stride);
        if (downsample)
            register_module("downsample", downsample);
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto out = bn1(conv1(x)).relu_();
        out = bn2(conv2(out)).relu_();
        out = bn3(conv3(out));
        out += downsample ? downsample->forward(x) : x;
        return out.relu_();
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        int out = g.relu(emitConvBatchNorm(g, *conv1, *bn1, x));
        out = g.relu(emitConvBatchNorm(g, *conv2, *bn2, out));
        out = emitConvBatchNorm(g, *conv3, *bn3, out);
        return g.relu(g.add(out, downsample ? emitSequence(g, *downsample, x) : x));
    }

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

template <typename Block>
torch::nn::Sequential makeLayer(int64_t& inChannels, int64_t planes, int blocks, int64_t stride) {
    torch::nn::Sequential layer;
    layer->push_back(Block(inChannels, planes, stride));
    inChannels = planes * Block::Impl::kExpansion;
    for (int i = 1; i < blocks; ++i)
        layer->push_back(Block(inChannels, planes, 1));
    return layer;
}

}  // namespace

std::array<int, 4> resnetStageBlocks(int depth) {
    switch (depth) {
        case 18:
            return {2, 2, 2, 2};
        case 34:
            return {3, 4, 6, 3};
        case 50:
            return {3, 4, 6, 3};
        case 101:
            return {3, 4, 23, 3};
        default:
            throw EngineError(ErrorCode::InvalidConfig,
                              "backbone_config.depth: " + std::to_string(depth) +
                                  " is not one of 18, 34, 50, 101");
    }
}

ResNetImpl::ResNetImpl(int depth) {
    const std::array<int, 4> blocks = resnetStageBlocks(depth);
    m_conv1 = register_module("conv1", conv2d(3, 64, 7, 2, 3));
    m_bn1 = register_module("bn1", torch::nn::BatchNorm2d(64));
    int64_t inChannels = 64;
    const std::array<int64_t, 4> planes = {64, 128, 256, 512};
    for (int i = 0; i < 4; ++i) {
        const int64_t stride = i == 0 ? 1 : 2;
        m_layers[i] = depth >= 50 ? makeLayer<Bottleneck>(inChannels, planes[i], blocks[i], stride)
                                  : makeLayer<BasicBlock>(inChannels, planes[i], blocks[i], stride);
        register_module("layer" + std::to_string(i + 1), m_layers[i]);
        m_channels[i] = inChannels;
    }
}

FeaturePyramid ResNetImpl::forwardFeatures(const torch::Tensor& images, int lastLevel) {
    FeaturePyramid features;
    auto x = m_bn1(m_conv1(images)).relu_();
    x = torch::max_pool2d(x, 3, 2, 1);
    for (int i = 0; i <= lastLevel && i < 4; ++i) {
        x = m_layers[i]->forward(x);
        features[i] = x;
    }
    return features;
}

int ResNetImpl::emitFeatures(graph::InferenceGraph& g, int images, int lastLevel) const {
    int x = g.relu(emitConvBatchNorm(g, *m_conv1, *m_bn1, images));
    x = g.maxPool(x, 3, 2, 1);
    for (int i = 0; i <= lastLevel && i < 4; ++i)
        x = emitSequence(g, *m_layers[i], x);
    return x;
}

}  // namespace faicls::nn
