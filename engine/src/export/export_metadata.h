#pragma once

#include <nlohmann/json.hpp>

#include "faicls/model_bundle.h"

namespace faicls::exporting {

/// What a consumer of an exported graph needs besides the graph: class names, whether scores
/// are softmax or sigmoid, thresholds, and how to pre-process an image into `images`.
nlohmann::json exportMetadata(const BundleInfo& info);

}  // namespace faicls::exporting
