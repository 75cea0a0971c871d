#include "faicls/evaluation_review.h"

#include <algorithm>

namespace faicls {

std::vector<Mistake> worstMistakes(const EvaluationDetails& details, double threshold,
                                   size_t limit) {
    const bool multiLabel = details.metrics.multiLabel;
    std::vector<Mistake> mistakes;
    for (size_t i = 0; i < details.images.size(); ++i) {
        const ImageScores& image = details.images[i];
        Mistake m;
        m.image = i;
        const auto isTrue = [&](int c) {
            return std::find(image.labels.begin(), image.labels.end(), c) != image.labels.end();
        };
        if (!multiLabel) {
            const auto top = std::max_element(image.scores.begin(), image.scores.end());
            const int predicted = static_cast<int>(top - image.scores.begin());
            if (isTrue(predicted))
                continue;
            m.predicted = {predicted};
            m.extra = {predicted};
            m.missed = image.labels;
            m.confidence = *top;
        } else {
            for (int c = 0; c < static_cast<int>(image.scores.size()); ++c) {
                const double score = image.scores[static_cast<size_t>(c)];
                const bool predicted = score > threshold;
                if (predicted)
                    m.predicted.push_back(c);
                if (predicted && !isTrue(c)) {
                    m.extra.push_back(c);
                    m.confidence = std::max(m.confidence, score);
                } else if (!predicted && isTrue(c)) {
                    m.missed.push_back(c);
                    m.confidence = std::max(m.confidence, 1.0 - score);
                }
            }
            if (m.extra.empty() && m.missed.empty())
                continue;
        }
        mistakes.push_back(std::move(m));
    }
    std::stable_sort(mistakes.begin(), mistakes.end(), [](const Mistake& a, const Mistake& b) {
        return a.confidence > b.confidence;
    });
    if (mistakes.size() > limit)
        mistakes.resize(limit);
    return mistakes;
}

EvaluationMetrics metricsAtThreshold(const EvaluationDetails& details, double threshold) {
    if (!details.metrics.multiLabel)
        return details.metrics;
    const size_t classes = details.classNames.size();
    std::vector<float> scores;
    std::vector<uint8_t> multiHot;
    scores.reserve(details.images.size() * classes);
    multiHot.reserve(details.images.size() * classes);
    for (const auto& image : details.images) {
        scores.insert(scores.end(), image.scores.begin(), image.scores.end());
        std::vector<uint8_t> row(classes, 0);
        for (int label : image.labels)
            row[static_cast<size_t>(label)] = 1;
        multiHot.insert(multiHot.end(), row.begin(), row.end());
    }
    return multiLabelMetrics(scores, multiHot, details.classNames, threshold);
}

std::vector<PrecisionRecallPoint> precisionRecallCurve(const EvaluationDetails& details,
                                                       int classId) {
    std::vector<std::pair<float, bool>> ranked;
    int64_t positives = 0;
    for (const auto& image : details.images) {
        if (classId < 0 || static_cast<size_t>(classId) >= image.scores.size())
            continue;
        const bool positive =
            std::find(image.labels.begin(), image.labels.end(), classId) != image.labels.end();
        positives += positive;
        ranked.emplace_back(image.scores[static_cast<size_t>(classId)], positive);
    }
    std::vector<PrecisionRecallPoint> curve;
    if (positives == 0)
        return curve;
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    int64_t truePositives = 0, seen = 0;
    // Equal scores are one decision: taken together, as the AP computation takes them.
    for (size_t i = 0; i < ranked.size();) {
        size_t j = i;
        for (; j < ranked.size() && ranked[j].first == ranked[i].first; ++j) {
            truePositives += ranked[j].second;
            ++seen;
        }
        curve.push_back({ranked[i].first, 100.0 * static_cast<double>(truePositives) / seen,
                         100.0 * static_cast<double>(truePositives) / positives});
        i = j;
    }
    return curve;
}

}  // namespace faicls
