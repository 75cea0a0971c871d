#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "faicls/evaluation.h"

namespace faicls {

/// A picture whose label is likely wrong, by confident learning.
struct LabelIssue {
    size_t image = 0;  ///< index in EvaluationDetails::images
    /// Single-label: the class the picture confidently belongs to instead of its label.
    int suggested = -1;
    /// Multi-label: labels the model is confident are missing, and given labels it is
    /// confident are wrong.
    std::vector<int> missing;
    std::vector<int> extra;
    /// How sure the finding is, 0..1, for ranking: single-label the margin of the suggested
    /// class's score over the given label's; multi-label the largest such margin over a
    /// class's own threshold.
    double margin = 0;
};

/// What confident learning found in a set of scores.
struct LabelReview {
    /// Per class: the mean score of the pictures labelled with it (its "self-confidence"),
    /// above which a score counts as confident. Multi-label: for presence; `absentThresholds`
    /// the mean of 1 − score over the pictures without the label.
    std::vector<double> thresholds;
    std::vector<double> absentThresholds;
    std::vector<LabelIssue> issues;  ///< most likely first
};

/// Finds likely label errors in `details` — scores of pictures the model did not train on
/// (validation, test, or out-of-fold scores), as in Northcutt, Jiang and Chuang, "Confident
/// Learning: Estimating Uncertainty in Dataset Labels" (JAIR 2021): a class's threshold is the
/// mean score of the pictures labelled with it; a picture is confidently of class j when its
/// score for j reaches j's threshold; of several such classes the highest-scoring one counts.
/// Flagged: single-label pictures confidently of another class than their label (the
/// off-diagonal of the confident joint); multi-label, per class as a two-class problem, a
/// label absent while the score confidently says present, or given while 1 − score
/// confidently says absent. Ranked by margin.
LabelReview findLabelIssues(const EvaluationDetails& details);

/// A trained model's scores on the pictures it did not train on: `splits` of the dataset
/// together (more pictures per class make steadier thresholds). Of several splits, one the
/// dataset lacks is left out; with none left, or one split asked for and missing, throws
/// EngineError. `splitOf`, when given, receives each scored picture's split. Progress phase
/// "evaluating"; a cancelled `job` throws EngineError(Cancelled).
EvaluationDetails heldOutScores(const std::string& bundlePath, const std::string& datasetRoot,
                                const std::vector<Split>& splits,
                                std::vector<Split>* splitOf = nullptr, JobHandle* job = nullptr);

}  // namespace faicls
