#pragma once

#include <string>
#include <vector>

#include "faicls/dataset.h"
#include "faicls/job_handle.h"

namespace faicls {

/// One decision of a review about one picture.
enum class EditKind {
    Relabel,     ///< give it `labels` (one class for a single-label dataset)
    Exclude,     ///< take it out of the dataset (it is kept outside it, never deleted)
    MoveToSplit  ///< put it in `split`
};
/// "relabel", "exclude", "move".
const char* editKindName(EditKind kind);

struct DatasetEdit {
    EditKind kind = EditKind::Relabel;
    std::string relativePath;         ///< as the scan names the picture
    std::vector<std::string> labels;  ///< Relabel: class names
    Split split = Split::Train;       ///< MoveToSplit
};

/// The edits of a review, in the order they were made: the journal a project keeps until they
/// are applied. A later edit of a picture replaces an earlier one of the same kind; an exclusion
/// makes the picture's other edits moot.
struct EditJournal {
    std::vector<DatasetEdit> edits;

    /// Appends `edit` (undo: pop_back).
    void add(DatasetEdit edit) { edits.push_back(std::move(edit)); }
};

/// PROJECT/edits.json.
std::string editJournalPath(const std::string& projectFolder);
/// An empty journal when the file does not exist. Throws EngineError naming the file and the
/// entry for a damaged one.
EditJournal readEditJournal(const std::string& path);
/// Written atomically.
void saveEditJournal(const std::string& path, const EditJournal& journal);

/// What applying a journal did.
struct AppliedEdits {
    int relabelled = 0;
    int excluded = 0;
    int moved = 0;
    std::string backupFolder;    ///< the dataset as it was, beside it (for undo)
    std::string excludedFolder;  ///< where excluded pictures went (DATASET-excluded)
    std::vector<std::string> excludedFiles;
};

/// Applies `journal` to the dataset at `root` in one step: a folder layout by moving pictures
/// between class and split folders, a COCO layout by writing new annotation files (pictures
/// that change split move to that split's folder). Excluded pictures go to DATASET-excluded
/// beside the dataset. The dataset before is kept as DATASET-before-edits-TIME beside it; a
/// kill at any moment leaves the old dataset or the new one. Every edit is checked before
/// anything changes: a picture the scan does not have, a class the dataset lacks, a split move
/// in a layout without split folders, several labels in a single-label dataset are refused
/// (EngineError naming the picture). `job`: progress, cancel before the final step.
AppliedEdits applyEdits(const std::string& root, const EditJournal& journal,
                        JobHandle* job = nullptr);

/// Puts the dataset back as it was before the last applyEdits, when it has not changed since.
/// Throws EngineError saying why not.
void undoAppliedEdits(const std::string& root);
/// True when the dataset has applied edits that undoAppliedEdits can take back.
bool canUndoAppliedEdits(const std::string& root);

}  // namespace faicls
