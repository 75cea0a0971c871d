#include "train/class_balance.h"

#include <algorithm>

namespace faicls::train {
namespace {

std::vector<double> trainCounts(const DatasetIndex& dataset, double& unlabelled) {
    std::vector<double> counts(dataset.classNames.size(), 0);
    unlabelled = 0;
    for (size_t position : dataset.imagesOf(Split::Train)) {
        const auto& labels = dataset.images[position].labels;
        if (labels.empty())
            ++unlabelled;
        for (int label : labels)
            ++counts[static_cast<size_t>(label)];
    }
    return counts;
}

}  // namespace

std::vector<double> balancedClassWeights(const DatasetIndex& dataset) {
    double unlabelled = 0;
    const std::vector<double> counts = trainCounts(dataset, unlabelled);
    const double images = static_cast<double>(dataset.imagesOf(Split::Train).size());
    std::vector<double> weights(counts.size(), 1.0);
    for (size_t c = 0; c < counts.size(); ++c) {
        if (counts[c] == 0)
            continue;
        weights[c] = dataset.multiLabel ? std::clamp((images - counts[c]) / counts[c], 1.0, 100.0)
                                        : images / (static_cast<double>(counts.size()) * counts[c]);
    }
    return weights;
}

std::vector<double> balancedSamplingWeights(const DatasetIndex& dataset) {
    double unlabelled = 0;
    const std::vector<double> counts = trainCounts(dataset, unlabelled);
    std::vector<double> weights;
    for (size_t position : dataset.imagesOf(Split::Train)) {
        const auto& labels = dataset.images[position].labels;
        double rarest = labels.empty() ? unlabelled : 0;
        for (int label : labels) {
            const double count = counts[static_cast<size_t>(label)];
            rarest = rarest == 0 ? count : std::min(rarest, count);
        }
        weights.push_back(rarest > 0 ? 1.0 / rarest : 0.0);
    }
    return weights;
}

}  // namespace faicls::train
