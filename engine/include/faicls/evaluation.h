#pragma once

#include <memory>
#include <string>
#include <vector>

#include "faicls/dataset.h"
#include "faicls/job_handle.h"
#include "faicls/metrics.h"

namespace faicls {

/// One evaluated image: its ground truth and the model's scores (softmax or sigmoid, per class).
struct ImageScores {
    std::string path;
    std::string relativePath;
    std::vector<int> labels;
    std::vector<float> scores;
};

/// Metrics plus what they were computed from, for threshold controls and mistake galleries.
struct EvaluationDetails {
    EvaluationMetrics metrics;
    std::string precision = "float32";  ///< what the network computed in
    std::vector<std::string> classNames;
    std::vector<ImageScores> images;
};

/// Evaluates a bundle on a split of a dataset (the bundle's pre-processing policy and, for
/// multi-label, its tuned threshold), on the caller's thread. `precision` as the Predictor takes
/// it: float32 runs the network itself (the training's figures); bfloat16 and int8 (the kept
/// variant) the folded graph as prediction runs it; auto what prediction on the CPU uses.
/// Throws EngineError for a bad bundle or dataset, when the dataset's classes differ from the
/// model's, for a precision the bundle or machine cannot run, and (Cancelled) when `job` is
/// cancelled. Progress phase: "evaluating", in images.
EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         const std::string& datasetRoot, Split split,
                                         const ScanOptions& scan = {}, JobHandle* job = nullptr,
                                         const std::string& precision = "float32");

/// The same on a dataset already scanned (a cross-validation fold).
EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         std::shared_ptr<const DatasetIndex> dataset, Split split,
                                         JobHandle* job = nullptr,
                                         const std::string& precision = "float32");

/// The metrics of evaluateBundleDetailed alone.
EvaluationMetrics evaluateBundle(const std::string& bundlePath, const std::string& datasetRoot,
                                 Split split, const ScanOptions& scan = {},
                                 JobHandle* job = nullptr,
                                 const std::string& precision = "float32");

}  // namespace faicls
