#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace faicls {

/// Per-class figures, in percent.
struct ClassMetrics {
    std::string name;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int64_t positives = 0;        ///< images with the class in the ground truth
    double averagePrecision = 0;  ///< multi-label: area under the precision-recall curve
    double bestThreshold = 0.5;   ///< multi-label: the threshold that maximises this class's F1
};

/// Every metric of product spec §4, in percent. `f1`, `precision`, `recall` are the reference's:
/// macro averages over the classes that have ground-truth positives, F1 the harmonic mean of
/// macro precision and macro recall (not the mean of per-class F1s).
struct EvaluationMetrics {
    bool multiLabel = false;
    int64_t images = 0;
    double f1 = 0, precision = 0, recall = 0;
    double meanClassF1 = 0;  ///< mean of per-class F1 over classes with positives
    // Single-label.
    double accuracy = 0;
    double top5Accuracy = 0;
    std::vector<std::vector<int64_t>> confusion;  ///< [true class][predicted class]
    // Multi-label.
    double microF1 = 0;
    double meanAveragePrecision = 0;
    double threshold = 0.5;        ///< the decision threshold the figures above use
    double bestThreshold = 0.5;    ///< the global threshold that maximises `f1`
    double f1AtBestThreshold = 0;  ///< `f1` at that threshold
    std::vector<ClassMetrics> classes;
};

/// Metrics from scores and ground truth. `scores`: N x K row-major, probabilities (softmax for
/// single-label, sigmoid for multi-label). Single-label: `labels` holds N class ids, the
/// prediction is the top score. Multi-label: `multiHot` holds N x K 0/1 targets, a class is
/// predicted when its score is above `threshold` (strictly, as the reference).
EvaluationMetrics singleLabelMetrics(const std::vector<float>& scores,
                                     const std::vector<int>& labels,
                                     const std::vector<std::string>& classNames);
EvaluationMetrics multiLabelMetrics(const std::vector<float>& scores,
                                    const std::vector<uint8_t>& multiHot,
                                    const std::vector<std::string>& classNames,
                                    double threshold = 0.5);

/// The reference's combination: 2PR / (P + R), 0 when both are 0.
double harmonicMean(double precision, double recall);

}  // namespace faicls
