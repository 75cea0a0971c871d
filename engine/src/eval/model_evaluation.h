#pragma once

// Internal: one pass of a network over a data loader, shared by the trainer's evaluations and
// the evaluation of a bundle.

#include <torch/torch.h>

#include <functional>
#include <vector>

#include "data/data_loader.h"
#include "faicls/job_handle.h"
#include "faicls/metrics.h"
#include "faicls/precision.h"
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
    Precision precision = Precision::Float32;  ///< autocast to this on `device`
    /// The multi-label decision threshold: the reference's 0.5 during training, the bundle's
    /// tuned one when evaluating a bundle.
    double threshold = 0.5;
};

/// Collects a pass's logits batch by batch and turns them into the figures: the loss, each
/// image's scores and the metrics.
class EvaluationAccumulator {
public:
    EvaluationAccumulator(const DatasetIndex& dataset, const nn::LossOptions& loss);
    /// One batch: logits [B, K] (any device or float type), its targets, dataset positions.
    void add(const torch::Tensor& logits, const torch::Tensor& targets,
             const std::vector<size_t>& positions);
    /// The evaluation; `threshold` is the multi-label decision threshold. Call once.
    ModelEvaluation finish(double threshold, bool cancelled);

private:
    const DatasetIndex& m_dataset;
    nn::LossOptions m_loss;
    ModelEvaluation m_result;
    std::vector<int> m_labels;
    std::vector<uint8_t> m_multiHot;
    double m_lossSum = 0;
    int64_t m_images = 0;
};

/// Logits [B, K] of a batch of normalised images (on the CPU, as the loader gives them).
using LogitsOf = std::function<torch::Tensor(const torch::Tensor& images)>;

/// Runs `logitsOf` over the loader's split once, under no-grad. Checks `job` between batches
/// and reports "evaluating" progress in images.
ModelEvaluation evaluateNetwork(const LogitsOf& logitsOf, const nn::LossOptions& loss,
                                data::DataLoader& loader, const DatasetIndex& dataset,
                                double threshold, JobHandle& job);

/// evaluateNetwork of `model` (switched to eval mode) on `settings.device` in its precision.
ModelEvaluation evaluateModel(nn::FaiClassifier& model, data::DataLoader& loader,
                              const DatasetIndex& dataset, const EvaluationSettings& settings,
                              JobHandle& job);

}  // namespace faicls::eval
