#include "faicls/label_review.h"

#include <algorithm>

#include "faicls/engine_error.h"

namespace faicls {

namespace {

bool hasLabel(const ImageScores& image, int classId) {
    return std::find(image.labels.begin(), image.labels.end(), classId) != image.labels.end();
}

// Mean of `value(image)` over the images `counted(image)` selects; `fallback` when none.
template <typename Counted, typename Value>
double meanOver(const std::vector<ImageScores>& images, Counted counted, Value value,
                double fallback) {
    double sum = 0;
    size_t count = 0;
    for (const ImageScores& image : images)
        if (counted(image)) {
            sum += value(image);
            ++count;
        }
    return count ? sum / static_cast<double>(count) : fallback;
}

void reviewSingleLabel(const EvaluationDetails& details, LabelReview& review) {
    const size_t classes = details.classNames.size();
    for (size_t c = 0; c < classes; ++c) {
        const int classId = static_cast<int>(c);
        // A class no picture is labelled with gets a threshold nothing reaches.
        review.thresholds.push_back(meanOver(
            details.images, [&](const ImageScores& image) { return hasLabel(image, classId); },
            [&](const ImageScores& image) { return double(image.scores[c]); }, 1.1));
    }
    for (size_t i = 0; i < details.images.size(); ++i) {
        const ImageScores& image = details.images[i];
        if (image.labels.size() != 1 || image.scores.size() != classes)
            continue;
        const int given = image.labels.front();
        int confident = -1;
        for (size_t c = 0; c < classes; ++c)
            if (image.scores[c] >= review.thresholds[c] &&
                (confident < 0 || image.scores[c] > image.scores[static_cast<size_t>(confident)]))
                confident = static_cast<int>(c);
        if (confident < 0 || confident == given)
            continue;
        LabelIssue issue;
        issue.image = i;
        issue.suggested = confident;
        issue.margin =
            image.scores[static_cast<size_t>(confident)] - image.scores[static_cast<size_t>(given)];
        review.issues.push_back(issue);
    }
}

void reviewMultiLabel(const EvaluationDetails& details, LabelReview& review) {
    const size_t classes = details.classNames.size();
    for (size_t c = 0; c < classes; ++c) {
        const int classId = static_cast<int>(c);
        review.thresholds.push_back(meanOver(
            details.images, [&](const ImageScores& image) { return hasLabel(image, classId); },
            [&](const ImageScores& image) { return double(image.scores[c]); }, 1.1));
        review.absentThresholds.push_back(meanOver(
            details.images, [&](const ImageScores& image) { return !hasLabel(image, classId); },
            [&](const ImageScores& image) { return 1.0 - image.scores[c]; }, 1.1));
    }
    for (size_t i = 0; i < details.images.size(); ++i) {
        const ImageScores& image = details.images[i];
        if (image.scores.size() != classes)
            continue;
        LabelIssue issue;
        issue.image = i;
        for (size_t c = 0; c < classes; ++c) {
            const double score = image.scores[c];
            // Present and absent are the two classes; the more confident side wins.
            const double presentBy = score - review.thresholds[c];
            const double absentBy = (1.0 - score) - review.absentThresholds[c];
            if (hasLabel(image, static_cast<int>(c))) {
                if (absentBy >= 0 && absentBy > presentBy) {
                    issue.extra.push_back(static_cast<int>(c));
                    issue.margin = std::max(issue.margin, (1.0 - score) - score);
                }
            } else if (presentBy >= 0 && presentBy > absentBy) {
                issue.missing.push_back(static_cast<int>(c));
                issue.margin = std::max(issue.margin, score - (1.0 - score));
            }
        }
        if (!issue.missing.empty() || !issue.extra.empty())
            review.issues.push_back(issue);
    }
}

}  // namespace

LabelReview findLabelIssues(const EvaluationDetails& details) {
    LabelReview review;
    if (details.metrics.multiLabel)
        reviewMultiLabel(details, review);
    else
        reviewSingleLabel(details, review);
    std::stable_sort(review.issues.begin(), review.issues.end(),
                     [](const LabelIssue& a, const LabelIssue& b) { return a.margin > b.margin; });
    return review;
}

EvaluationDetails heldOutScores(const std::string& bundlePath, const std::string& datasetRoot,
                                const std::vector<Split>& splits, std::vector<Split>* splitOf,
                                JobHandle* job) {
    EvaluationDetails details;
    bool scored = false;
    for (Split split : splits) {
        EvaluationDetails part;
        try {
            part = evaluateBundleDetailed(bundlePath, datasetRoot, split, {}, job);
        } catch (const EngineError& error) {
            if (splits.size() > 1 && error.code() == ErrorCode::InvalidFile)
                continue;  // a dataset without a test split: the validation split alone
            throw;
        }
        if (!scored) {
            details.classNames = part.classNames;
            details.metrics.multiLabel = part.metrics.multiLabel;
            scored = true;
        }
        for (auto& image : part.images) {
            details.images.push_back(std::move(image));
            if (splitOf)
                splitOf->push_back(split);
        }
    }
    if (!scored)
        throw EngineError(ErrorCode::InvalidFile,
                          datasetRoot + ": no validation or test pictures to review");
    return details;
}

}  // namespace faicls
