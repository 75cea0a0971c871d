#include "faicls/metrics_json.h"
#include "io/json_file.h"

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

EvaluationMetrics metricsFromJson(const nlohmann::json& j) {
    EvaluationMetrics m;
    m.multiLabel = j.value("multi_label", false);
    m.images = io::integerOr<int64_t>(j, "images", 0);
    m.f1 = j.value("F1", 0.0);
    m.precision = j.value("Precision", 0.0);
    m.recall = j.value("Recall", 0.0);
    m.meanClassF1 = j.value("mean_class_F1", 0.0);
    m.accuracy = j.value("accuracy", 0.0);
    m.top5Accuracy = j.value("top5_accuracy", 0.0);
    m.confusion = j.value("confusion", std::vector<std::vector<int64_t>>{});
    m.microF1 = j.value("micro_F1", 0.0);
    m.meanAveragePrecision = j.value("mAP", 0.0);
    m.threshold = j.value("threshold", 0.5);
    m.bestThreshold = j.value("best_threshold", 0.5);
    m.f1AtBestThreshold = j.value("F1_at_best_threshold", 0.0);
    return m;
}

}  // namespace faicls
