#include "train/optimizer_setup.h"

namespace faicls::train {

namespace {

template <typename Options>
std::vector<torch::optim::OptimizerParamGroup> parameterGroups(const nn::FaiClassifier& model,
                                                               const TrainConfig& train,
                                                               const Options& prototype,
                                                               std::vector<double>& baseRates) {
    std::array<std::vector<torch::Tensor>, 4> grouped;
    for (const auto& item : model->named_parameters()) {
        if (!item.value().requires_grad())
            continue;
        const bool backbone = item.key().rfind("backbone.", 0) == 0;
        const bool noDecay = item.value().dim() <= 1;
        grouped[static_cast<size_t>(backbone) * 2 + static_cast<size_t>(noDecay)].push_back(
            item.value());
    }
    std::vector<torch::optim::OptimizerParamGroup> groups;
    for (size_t g = 0; g < grouped.size(); ++g) {
        if (grouped[g].empty())
            continue;
        const bool backbone = g >= 2;
        const bool noDecay = g % 2 == 1;
        auto options = std::make_unique<Options>(prototype);
        const double rate =
            train.learningRate * (backbone ? train.backboneMultiplier.value_or(1.0) : 1.0);
        options->lr(rate);
        options->weight_decay(noDecay ? 0.0 : train.weightDecay);
        baseRates.push_back(rate);
        groups.emplace_back(grouped[g], std::move(options));
    }
    return groups;
}

}  // namespace

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const nn::FaiClassifier& model,
                                                       const TrainConfig& train,
                                                       std::vector<double>& baseRates) {
    if (train.optimizer == "sgd") {
        auto prototype = torch::optim::SGDOptions(train.learningRate)
                             .momentum(train.momentum)
                             .nesterov(train.nesterov);
        return std::make_unique<torch::optim::SGD>(
            parameterGroups(model, train, prototype, baseRates), prototype);
    }
    auto prototype = torch::optim::AdamWOptions(train.learningRate);
    return std::make_unique<torch::optim::AdamW>(
        parameterGroups(model, train, prototype, baseRates), prototype);
}

void setLearningRates(torch::optim::Optimizer& optimizer, const std::vector<double>& baseRates,
                      double factor) {
    auto& groups = optimizer.param_groups();
    for (size_t g = 0; g < groups.size(); ++g)
        groups[g].options().set_lr(baseRates[g] * factor);
}

}  // namespace faicls::train
