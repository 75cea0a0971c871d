#pragma once

#include <vector>

#include "faicls/dataset.h"

namespace faicls::train {

/// Loss weights per class from the training split. Single-label: N / (K * n_c) (scikit-learn's
/// "balanced"; 1 for a class without images). Multi-label: negatives / positives of each class,
/// clamped to [1, 100], a factor on the positive term.
std::vector<double> balancedClassWeights(const DatasetIndex& dataset);

/// Sampling weight of each training image (in `DatasetIndex::imagesOf(Split::Train)` order) for a
/// balanced sampler: 1 / (images of its rarest label); images without labels as a class of their
/// own.
std::vector<double> balancedSamplingWeights(const DatasetIndex& dataset);

}  // namespace faicls::train
