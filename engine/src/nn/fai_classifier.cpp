#include "nn/fai_classifier.h"

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "nn/efficientnet.h"
#include "nn/mobilenet_v2.h"
#include "nn/resnet.h"
#include "nn/resnet_d.h"
#include "nn/stdc.h"

namespace faicls::nn {

int featureLevel(const std::string& name) {
    if (name == "res2")
        return 0;
    if (name == "res3")
        return 1;
    if (name == "res4")
        return 2;
    if (name == "res5")
        return 3;
    return -1;
}

std::shared_ptr<BackboneImpl> makeBackbone(const BackboneConfig& config) {
    if (config.modelType == "resnet") {
        if (effectiveVariant(config) == "d")
            return std::make_shared<ResNetDImpl>(config.depth);
        return std::make_shared<ResNetImpl>(config.depth);
    }
    if (config.modelType == "efficientnet")
        return std::make_shared<EfficientNetImpl>(effectiveVariant(config));
    if (config.modelType == "mobilenet_v2")
        return std::make_shared<MobileNetV2Impl>();
    if (config.modelType == "stdc") {
        if (config.size == "nano")
            return std::make_shared<StdcImpl>(32, std::vector<int>{2, 2, 2}, "cat");
        if (config.size == "small")
            return std::make_shared<StdcImpl>(64, std::vector<int>{2, 2, 2}, "cat");
        if (config.size == "large")
            return std::make_shared<StdcImpl>(64, std::vector<int>{4, 5, 3}, "cat");
        return std::make_shared<StdcImpl>(config.stdcBase, config.stdcLayers, config.stdcBlockType);
    }
    throw EngineError(
        ErrorCode::InvalidConfig,
        "backbone_config.model_type: \"" + config.modelType +
            "\" is not one of \"resnet\", \"stdc\", \"efficientnet\", \"mobilenet_v2\"");
}

FaiClassifierImpl::FaiClassifierImpl(const ModelConfig& config) : m_config(config) {
    ModelConfig structural = config;
    structural.backbone.pretrained.clear();  // weights are loaded by the importer, not here
    const ConfigIssues issues = validate(structural);
    if (!issues.empty())
        throw EngineError(ErrorCode::InvalidConfig,
                          "invalid model config:\n" + formatIssues(issues));
    m_featureLevel = featureLevel(config.features);
    m_backbone = register_module("backbone", makeBackbone(config.backbone));
    m_head = register_module(
        "head", ClassificationHead(m_backbone->channels()[m_featureLevel], config.numClasses,
                                   config.numLayers, config.hiddenDim, config.dropoutRate));
    m_lossOptions = LossOptions::from(config);
}

torch::Tensor FaiClassifierImpl::forward(const torch::Tensor& images) {
    const auto features = m_backbone->forwardFeatures(images, m_featureLevel);
    return m_head->forward(features[m_featureLevel]);
}

torch::Tensor FaiClassifierImpl::pooledFeatures(const torch::Tensor& images) {
    return ClassificationHeadImpl::pool(
        m_backbone->forwardFeatures(images, m_featureLevel)[m_featureLevel]);
}

ClassifierOutput FaiClassifierImpl::classifyPooled(const torch::Tensor& pooled,
                                                   const torch::Tensor& targets) {
    ClassifierOutput output;
    output.logits = m_head->classify(pooled);
    if (targets.defined() && targets.numel() > 0)
        output.losses["loss_cls"] = classificationLoss(output.logits, targets, m_lossOptions);
    return output;
}

graph::InferenceGraph FaiClassifierImpl::inferenceGraph() const {
    torch::NoGradGuard noGrad;
    graph::InferenceGraph graph;
    const int features = m_backbone->emitFeatures(graph, graph.input(), m_featureLevel);
    graph.setOutput(m_head->emit(graph, features));
    return graph;
}

ClassifierOutput FaiClassifierImpl::forward(const torch::Tensor& images,
                                            const torch::Tensor& targets) {
    ClassifierOutput output;
    output.logits = forward(images);
    if (targets.defined() && targets.numel() > 0)
        output.losses["loss_cls"] = classificationLoss(output.logits, targets, m_lossOptions);
    return output;
}

}  // namespace faicls::nn
