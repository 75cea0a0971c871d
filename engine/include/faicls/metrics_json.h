#pragma once

#include <nlohmann/json.hpp>

#include "faicls/metrics.h"

namespace faicls {

/// Metrics as JSON: reference-style keys ("F1", "Precision", "Recall", "F1-<class>", ...) plus
/// the single- or multi-label extras.
nlohmann::json toJson(const EvaluationMetrics& metrics);

/// The figures of toJson's output back: the headline and single-/multi-label scalars and the
/// confusion matrix (per-class figures need the class names, and are left empty). Missing keys
/// keep their defaults; a key of the wrong type throws nlohmann::json::exception.
EvaluationMetrics metricsFromJson(const nlohmann::json& json);

}  // namespace faicls
