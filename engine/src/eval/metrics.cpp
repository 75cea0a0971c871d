#include "faicls/metrics.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace faicls {
namespace {

struct Counts {
    int64_t truePositives = 0, falsePositives = 0, falseNegatives = 0;
};

double percent(int64_t part, int64_t whole) {
    return whole > 0 ? 100.0 * static_cast<double>(part) / whole : 0.0;
}

// Fills per-class P/R/F1 and the reference's macro figures from per-class counts.
void macroFromCounts(const std::vector<Counts>& counts, EvaluationMetrics& m) {
    double precisionSum = 0, recallSum = 0, f1Sum = 0;
    int withPositives = 0;
    for (size_t c = 0; c < counts.size(); ++c) {
        const Counts& n = counts[c];
        ClassMetrics& cm = m.classes[c];
        cm.precision = percent(n.truePositives, n.truePositives + n.falsePositives);
        cm.recall = percent(n.truePositives, n.truePositives + n.falseNegatives);
        cm.f1 = harmonicMean(cm.precision, cm.recall);
        cm.positives = n.truePositives + n.falseNegatives;
        // Classes without ground truth add nothing to the sums and are not counted (reference).
        precisionSum += cm.precision;
        recallSum += cm.recall;
        if (cm.positives > 0) {
            ++withPositives;
            f1Sum += cm.f1;
        }
    }
    const int denominator = std::max(withPositives, 1);
    m.precision = precisionSum / denominator;
    m.recall = recallSum / denominator;
    m.f1 = harmonicMean(m.precision, m.recall);
    m.meanClassF1 = f1Sum / denominator;
}

std::vector<Counts> thresholdCounts(const std::vector<float>& scores,
                                    const std::vector<uint8_t>& multiHot, size_t images,
                                    size_t classes, double threshold) {
    std::vector<Counts> counts(classes);
    for (size_t i = 0; i < images; ++i) {
        for (size_t c = 0; c < classes; ++c) {
            const bool predicted = scores[i * classes + c] > threshold;
            const bool actual = multiHot[i * classes + c] != 0;
            counts[c].truePositives += predicted && actual;
            counts[c].falsePositives += predicted && !actual;
            counts[c].falseNegatives += !predicted && actual;
        }
    }
    return counts;
}

// Average precision of one class: sum over the ranked list of (recall step) x (precision there),
// equal scores taken together (as scikit-learn's average_precision_score).
double averagePrecision(std::vector<std::pair<float, bool>> ranked, int64_t positives) {
    if (positives == 0)
        return 0;
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    double ap = 0, previousRecall = 0;
    int64_t truePositives = 0, seen = 0;
    for (size_t i = 0; i < ranked.size();) {
        size_t j = i;
        while (j < ranked.size() && ranked[j].first == ranked[i].first) {
            truePositives += ranked[j].second;
            ++seen;
            ++j;
        }
        const double recall = static_cast<double>(truePositives) / positives;
        const double precision = static_cast<double>(truePositives) / seen;
        ap += (recall - previousRecall) * precision;
        previousRecall = recall;
        i = j;
    }
    return 100.0 * ap;
}

// The threshold that maximises one class's F1: between two consecutive distinct scores, so that
// "score > threshold" keeps exactly the top ones.
double bestClassThreshold(std::vector<std::pair<float, bool>> ranked, int64_t positives) {
    if (positives == 0)
        return 0.5;
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    double bestF1 = -1, best = 0.5;
    int64_t truePositives = 0;
    for (size_t i = 0; i < ranked.size();) {
        size_t j = i;
        while (j < ranked.size() && ranked[j].first == ranked[i].first)
            truePositives += ranked[j++].second;
        const int64_t predicted = static_cast<int64_t>(j);
        const double f1 = 2.0 * truePositives / static_cast<double>(predicted + positives);
        if (f1 > bestF1) {
            bestF1 = f1;
            const double next = j < ranked.size() ? ranked[j].first : 0.0;
            best = (ranked[i].first + next) / 2.0;
        }
        i = j;
    }
    return best;
}

void checkShape(size_t scores, size_t images, size_t classes) {
    if (classes == 0 || scores != images * classes)
        throw std::invalid_argument("metrics: scores must hold images x classes values");
}

}  // namespace

double harmonicMean(double precision, double recall) {
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

EvaluationMetrics singleLabelMetrics(const std::vector<float>& scores,
                                     const std::vector<int>& labels,
                                     const std::vector<std::string>& classNames) {
    const size_t classes = classNames.size();
    const size_t images = labels.size();
    checkShape(scores.size(), images, classes);
    EvaluationMetrics m;
    m.images = static_cast<int64_t>(images);
    m.classes.resize(classes);
    for (size_t c = 0; c < classes; ++c)
        m.classes[c].name = classNames[c];
    m.confusion.assign(classes, std::vector<int64_t>(classes, 0));
    std::vector<Counts> counts(classes);
    int64_t correct = 0, topFive = 0;
    std::vector<size_t> order(classes);
    for (size_t i = 0; i < images; ++i) {
        const float* row = &scores[i * classes];
        std::iota(order.begin(), order.end(), 0);
        const size_t k = std::min<size_t>(5, classes);
        std::partial_sort(
            order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
            [&](size_t a, size_t b) { return row[a] > row[b] || (row[a] == row[b] && a < b); });
        const size_t predicted = order.front();
        const size_t actual = static_cast<size_t>(labels[i]);
        ++m.confusion[actual][predicted];
        correct += predicted == actual;
        topFive += std::find(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k),
                             actual) != order.begin() + static_cast<std::ptrdiff_t>(k);
        if (predicted == actual) {
            ++counts[actual].truePositives;
        } else {
            ++counts[predicted].falsePositives;
            ++counts[actual].falseNegatives;
        }
    }
    m.accuracy = percent(correct, static_cast<int64_t>(images));
    m.top5Accuracy = percent(topFive, static_cast<int64_t>(images));
    macroFromCounts(counts, m);
    return m;
}

EvaluationMetrics multiLabelMetrics(const std::vector<float>& scores,
                                    const std::vector<uint8_t>& multiHot,
                                    const std::vector<std::string>& classNames, double threshold) {
    const size_t classes = classNames.size();
    const size_t images = classes ? multiHot.size() / classes : 0;
    checkShape(scores.size(), images, classes);
    EvaluationMetrics m;
    m.multiLabel = true;
    m.images = static_cast<int64_t>(images);
    m.threshold = threshold;
    m.classes.resize(classes);
    for (size_t c = 0; c < classes; ++c)
        m.classes[c].name = classNames[c];

    const auto counts = thresholdCounts(scores, multiHot, images, classes, threshold);
    macroFromCounts(counts, m);
    Counts total;
    for (const auto& n : counts) {
        total.truePositives += n.truePositives;
        total.falsePositives += n.falsePositives;
        total.falseNegatives += n.falseNegatives;
    }
    m.microF1 = percent(2 * total.truePositives,
                        2 * total.truePositives + total.falsePositives + total.falseNegatives);

    double apSum = 0;
    int withPositives = 0;
    for (size_t c = 0; c < classes; ++c) {
        std::vector<std::pair<float, bool>> ranked(images);
        for (size_t i = 0; i < images; ++i)
            ranked[i] = {scores[i * classes + c], multiHot[i * classes + c] != 0};
        ClassMetrics& cm = m.classes[c];
        cm.averagePrecision = averagePrecision(ranked, cm.positives);
        cm.bestThreshold = bestClassThreshold(ranked, cm.positives);
        if (cm.positives > 0) {
            apSum += cm.averagePrecision;
            ++withPositives;
        }
    }
    m.meanAveragePrecision = apSum / std::max(withPositives, 1);

    // The global threshold with the best reference F1, on a 0.01 grid (ties: closest to 0.5).
    m.bestThreshold = threshold;
    m.f1AtBestThreshold = m.f1;
    for (int step = 1; step < 100; ++step) {
        const double candidate = step / 100.0;
        EvaluationMetrics at;
        at.classes.resize(classes);
        macroFromCounts(thresholdCounts(scores, multiHot, images, classes, candidate), at);
        const bool better = at.f1 > m.f1AtBestThreshold + 1e-12 ||
                            (std::abs(at.f1 - m.f1AtBestThreshold) <= 1e-12 &&
                             std::abs(candidate - 0.5) < std::abs(m.bestThreshold - 0.5));
        if (better) {
            m.f1AtBestThreshold = at.f1;
            m.bestThreshold = candidate;
        }
    }
    return m;
}

}  // namespace faicls
