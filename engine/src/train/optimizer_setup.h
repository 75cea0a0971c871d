#pragma once

// Internal: the optimiser over FAI-CLS's parameter groups and its learning rates.

#include <torch/torch.h>

#include <memory>
#include <vector>

#include "faicls/model_config.h"
#include "nn/fai_classifier.h"

namespace faicls::train {

/// AdamW or SGD over four groups, backbone/head x decay/no-decay: no weight decay on biases and
/// norm weights (1-D tensors); the backbone's rate is the head's x `backboneMultiplier` (the
/// caller resolves an unset one with effectiveBackboneMultiplier()).
/// `baseRates` receives each group's rate, in group order.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const nn::FaiClassifier& model,
                                                       const TrainConfig& train,
                                                       std::vector<double>& baseRates);

/// Every group at its base rate x `factor` (the schedule's value for this iteration).
void setLearningRates(torch::optim::Optimizer& optimizer, const std::vector<double>& baseRates,
                      double factor);

}  // namespace faicls::train
