#include "review/review_items.h"

#include <QDir>
#include <algorithm>
#include <unordered_map>

#include "runner/engine_types.h"

namespace faicls::gui {

int ReviewItem::explainedClass() const {
    if (suggested >= 0)
        return suggested;
    if (!missing.empty())
        return missing.front();  // where it sees the class nobody labelled
    if (!extra.empty())
        return extra.front();
    return -1;
}

std::vector<ReviewItem> labelErrorItems(const LabelReviewResult& result) {
    std::vector<ReviewItem> items;
    items.reserve(result.review.issues.size());
    for (const LabelIssue& issue : result.review.issues) {
        const ImageScores& image = result.details.images.at(issue.image);
        ReviewItem item;
        item.path = QString::fromStdString(image.path);
        item.relativePath = QString::fromStdString(image.relativePath);
        item.split =
            issue.image < result.splitOf.size() ? result.splitOf[issue.image] : Split::Train;
        item.labels = image.labels;
        item.suggested = issue.suggested;
        if (issue.suggested >= 0 && static_cast<size_t>(issue.suggested) < image.scores.size())
            item.suggestedScore = image.scores[static_cast<size_t>(issue.suggested)];
        item.missing = issue.missing;
        item.extra = issue.extra;
        item.margin = issue.margin;
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<ReviewItem> copyItems(const DatasetIndex& index) {
    std::unordered_map<std::string, const DatasetImage*> byPath;
    for (const DatasetImage& image : index.images)
        byPath.emplace(image.relativePath, &image);
    std::vector<ReviewItem> items;
    int group = 0;
    for (const auto* groups : {&index.duplicates, &index.nearDuplicates}) {
        const bool exact = groups == &index.duplicates;
        for (const DuplicateGroup& copies : *groups) {
            for (size_t m = 0; m < copies.relativePaths.size(); ++m) {
                ReviewItem item;
                item.relativePath = QString::fromStdString(copies.relativePaths[m]);
                item.path = QDir(QString::fromStdString(index.root)).filePath(item.relativePath);
                item.split = m < copies.splits.size() ? copies.splits[m] : Split::Train;
                if (const auto found = byPath.find(copies.relativePaths[m]); found != byPath.end())
                    item.labels = found->second->labels;
                item.group = group;
                item.exactCopy = exact;
                item.distance = m < copies.distances.size() ? copies.distances[m] : 0;
                items.push_back(std::move(item));
            }
            ++group;
        }
    }
    return items;
}

std::vector<int> suggestedLabels(const ReviewItem& item) {
    if (item.suggested >= 0)
        return {item.suggested};
    std::vector<int> labels;
    for (int label : item.labels)
        if (std::find(item.extra.begin(), item.extra.end(), label) == item.extra.end())
            labels.push_back(label);
    labels.insert(labels.end(), item.missing.begin(), item.missing.end());
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}

PendingEdit pendingEditOf(const EditJournal& journal, const std::string& relativePath) {
    // Later edits of a kind replace earlier ones; an exclusion makes the others moot.
    PendingEdit pending;
    for (const DatasetEdit& edit : journal.edits) {
        if (edit.relativePath != relativePath)
            continue;
        switch (edit.kind) {
            case EditKind::Exclude:
                pending.excluded = true;
                break;
            case EditKind::Relabel:
                pending.labels = edit.labels;
                break;
            case EditKind::MoveToSplit:
                pending.split = edit.split;
                break;
        }
    }
    return pending;
}

}  // namespace faicls::gui
