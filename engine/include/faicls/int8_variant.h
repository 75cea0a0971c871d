#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "faicls/dataset.h"
#include "faicls/job_handle.h"
#include "faicls/metrics.h"

namespace faicls {

/// How a bundle's int8 variant is calibrated.
struct Int8Options {
    /// Images drawn (seeded, without repeats) from the dataset's training split.
    int calibrationImages = 256;
    /// The user's own calibration images instead (image files); the dataset then only serves
    /// the validation.
    std::vector<std::string> calibrationFiles;
};

/// An int8 variant computed for a bundle and measured, not yet kept: the person sees the
/// accuracy it costs first.
struct Int8Candidate {
    std::string bundlePath;
    nlohmann::json variant;  ///< what the bundle stores under "int8_variant"
    int64_t calibrationImages = 0;
    EvaluationMetrics float32Metrics;   ///< the float graph on the validation split
    EvaluationMetrics int8Metrics;      ///< the int8 graph on the same images
    double top1Agreement = 0;           ///< fraction of images whose top class is the same
    double largestScoreDifference = 0;  ///< over every image and class
    /// How many times faster than the float32 graph it ran the validation here (batches of 32).
    double speedup = 0;
    double calibrationSeconds = 0;
    std::string engine;  ///< LibTorch's quantized engine that ran it

    /// What int8 costs in the headline figure (accuracy, or F1 for multi-label), in percentage
    /// points.
    double drop() const;
};

/// Calibrates an int8 variant of the bundle on images of `datasetRoot` (the model's classes)
/// and measures it against float32 on the validation split. Throws EngineError naming the file
/// for a bad bundle, dataset or calibration image, for a split without images, and (Cancelled)
/// when `job` is cancelled. Progress phases: "calibrating" then "evaluating", in images.
Int8Candidate quantizeBundle(const std::string& bundlePath, const std::string& datasetRoot,
                             const Int8Options& options = {}, const ScanOptions& scan = {},
                             JobHandle* job = nullptr);

/// Adds the candidate's variant to its bundle, atomically; the float weights and the rest of the
/// description are written back unchanged. Throws EngineError naming the file.
void keepInt8Variant(const Int8Candidate& candidate);

/// What a kept variant measured, as a bundle stores it (BundleInfo::int8Variant).
struct Int8VariantFigures {
    bool known = false;       ///< the variant holds its validation figures
    bool multiLabel = false;  ///< the figures are F1, else accuracy (percent)
    double int8 = 0, float32 = 0;
    double top1Agreement = 0;
    double speedup = 0;
    int64_t validationImages = 0;
    int64_t calibrationImages = 0;
};

/// The figures of a stored variant; fields that are missing or of the wrong type read as 0
/// (a bundle is untrusted bytes).
Int8VariantFigures int8VariantFigures(const nlohmann::json& variant);

}  // namespace faicls
