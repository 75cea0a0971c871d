#pragma once

#include <string>
#include <vector>

#include "faicls/evaluation.h"
#include "faicls/job_handle.h"
#include "faicls/trainer.h"

namespace faicls {

struct CrossValidationOptions {
    int folds = 4;   ///< 2..20
    int epochs = 0;  ///< of each fold's training; 0: the request's own
    /// Where the folds' runs go (fold-1, fold-2...), outside the dataset; kept, for a look.
    std::string workFolder;
};

/// Each training picture's fold (0..folds-1) by position in index.imagesOf(Split::Train):
/// stratified (the pictures of each label set spread evenly over the folds), seeded.
std::vector<int> crossValidationFolds(const DatasetIndex& index, int folds, uint32_t seed);

/// Out-of-sample scores for every training picture: `folds` trainings of `request`, each on the
/// training pictures of all folds but one (validation: the dataset's own valid split), each
/// scoring the fold it never saw. What findLabelIssues needs to review the training split.
/// Progress phases "fold N of K: training" and "fold N of K: scoring"; a cancelled `job` throws
/// EngineError(Cancelled) (the folds' runs so far stay in the work folder). Throws EngineError
/// for a dataset with fewer training pictures than folds, or without a validation split.
EvaluationDetails crossValidatedScores(const TrainingRequest& request,
                                       const CrossValidationOptions& options,
                                       JobHandle* job = nullptr);

}  // namespace faicls
