#pragma once

// Internal: what every layout shares once it has listed its images — header checks (in
// parallel), duplicates, a drawn validation split, per-class checks.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "data/image_header.h"
#include "faicls/dataset.h"
#include "faicls/job_handle.h"

namespace faicls::data {

/// An image a layout found, before its header is checked.
struct ImageCandidate {
    std::filesystem::path path;
    std::string relativePath;
    Split split = Split::Train;
    std::vector<int> labels;
    std::vector<LabelBox> boxes;
};

/// The split names on disk, first match wins ("train", "training"; "valid", "val", "validation";
/// "test").
const std::vector<std::string>& splitFolderNames(Split split);

/// `path` relative to `root` as text, without touching the disk.
std::string relativeTo(const std::filesystem::path& path, const std::filesystem::path& root);

class DatasetBuilder {
public:
    /// `job`: cancel and "reading headers" progress (finish() throws EngineError(Cancelled)).
    DatasetBuilder(const std::string& root, const ScanOptions& options, JobHandle& job);

    void problem(ProblemKind kind, ProblemSeverity severity, const std::string& path,
                 const std::string& message, std::vector<std::string> otherPaths = {});
    void addCandidate(ImageCandidate candidate) { m_candidates.push_back(std::move(candidate)); }
    /// Whether a split exists on disk (even empty); a missing valid split is drawn from train.
    void markSplitPresent(Split split) { m_splitPresent[static_cast<int>(split)] = true; }
    const std::filesystem::path& root() const { return m_root; }
    const ScanOptions& options() const { return m_options; }

    /// Checks every candidate's header, keeps the usable ones, finds duplicates, draws a
    /// validation split when there is none (single-label only), checks classes per split.
    DatasetIndex finish(DatasetLayout layout, bool multiLabel, std::vector<std::string> classNames);

private:
    struct HeaderResult {
        bool exists = false;
        std::string notAFile;  ///< why it is no regular file (checkRegularFile), if it is not
        uint64_t bytes = 0;
        bool readable = false;
        ImageHeader header;
        std::string problem;
    };
    std::vector<HeaderResult> readHeaders();
    bool rejected(const ImageCandidate& candidate, const HeaderResult& header);
    void checkHeaders(DatasetIndex& index);
    /// Runs `work(i)` for i in [0, count) on the scan's threads; the calling thread reports
    /// `phase` progress and honours pause; throws EngineError(Cancelled) when cancelled.
    void forEachInParallel(size_t count, const char* phase,
                           const std::function<void(size_t)>& work);
    void findDuplicates(DatasetIndex& index);
    void hashPictures(DatasetIndex& index);
    void findNearDuplicates(DatasetIndex& index);
    /// Records a group of copies (positions sorted) and the problem that names them.
    void reportGroup(DatasetIndex& index, const std::vector<size_t>& positions,
                     const std::vector<int>& distances, bool exact);
    void drawValidationSplit(DatasetIndex& index);
    void checkClasses(DatasetIndex& index);

    std::filesystem::path m_root;
    ScanOptions m_options;
    std::vector<ImageCandidate> m_candidates;
    std::vector<DatasetProblem> m_problems;
    std::array<bool, kSplitCount> m_splitPresent{};
    JobHandle& m_job;
};

/// CLASSIFICATION_FOLDER: lists class folders (with or without split folders).
void listClassificationFolder(DatasetBuilder& builder, std::vector<std::string>& classNames);
/// ROBOFLOW_COCO and COCO: reads the annotation files.
void listCocoLayout(DatasetBuilder& builder, bool roboflow, std::vector<std::string>& classNames);

}  // namespace faicls::data
