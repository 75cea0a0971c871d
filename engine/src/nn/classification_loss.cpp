#include "nn/classification_loss.h"

namespace faicls::nn {

namespace F = torch::nn::functional;

LossOptions LossOptions::from(const ModelConfig& config) {
    LossOptions options;
    options.multiLabel = config.multiLabel;
    options.focal = config.useFocalLoss;
    options.focalAlpha = config.focalAlpha;
    options.focalGamma = config.focalGamma;
    options.labelSmoothing = config.labelSmoothing;
    options.posWeight = config.posWeight;
    return options;
}

torch::Tensor crossEntropyLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                               double labelSmoothing, const torch::Tensor& classWeights) {
    auto options = F::CrossEntropyFuncOptions().label_smoothing(labelSmoothing);
    if (classWeights.defined())
        options.weight(classWeights.to(logits.dtype()));
    return F::cross_entropy(logits, targets, options);
}

torch::Tensor binaryCrossEntropyLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                     double posWeight, const torch::Tensor& classWeights) {
    // Class balancing weighs the positive term of each class: rare labels count more when present.
    auto positiveWeights = torch::full({logits.size(1)}, posWeight, logits.options());
    if (classWeights.defined())
        positiveWeights = positiveWeights * classWeights.to(logits.options());
    auto options = F::BinaryCrossEntropyWithLogitsFuncOptions().pos_weight(positiveWeights);
    return F::binary_cross_entropy_with_logits(logits, targets.to(logits.dtype()), options);
}

torch::Tensor focalLoss(const torch::Tensor& logits, const torch::Tensor& targets, double alpha,
                        double gamma, double labelSmoothing) {
    constexpr double kMinProbability = 1e-6;
    auto y = targets.to(logits.dtype());
    if (labelSmoothing > 0)
        y = y * (1.0 - labelSmoothing) + labelSmoothing / static_cast<double>(logits.size(1));
    // log p with p clamped below at 1e-6, exactly as the reference clamps sigmoid(x).
    const auto logP = torch::clamp_min(F::logsigmoid(logits), std::log(kMinProbability));
    // log(1 - p): logsigmoid(-x) stays finite where 1 - sigmoid(x) rounds to 0; where the clamp is
    // active, 1 - p is the constant 1 - 1e-6.
    const auto clamped = torch::sigmoid(logits) < kMinProbability;
    const auto logOneMinusP = torch::where(
        clamped, torch::full_like(logits, std::log1p(-kMinProbability)), F::logsigmoid(-logits));
    const auto modulation = torch::exp(gamma * logOneMinusP);  // (1 - p)^gamma
    const auto perElement = -alpha * modulation * (y * logP + (1 - y) * logOneMinusP);
    return perElement.sum(1).mean();
}

torch::Tensor classificationLoss(const torch::Tensor& modelLogits, const torch::Tensor& targets,
                                 const LossOptions& options) {
    // Under fp16 autocast the logits are half precision; the loss is always computed in fp32.
    const torch::Tensor logits = modelLogits.to(torch::kFloat);
    if (options.focal) {
        const auto multiHot =
            options.multiLabel
                ? targets
                : F::one_hot(targets.to(torch::kLong), logits.size(1)).to(logits.dtype());
        auto loss = focalLoss(logits, multiHot, options.focalAlpha, options.focalGamma,
                              options.labelSmoothing);
        return loss;
    }
    if (options.multiLabel)
        return binaryCrossEntropyLoss(logits, targets, options.posWeight, options.classWeights);
    return crossEntropyLoss(logits, targets.to(torch::kLong), options.labelSmoothing,
                            options.classWeights);
}

}  // namespace faicls::nn
