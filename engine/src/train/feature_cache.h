#pragma once

// Internal: head-only training over features computed once (what usesFeatureCache() selects).

#include <torch/torch.h>

#include <optional>
#include <vector>

#include "data/data_loader.h"
#include "eval/model_evaluation.h"
#include "faicls/job_handle.h"
#include "nn/fai_classifier.h"

namespace faicls::train {

/// The pooled backbone features of every image of a split, computed once with the backbone in
/// eval mode and no augmentation: with a frozen backbone they are what every epoch would
/// compute again, so head-only epochs need neither decoding nor a backbone pass.
class FeatureCache {
public:
    /// One pass over `options.split` (in split order; an image that cannot be decoded has no
    /// features, as the loader skips it). nullopt when the job was cancelled meanwhile.
    static std::optional<FeatureCache> compute(nn::FaiClassifier& model,
                                               std::shared_ptr<const DatasetIndex> dataset,
                                               data::LoaderOptions options, torch::Device device,
                                               JobHandle& job);

    /// Images of the split (with or without features): what epochOrder() draws indices from.
    size_t splitSize() const { return m_rowOf.size(); }

    /// Features [B, C] and targets of the split images at `splitIndices` that have features.
    struct Rows {
        torch::Tensor features;
        torch::Tensor targets;
        std::vector<size_t> positions;  ///< dataset positions
    };
    Rows rows(const std::vector<size_t>& splitIndices) const;

    /// The head (eval mode) over every cached image, `batchSize` at a time.
    eval::ModelEvaluation evaluate(nn::FaiClassifier& model, const DatasetIndex& dataset,
                                   int batchSize, double threshold) const;

private:
    torch::Tensor m_features;         ///< [rows, C] on the training device
    torch::Tensor m_targets;          ///< [rows] or [rows, K], same device
    std::vector<int64_t> m_rowOf;     ///< split index -> row, -1 without features
    std::vector<size_t> m_positions;  ///< row -> dataset position
};

}  // namespace faicls::train
