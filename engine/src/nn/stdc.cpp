#include "nn/stdc.h"

#include "faicls/engine_error.h"
#include "nn/graph_emit.h"

namespace faicls::nn {
namespace {

// Conv (no bias) → BatchNorm → ReLU, reference names `conv`, `bn`.
class ConvXImpl : public torch::nn::Module, public GraphEmitter {
public:
    ConvXImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride) {
        conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                             .stride(stride)
                                                             .padding(kernel / 2)
                                                             .bias(false)));
        bn = register_module("bn", torch::nn::BatchNorm2d(out));
    }
    torch::Tensor forward(const torch::Tensor& x) { return bn(conv(x)).relu_(); }
    int emit(graph::InferenceGraph& g, int x) const override {
        return g.relu(emitConvBatchNorm(g, *conv, *bn, x));
    }

private:
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(ConvX);

// Depthwise 3x3 stride-2 conv + BN, no activation (reference `avd_layer`).
torch::nn::Sequential depthwiseDownsample(int64_t channels) {
    torch::nn::Sequential layer;
    layer->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, channels, 3)
                                           .stride(2)
                                           .padding(1)
                                           .groups(channels)
                                           .bias(false)));
    layer->push_back(torch::nn::BatchNorm2d(channels));
    return layer;
}

// Widths of conv_list for a 4-conv block: out/2 (1x1), out/4, out/8, out/8.
std::vector<std::pair<int64_t, int64_t>> convListWidths(int64_t in, int64_t out, int blockNum) {
    std::vector<std::pair<int64_t, int64_t>> widths;
    for (int i = 0; i < blockNum; ++i) {
        if (i == 0) {
            widths.emplace_back(in, out / 2);
        } else if (i == 1 && blockNum == 2) {
            widths.emplace_back(out / 2, out / 2);
        } else if (i == 1) {
            widths.emplace_back(out / 2, out / 4);
        } else if (i < blockNum - 1) {
            widths.emplace_back(out / (1 << i), out / (1 << (i + 1)));
        } else {
            widths.emplace_back(out / (1 << i), out / (1 << i));
        }
    }
    return widths;
}

// The block's ConvX chain: a 1x1 conv, then 3x3 convs halving the width.
torch::nn::ModuleList makeConvList(int64_t in, int64_t out, int blockNum) {
    torch::nn::ModuleList list;
    for (auto [ci, co] : convListWidths(in, out, blockNum))
        list->push_back(ConvX(ci, co, list->size() == 0 ? 1 : 3, 1));
    return list;
}

class CatBottleneckImpl : public torch::nn::Module, public GraphEmitter {
public:
    CatBottleneckImpl(int64_t in, int64_t out, int blockNum, int64_t stride) : m_stride(stride) {
        convList = register_module("conv_list", makeConvList(in, out, blockNum));
        if (stride == 2)
            avdLayer = register_module("avd_layer", depthwiseDownsample(out / 2));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        std::vector<torch::Tensor> outputs;
        auto first = convList[0]->as<ConvXImpl>()->forward(x);
        auto current = m_stride == 2 ? avdLayer->forward(first) : first;
        outputs.push_back(m_stride == 2 ? torch::avg_pool2d(first, 3, 2, 1) : first);
        for (size_t i = 1; i < convList->size(); ++i) {
            current = convList[i]->as<ConvXImpl>()->forward(current);
            outputs.push_back(current);
        }
        return torch::cat(outputs, 1);
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        std::vector<int> outputs;
        const int first = emitModule(g, convList->ptr(0), x);
        int current = m_stride == 2 ? emitSequence(g, *avdLayer, first) : first;
        outputs.push_back(m_stride == 2 ? g.avgPool(first, 3, 2, 1, false, true) : first);
        for (size_t i = 1; i < convList->size(); ++i) {
            current = emitModule(g, convList->ptr(i), current);
            outputs.push_back(current);
        }
        return g.concat(outputs);
    }

private:
    int64_t m_stride;
    torch::nn::ModuleList convList{nullptr};
    torch::nn::Sequential avdLayer{nullptr};
};
TORCH_MODULE(CatBottleneck);

class AddBottleneckImpl : public torch::nn::Module, public GraphEmitter {
public:
    AddBottleneckImpl(int64_t in, int64_t out, int blockNum, int64_t stride) : m_stride(stride) {
        convList = register_module("conv_list", makeConvList(in, out, blockNum));
        if (stride == 2) {
            avdLayer = register_module("avd_layer", depthwiseDownsample(out / 2));
            skip = torch::nn::Sequential();
            skip->push_back(torch::nn::Conv2d(
                torch::nn::Conv2dOptions(in, in, 3).stride(2).padding(1).groups(in).bias(false)));
            skip->push_back(torch::nn::BatchNorm2d(in));
            skip->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1).bias(false)));
            skip->push_back(torch::nn::BatchNorm2d(out));
            register_module("skip", skip);
        }
    }
    torch::Tensor forward(const torch::Tensor& x) {
        std::vector<torch::Tensor> outputs;
        auto current = convList[0]->as<ConvXImpl>()->forward(x);
        if (m_stride == 2)
            current = avdLayer->forward(current);
        outputs.push_back(current);
        for (size_t i = 1; i < convList->size(); ++i) {
            current = convList[i]->as<ConvXImpl>()->forward(current);
            outputs.push_back(current);
        }
        auto out = torch::cat(outputs, 1);
        return out + (m_stride == 2 ? skip->forward(x) : x);
    }
    int emit(graph::InferenceGraph& g, int x) const override {
        std::vector<int> outputs;
        int current = emitModule(g, convList->ptr(0), x);
        if (m_stride == 2)
            current = emitSequence(g, *avdLayer, current);
        outputs.push_back(current);
        for (size_t i = 1; i < convList->size(); ++i) {
            current = emitModule(g, convList->ptr(i), current);
            outputs.push_back(current);
        }
        return g.add(g.concat(outputs), m_stride == 2 ? emitSequence(g, *skip, x) : x);
    }

private:
    int64_t m_stride;
    torch::nn::ModuleList convList{nullptr};
    torch::nn::Sequential avdLayer{nullptr}, skip{nullptr};
};
TORCH_MODULE(AddBottleneck);

}  // namespace

StdcImpl::StdcImpl(int64_t base, std::vector<int> layers, const std::string& blockType) {
    if (layers != std::vector<int>{2, 2, 2} && layers != std::vector<int>{4, 5, 3})
        throw EngineError(ErrorCode::InvalidConfig,
                          "backbone_config.layers: must be [2, 2, 2] or [4, 5, 3]");
    if (blockType != "cat" && blockType != "add")
        throw EngineError(ErrorCode::InvalidConfig, "backbone_config.block_type: \"" + blockType +
                                                        "\" is not one of \"cat\", \"add\"");
    constexpr int kBlockNum = 4;
    auto features = register_module("features", torch::nn::Sequential());
    auto add = [&](torch::nn::AnyModule module) {
        features->push_back(module);
        m_blocks.push_back(module);
    };
    add(torch::nn::AnyModule(ConvX(3, base / 2, 3, 2)));
    add(torch::nn::AnyModule(ConvX(base / 2, base, 3, 2)));
    m_outputIndex[0] = 1;
    m_channels[0] = base;
    int64_t in = base;
    for (int stage = 0; stage < 3; ++stage) {
        const int64_t out = base * (4 << stage);  // 4, 8, 16 x base
        for (int j = 0; j < layers[stage]; ++j) {
            const int64_t stride = j == 0 ? 2 : 1;
            const int64_t blockIn = j == 0 ? in : out;
            if (blockType == "cat") {
                add(torch::nn::AnyModule(CatBottleneck(blockIn, out, kBlockNum, stride)));
            } else {
                add(torch::nn::AnyModule(AddBottleneck(blockIn, out, kBlockNum, stride)));
            }
        }
        in = out;
        m_outputIndex[stage + 1] = m_blocks.size() - 1;
        m_channels[stage + 1] = out;
    }
}

FeaturePyramid StdcImpl::forwardFeatures(const torch::Tensor& images, int lastLevel) {
    FeaturePyramid features;
    auto x = images;
    int level = 0;
    for (size_t i = 0; i < m_blocks.size() && level <= lastLevel; ++i) {
        x = m_blocks[i].forward(x);
        if (i == m_outputIndex[level])
            features[level++] = x;
    }
    return features;
}

int StdcImpl::emitFeatures(graph::InferenceGraph& g, int images, int lastLevel) const {
    int x = images;
    int level = 0;
    for (size_t i = 0; i < m_blocks.size() && level <= lastLevel; ++i) {
        x = emitModule(g, m_blocks[i].ptr(), x);
        if (i == m_outputIndex[level])
            ++level;
    }
    return x;
}

}  // namespace faicls::nn
