#pragma once

#include <cstddef>
#include <vector>

#include "faicls/evaluation.h"

namespace faicls {

/// An image the model got wrong, and how sure it was.
struct Mistake {
    size_t image = 0;            ///< index in EvaluationDetails::images
    std::vector<int> predicted;  ///< single-label: the top class; multi-label: above threshold
    std::vector<int> missed;     ///< true labels not predicted
    std::vector<int> extra;      ///< predicted labels that are not true
    /// The most confident wrong decision: a wrong class's score, or 1 − the score of a missed
    /// true class (multi-label).
    double confidence = 0;
};

/// The `limit` most confident mistakes, most confident first. `threshold` applies to
/// multi-label details (the decision is score > threshold, as in the metrics).
std::vector<Mistake> worstMistakes(const EvaluationDetails& details, double threshold,
                                   size_t limit);

/// The details' metrics again at another multi-label decision threshold (single-label details
/// are returned unchanged). Cheap: no network involved, fine for a live slider.
EvaluationMetrics metricsAtThreshold(const EvaluationDetails& details, double threshold);

/// A point of a precision-recall curve: deciding "score >= thresholdScore" gives these figures
/// (percent).
struct PrecisionRecallPoint {
    double thresholdScore = 0;
    double precision = 0;
    double recall = 0;
};

/// One class's precision-recall curve over the details' images (multi-label), one point per
/// distinct score, from the highest score down (recall rising). Empty when the class has no
/// positive image. The step sum of (recall step × precision) over it is the class's AP.
std::vector<PrecisionRecallPoint> precisionRecallCurve(const EvaluationDetails& details,
                                                       int classId);

}  // namespace faicls
