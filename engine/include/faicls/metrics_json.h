#pragma once

#include <nlohmann/json.hpp>

#include "faicls/metrics.h"

namespace faicls {

/// Metrics as JSON: reference-style keys ("F1", "Precision", "Recall", "F1-<class>", ...) plus
/// the single- or multi-label extras.
nlohmann::json toJson(const EvaluationMetrics& metrics);

}  // namespace faicls
