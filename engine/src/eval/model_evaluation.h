#pragma once

// Internal: one pass of a network over a data loader, shared by the trainer's evaluations and
// the evaluation of a bundle.

#include <torch/torch.h>

#include <vector>

#include "data/data_loader.h"
#include "faicls/job_handle.h"
#include "faicls/metrics.h"
#include "nn/fai_classifier.h"

namespace faicls::eval {

struct ModelEvaluation {
    EvaluationMetrics metrics;
    double loss = 0;
    std::vector<float> scores;      ///< images x classes, in `positions` order
    std::vector<size_t> positions;  ///< dataset positions of the evaluated images
    bool cancelled = false;         ///< stopped early: the figures cover part of the split
};

struct EvaluationSettings {
    torch::Device device = torch::kCPU;
    bool mixedPrecision = false;  ///< fp16 autocast (CUDA)
    /// The multi-label decision threshold: the reference's 0.5 during training, the bundle's
    /// tuned one when evaluating a bundle.
    double threshold = 0.5;
};

/// Runs `model` (switched to eval mode) over the loader's split once. Checks `job` between
/// batches and reports "evaluating" progress in images.
ModelEvaluation evaluateModel(nn::FaiClassifier& model, data::DataLoader& loader,
                              const DatasetIndex& dataset, const EvaluationSettings& settings,
                              JobHandle& job);

}  // namespace faicls::eval
