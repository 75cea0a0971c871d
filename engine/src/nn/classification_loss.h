#pragma once

#include <torch/torch.h>

#include "faicls/model_config.h"

namespace faicls::nn {

/// Which loss, and its parameters, taken from a ModelConfig.
struct LossOptions {
    bool multiLabel = false;
    bool focal = false;
    double focalAlpha = 0.75;
    double focalGamma = 2.0;
    double labelSmoothing = 0.0;
    double posWeight = 1.0;
    /// Optional [K] class-balancing weights: per-class weights of cross-entropy, or factors on
    /// BCE's positive term. Undefined = none. Not used by the focal loss.
    torch::Tensor classWeights;

    static LossOptions from(const ModelConfig& config);
};

/// Cross-entropy with label smoothing (single-label, `targets` int64 [B] class indices).
torch::Tensor crossEntropyLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                               double labelSmoothing, const torch::Tensor& classWeights = {});

/// BCE with logits, mean over all B×K elements, positives weighted by `posWeight` (times
/// `classWeights[k]` for class k when given: class balancing). `targets` float [B, K] multi-hot.
torch::Tensor binaryCrossEntropyLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                     double posWeight, const torch::Tensor& classWeights = {});

/// The reference focal loss (reference facts §7): p = clamp(sigmoid(x), 1e-6, 1),
/// y ← y(1−ls) + ls/K, L = −α(1−p)^γ [y log p + (1−y) log(1−p)], summed over classes and
/// averaged over the batch. Computed in log space so saturated logits give finite values.
/// `targets` float [B, K].
torch::Tensor focalLoss(const torch::Tensor& logits, const torch::Tensor& targets, double alpha,
                        double gamma, double labelSmoothing);

/// Dispatches on the options. `targets`: int64 [B] (single-label) or float [B, K] (multi-label).
torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                 const LossOptions& options);

}  // namespace faicls::nn
