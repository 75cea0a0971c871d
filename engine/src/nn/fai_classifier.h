#pragma once

#include <map>
#include <memory>
#include <string>

#include "faicls/model_config.h"
#include "nn/backbone.h"
#include "nn/classification_head.h"
#include "nn/classification_loss.h"

namespace faicls::nn {

/// What a forward pass gives: logits [B, K], and with targets the loss dict {"loss_cls": …}.
struct ClassifierOutput {
    torch::Tensor logits;
    std::map<std::string, torch::Tensor> losses;
};

/// The FAI-CLS network: `backbone.*` (torchvision or reference names) + `head.*`.
class FaiClassifierImpl : public torch::nn::Module {
public:
    /// Throws EngineError(InvalidConfig) listing every problem of `config`.
    explicit FaiClassifierImpl(const ModelConfig& config);

    /// Normalised float images [B, 3, H, W] → logits [B, K].
    torch::Tensor forward(const torch::Tensor& images);
    /// Logits and the loss; `targets` int64 [B] (single-label) or float [B, K] (multi-label).
    ClassifierOutput forward(const torch::Tensor& images, const torch::Tensor& targets);
    /// The pooled backbone features [B, C] the head starts from (what a feature cache holds).
    torch::Tensor pooledFeatures(const torch::Tensor& images);
    /// The head alone, from pooled features: logits and, with targets, the loss.
    ClassifierOutput classifyPooled(const torch::Tensor& pooled, const torch::Tensor& targets);
    /// The network in eval mode as an inference graph (BatchNorm folded, no dropout), on the CPU.
    graph::InferenceGraph inferenceGraph() const;

    const ModelConfig& config() const { return m_config; }
    /// The backbone level (0..3, res2..res5) the head reads.
    int headFeatureLevel() const { return m_featureLevel; }
    std::shared_ptr<BackboneImpl> backbone() const { return m_backbone; }
    ClassificationHead head() const { return m_head; }
    LossOptions& lossOptions() { return m_lossOptions; }

private:
    ModelConfig m_config;
    int m_featureLevel = 3;
    std::shared_ptr<BackboneImpl> m_backbone;
    ClassificationHead m_head{nullptr};
    LossOptions m_lossOptions;
};
TORCH_MODULE(FaiClassifier);

/// The backbone a config asks for (no weights loaded).
std::shared_ptr<BackboneImpl> makeBackbone(const BackboneConfig& config);

}  // namespace faicls::nn
