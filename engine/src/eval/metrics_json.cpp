#include "faicls/metrics_json.h"

namespace faicls {

nlohmann::json toJson(const EvaluationMetrics& m) {
    nlohmann::json j = {{"F1", m.f1},         {"Precision", m.precision},
                        {"Recall", m.recall}, {"mean_class_F1", m.meanClassF1},
                        {"images", m.images}, {"multi_label", m.multiLabel}};
    if (m.multiLabel) {
        j["micro_F1"] = m.microF1;
        j["mAP"] = m.meanAveragePrecision;
        j["threshold"] = m.threshold;
        j["best_threshold"] = m.bestThreshold;
        j["F1_at_best_threshold"] = m.f1AtBestThreshold;
    } else {
        j["accuracy"] = m.accuracy;
        j["top5_accuracy"] = m.top5Accuracy;
        j["confusion"] = m.confusion;
    }
    for (const auto& c : m.classes) {
        j["F1-" + c.name] = c.f1;
        j["Precision-" + c.name] = c.precision;
        j["Recall-" + c.name] = c.recall;
        if (m.multiLabel) {
            j["AP-" + c.name] = c.averagePrecision;
            j["threshold-" + c.name] = c.bestThreshold;
        }
    }
    return j;
}

}  // namespace faicls
