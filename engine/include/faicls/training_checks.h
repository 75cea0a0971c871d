#pragma once

#include <string>
#include <vector>

#include "faicls/dataset.h"

namespace faicls {

/// One thing to know before training on a dataset.
struct TrainingCheck {
    bool blocking = false;  ///< training would be pointless or fail: it is refused
    std::string message;    ///< in plain words, with what to do
};

/// What stands in the way of training on `index` (blocking: fewer than two classes for a
/// single-label dataset, no training images, no validation images, a class without training
/// images) and what deserves a look (not blocking: classes with very few training images,
/// copies of one picture across splits). The trainer refuses the blocking ones; the app shows
/// both before it starts.
std::vector<TrainingCheck> checkDatasetForTraining(const DatasetIndex& index);

/// The blocking checks' messages, one per line ("" when there are none).
std::string blockingProblems(const std::vector<TrainingCheck>& checks);

}  // namespace faicls
