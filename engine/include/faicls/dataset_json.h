#pragma once

#include <nlohmann/json.hpp>

#include "faicls/dataset.h"

namespace faicls {

/// The dataset report as `faicls-cli inspect --json` prints it: layout, classes, counts per split
/// and class, labels-per-image histograms, size range, imbalance, duplicates and problems.
nlohmann::json reportToJson(const DatasetIndex& index, const DatasetReport& report);

}  // namespace faicls
