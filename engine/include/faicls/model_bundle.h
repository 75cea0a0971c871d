#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "faicls/model_config.h"

namespace faicls {

/// The pre-processing every consumer of a bundle applies (spec §3).
struct PreprocessPolicy {
    /// "shorter_side_center_crop" (default): shorter side to the resolution, centre crop.
    /// "stretch": resize to the resolution ignoring aspect ratio (the reference's inference).
    std::string resizeMode = "shorter_side_center_crop";
    Resolution resolution;
    std::array<double, 3> pixelMean = {123.675, 116.28, 103.53};
    std::array<double, 3> pixelStd = {58.395, 57.12, 57.375};
};

/// Everything a `.faicls` bundle says about its model, weights aside.
struct BundleInfo {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    std::string createdBy;  ///< "FAI-CLS Studio 0.1.0"
    ModelConfig model;
    std::vector<std::string> classNames;
    PreprocessPolicy preprocessing;
    double threshold = 0.5;               ///< multi-label decision threshold on sigmoid scores
    std::vector<double> classThresholds;  ///< per class; empty = use `threshold`
    nlohmann::json validationMetrics = nlohmann::json::object();
    nlohmann::json trainingSummary = nlohmann::json::object();
    nlohmann::json source = nlohmann::json::object();  ///< where the weights came from
    /// The int8 variant the person kept (faicls/int8_variant.h): its calibrated encodings and
    /// what it measured; empty when it has none.
    nlohmann::json int8Variant = nlohmann::json::object();

    bool hasInt8Variant() const { return !int8Variant.empty(); }
};

nlohmann::json toJson(const BundleInfo& info);

/// Reads only the description of a bundle (fast: no weights). Throws EngineError naming the file.
BundleInfo readBundleInfo(const std::string& path);

}  // namespace faicls
