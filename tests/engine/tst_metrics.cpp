// Evaluation metrics against hand-computed tables (reference-compatible macro F1/P/R, accuracy,
// confusion, micro-F1, AP, thresholds), including a class without positives, and the reference
// zoo's figures.

#include <QtTest>

#include <cmath>
#include <random>

#include "faicls/evaluation_review.h"
#include "faicls/label_review.h"
#include "faicls/metrics.h"

using namespace faicls;

namespace {

void near(double actual, double expected, const char* what) {
    QVERIFY2(std::abs(actual - expected) < 1e-3,
             qPrintable(QString("%1: %2, expected %3").arg(what).arg(actual).arg(expected)));
}

// One-hot-ish scores whose top class is `predicted`.
std::vector<float> scoresPredicting(const std::vector<int>& predicted, int classes) {
    std::vector<float> scores(predicted.size() * static_cast<size_t>(classes), 0.1f);
    for (size_t i = 0; i < predicted.size(); ++i)
        scores[i * static_cast<size_t>(classes) + static_cast<size_t>(predicted[i])] = 0.8f;
    return scores;
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referenceZooFigures() {
        // fai-cls-m-coco: P 68.6875, R 56.3701 → F1 61.9222 (harmonic mean of the macro figures).
        near(harmonicMean(68.6875, 56.3701), 61.9222, "F1");
        QCOMPARE(harmonicMean(0, 0), 0.0);
    }

    void singleLabelTable() {
        //            images: 0  1  2  3  4  5
        const std::vector<int> truth = {0, 0, 1, 1, 2, 2};
        const std::vector<int> predicted = {0, 1, 1, 1, 0, 2};
        const auto m = singleLabelMetrics(scoresPredicting(predicted, 3), truth, {"a", "b", "c"});
        // a: tp 1 fp 1 fn 1 → 50/50/50; b: tp 2 fp 1 → 66.67/100/80; c: tp 1 fn 1 → 100/50/66.67.
        near(m.classes[0].f1, 50, "F1 a");
        near(m.classes[1].precision, 200.0 / 3, "P b");
        near(m.classes[1].f1, 80, "F1 b");
        near(m.classes[2].recall, 50, "R c");
        near(m.precision, (50 + 200.0 / 3 + 100) / 3, "macro P");
        near(m.recall, (50 + 100 + 50) / 3.0, "macro R");
        near(m.f1, harmonicMean(m.precision, m.recall), "F1");
        near(m.f1, 69.3333, "F1 value");
        near(m.meanClassF1, (50 + 80 + 200.0 / 3) / 3, "mean class F1");
        near(m.accuracy, 400.0 / 6, "accuracy");
        near(m.top5Accuracy, 100, "top-5");
        QCOMPARE(m.confusion, (std::vector<std::vector<int64_t>>{{1, 1, 0}, {0, 2, 0}, {1, 0, 1}}));
        QCOMPARE(m.classes[1].positives, int64_t{2});
    }

    void singleLabelClassWithoutPositives() {
        // Class d never appears in the truth but is predicted once: it adds 0 to the sums and is
        // left out of the denominators.
        const std::vector<int> truth = {0, 0, 1};
        const std::vector<int> predicted = {0, 3, 1};
        const auto m =
            singleLabelMetrics(scoresPredicting(predicted, 4), truth, {"a", "b", "c", "d"});
        // a: tp 1 fn 1 → P 100 R 50; b: tp 1 → 100/100; c: nothing; d: fp 1 → 0/0.
        near(m.precision, (100 + 100) / 2.0, "macro P");
        near(m.recall, (50 + 100) / 2.0, "macro R");
        QCOMPARE(m.classes[3].positives, int64_t{0});
        near(m.classes[3].precision, 0, "P d");
    }

    void topFiveAccuracy() {
        // 6 classes: the true class ranked 6th in image 1, 2nd in image 0.
        std::vector<float> scores = {0.5f, 0.9f, 0.1f, 0.1f, 0.1f, 0.1f,    // truth 0, ranked 2nd
                                     0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.01f};  // truth 5, ranked 6th
        const auto m = singleLabelMetrics(scores, {0, 5}, {"0", "1", "2", "3", "4", "5"});
        near(m.accuracy, 0, "accuracy");
        near(m.top5Accuracy, 50, "top-5");
    }

    void multiLabelTable() {
        const std::vector<float> scores = {0.9f, 0.2f, 0.6f, 0.4f, 0.8f, 0.1f,
                                           0.7f, 0.3f, 0.2f, 0.1f, 0.6f, 0.55f};
        const std::vector<uint8_t> truth = {1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0};
        const auto m = multiLabelMetrics(scores, truth, {"x", "y", "z"});
        // x: tp 1 fp 1 fn 1 → 50/50; y: tp 2 → 100/100; z: fp 2, no positives → left out.
        near(m.precision, 75, "macro P");
        near(m.recall, 75, "macro R");
        near(m.f1, 75, "F1");
        near(m.meanClassF1, 75, "mean class F1");
        near(m.microF1, 60, "micro F1");  // tp 3, fp 3, fn 1
        near(m.classes[0].averagePrecision, 100 * (0.5 + 0.5 * 2.0 / 3), "AP x");
        near(m.classes[1].averagePrecision, 100, "AP y");
        near(m.meanAveragePrecision, (100 * (0.5 + 1.0 / 3) + 100) / 2, "mAP");
        near(m.classes[0].bestThreshold, 0.25, "best threshold x");  // keeps 0.9, 0.7, 0.4: F1 0.8
        QCOMPARE(m.classes[2].positives, int64_t{0});
        // The best global threshold really gives the F1 it claims, and at least the default's.
        QVERIFY(m.f1AtBestThreshold >= m.f1);
        const auto again = multiLabelMetrics(scores, truth, {"x", "y", "z"}, m.bestThreshold);
        near(again.f1, m.f1AtBestThreshold, "F1 at best threshold");
    }

    void thresholdIsStrict() {
        // The reference predicts when the score is above the threshold, not equal to it.
        const auto m = multiLabelMetrics({0.5f}, {1}, {"only"}, 0.5);
        near(m.recall, 0, "recall at equality");
    }

    void shapesAreChecked() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 singleLabelMetrics({0.1f, 0.2f}, {0, 1}, {"a", "b"}));
    }

    void worstMistakesSingleLabel() {
        EvaluationDetails details;
        details.classNames = {"a", "b", "c"};
        details.images = {{"0.png", "0.png", {0}, {0.7f, 0.2f, 0.1f}},   // right
                          {"1.png", "1.png", {1}, {0.6f, 0.3f, 0.1f}},   // wrong, 0.6 sure
                          {"2.png", "2.png", {2}, {0.1f, 0.9f, 0.0f}}};  // wrong, 0.9 sure
        const auto mistakes = worstMistakes(details, 0.5, 10);
        QCOMPARE(mistakes.size(), size_t(2));
        QCOMPARE(mistakes[0].image, size_t(2));
        QCOMPARE(mistakes[0].predicted, std::vector<int>{1});
        QCOMPARE(mistakes[0].missed, std::vector<int>{2});
        QVERIFY(std::abs(mistakes[0].confidence - 0.9) < 1e-6);
        QCOMPARE(mistakes[1].image, size_t(1));
        QCOMPARE(worstMistakes(details, 0.5, 1).size(), size_t(1));
    }

    void worstMistakesAndThresholdMultiLabel() {
        EvaluationDetails details;
        details.metrics.multiLabel = true;
        details.classNames = {"cat", "dog"};
        details.images = {{"0.png", "0.png", {0}, {0.8f, 0.6f}},     // dog extra at 0.5
                          {"1.png", "1.png", {0, 1}, {0.9f, 0.2f}},  // dog missed (1 - 0.2)
                          {"2.png", "2.png", {1}, {0.1f, 0.95f}}};   // right
        auto mistakes = worstMistakes(details, 0.5, 10);
        QCOMPARE(mistakes.size(), size_t(2));
        QCOMPARE(mistakes[0].image, size_t(1));  // 0.8 sure that dog is absent
        QCOMPARE(mistakes[0].missed, std::vector<int>{1});
        QCOMPARE(mistakes[1].extra, std::vector<int>{1});
        // At 0.7 the first image is right.
        mistakes = worstMistakes(details, 0.7, 10);
        QCOMPARE(mistakes.size(), size_t(1));
        // Metrics follow the threshold: 0.5 → cat P 100 R 100, dog P 50 R 50; 0.7 → dog P 100.
        const EvaluationMetrics at05 = metricsAtThreshold(details, 0.5);
        const EvaluationMetrics at07 = metricsAtThreshold(details, 0.7);
        QCOMPARE(at05.classes[1].precision, 50.0);
        QCOMPARE(at07.classes[1].precision, 100.0);
        QVERIFY(at07.f1 > at05.f1);
        QCOMPARE(at07.threshold, 0.7);
    }

    // Confident learning, single-label: thresholds are the mean self-confidence per class; a
    // picture confidently of another class is flagged, with that class; ranked by margin.
    void labelIssuesSingleLabel() {
        EvaluationDetails details;
        details.classNames = {"cat", "dog", "fox"};
        details.images = {
            {"0", "0", {0}, {0.9f, 0.05f, 0.05f}},  // right
            {"1", "1", {0}, {0.7f, 0.2f, 0.1f}},    // right, less sure
            {"2", "2", {0}, {0.1f, 0.85f, 0.05f}},  // a dog labelled cat
            {"3", "3", {1}, {0.1f, 0.8f, 0.1f}},    // right
            {"4", "4", {1}, {0.2f, 0.7f, 0.1f}},    // right
            {"5", "5", {1}, {0.3f, 0.3f, 0.4f}},    // unsure: nothing confident
            {"6", "6", {2}, {0.05f, 0.05f, 0.9f}},  // right
            {"7", "7", {2}, {0.8f, 0.1f, 0.1f}},    // a cat labelled fox
        };
        const LabelReview review = findLabelIssues(details);
        near(review.thresholds[0], (0.9 + 0.7 + 0.1) / 3, "cat threshold");
        near(review.thresholds[1], (0.8 + 0.7 + 0.3) / 3, "dog threshold");
        QCOMPARE(review.issues.size(), size_t{2});
        QCOMPARE(review.issues[0].image, size_t{2});  // margin 0.75
        QCOMPARE(review.issues[0].suggested, 1);
        QCOMPARE(review.issues[1].image, size_t{7});  // margin 0.7
        QCOMPARE(review.issues[1].suggested, 0);
        near(review.issues[1].margin, 0.7, "margin");
    }

    // Multi-label: each class as present/absent; a label confidently missing or wrong.
    void labelIssuesMultiLabel() {
        EvaluationDetails details;
        details.metrics.multiLabel = true;
        details.classNames = {"hat", "scarf"};
        details.images = {
            {"0", "0", {0}, {0.9f, 0.1f}},     // right
            {"1", "1", {0, 1}, {0.8f, 0.9f}},  // right
            {"2", "2", {}, {0.95f, 0.1f}},     // a hat not labelled
            {"3", "3", {1}, {0.1f, 0.8f}},     // right
            {"4", "4", {0, 1}, {0.9f, 0.1f}},  // a scarf labelled that is not there
            {"5", "5", {}, {0.1f, 0.2f}},      // right
        };
        const LabelReview review = findLabelIssues(details);
        QCOMPARE(review.issues.size(), size_t{2});
        const auto& first = review.issues[0];
        const auto& second = review.issues[1];
        QCOMPARE(first.image, size_t{2});  // margin 0.9
        QCOMPARE(first.missing, std::vector<int>{0});
        QVERIFY(first.extra.empty());
        QCOMPARE(second.image, size_t{4});  // margin 0.9 - 0.1
        QCOMPARE(second.extra, std::vector<int>{1});
        near(second.margin, 0.8, "margin");
        near(review.thresholds[1], (0.9 + 0.8 + 0.1) / 3, "scarf threshold");
        near(review.absentThresholds[1], (0.9 + 0.9 + 0.8) / 3, "scarf absent threshold");
    }

    // The precision-recall curve of a class: one point per distinct score (ties together), and
    // its step sum is the AP the metrics report.
    void precisionRecallCurvePerClass() {
        EvaluationDetails details;
        details.metrics.multiLabel = true;
        details.classNames = {"x", "y"};
        // x scores 0.9 (pos), 0.7 (neg), 0.7 (pos), 0.2 (neg), 0.1 (pos); y has no positive.
        details.images = {{"a", "a", {0}, {0.9f, 0.1f}},
                          {"b", "b", {}, {0.7f, 0.2f}},
                          {"c", "c", {0}, {0.7f, 0.3f}},
                          {"d", "d", {}, {0.2f, 0.4f}},
                          {"e", "e", {0}, {0.1f, 0.5f}}};
        const auto curve = precisionRecallCurve(details, 0);
        QCOMPARE(curve.size(), size_t{4});
        const double expected[4][3] = {{0.9, 100, 100.0 / 3},
                                       {0.7, 200.0 / 3, 200.0 / 3},
                                       {0.2, 50, 200.0 / 3},
                                       {0.1, 60, 100}};
        for (size_t i = 0; i < curve.size(); ++i) {
            near(curve[i].thresholdScore, expected[i][0], "threshold");
            near(curve[i].precision, expected[i][1], "precision");
            near(curve[i].recall, expected[i][2], "recall");
        }
        QVERIFY(precisionRecallCurve(details, 1).empty());
        QVERIFY(precisionRecallCurve(details, 5).empty());
        // The same AP as the metrics', on random scores.
        std::mt19937 random(7);
        std::uniform_real_distribution<float> score(0, 1);
        EvaluationDetails many;
        many.metrics.multiLabel = true;
        many.classNames = {"p", "q", "r"};
        std::vector<float> flat;
        std::vector<uint8_t> truth;
        for (int i = 0; i < 200; ++i) {
            ImageScores image;
            for (int c = 0; c < 3; ++c) {
                // Rounded, so that ties happen.
                image.scores.push_back(std::round(score(random) * 20) / 20);
                const bool positive = score(random) < 0.3f + 0.4f * image.scores.back();
                if (positive)
                    image.labels.push_back(c);
                flat.push_back(image.scores.back());
                truth.push_back(positive);
            }
            many.images.push_back(image);
        }
        const auto metrics = multiLabelMetrics(flat, truth, many.classNames);
        for (int c = 0; c < 3; ++c) {
            double ap = 0, previousRecall = 0;
            for (const auto& point : precisionRecallCurve(many, c)) {
                ap += (point.recall - previousRecall) * point.precision / 100;
                previousRecall = point.recall;
            }
            near(ap, metrics.classes[static_cast<size_t>(c)].averagePrecision, "AP from the curve");
        }
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
