#pragma once

#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "faicls/dataset.h"
#include "faicls/dataset_edits.h"

namespace faicls::gui {

struct LabelReviewResult;

/// One picture the Review page puts in front of the user: a likely label error, or a member
/// of a group of copies.
struct ReviewItem {
    QString path;          ///< absolute
    QString relativePath;  ///< as the scan names it: the edit journal's key
    Split split = Split::Train;
    std::vector<int> labels;  ///< as the dataset has them
    /// A label error, single-label: the class it looks like, and the model's score for it.
    int suggested = -1;
    float suggestedScore = 0;
    /// A label error, multi-label: labels confidently missing, given ones confidently wrong.
    std::vector<int> missing;
    std::vector<int> extra;
    double margin = 0;  ///< how sure the finding is (0..1)
    /// A copy: its group (0-based), exact (same bytes) or near (same picture), and its hash
    /// distance to the group's first member.
    int group = -1;
    bool exactCopy = false;
    int distance = 0;

    bool isLabelError() const { return group < 0; }
    /// The class whose heat map explains the finding (< 0: the model's best).
    int explainedClass() const;
};

/// The likely label errors of a review, most likely first.
std::vector<ReviewItem> labelErrorItems(const LabelReviewResult& result);
/// Every member of every group of copies in the scan: exact copies first, then near ones.
std::vector<ReviewItem> copyItems(const DatasetIndex& index);

/// The labels a label error would have if its suggestion were taken.
std::vector<int> suggestedLabels(const ReviewItem& item);

/// What the journal will do to one picture when applied (its standing edits).
struct PendingEdit {
    bool excluded = false;
    std::optional<std::vector<std::string>> labels;
    std::optional<Split> split;

    bool any() const { return excluded || labels || split; }
};
PendingEdit pendingEditOf(const EditJournal& journal, const std::string& relativePath);

}  // namespace faicls::gui
