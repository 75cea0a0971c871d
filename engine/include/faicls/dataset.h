#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "faicls/job_handle.h"

namespace faicls {

/// How a dataset folder is organised (product spec §2).
enum class DatasetLayout {
    ClassificationFolder,  ///< root/[split/]class/image: single-label
    RoboflowCoco,          ///< root/split/_annotations.coco.json: multi-label
    Coco                   ///< root/annotations/instances_<split>.json + image folders: multi-label
};
/// "CLASSIFICATION_FOLDER", "ROBOFLOW_COCO", "COCO".
const char* layoutName(DatasetLayout layout);
/// Accepts the names above and the reference's ("cls_folder", "roboflow_coco"), any case.
std::optional<DatasetLayout> layoutFromName(const std::string& name);

enum class Split { Train = 0, Valid = 1, Test = 2 };
constexpr int kSplitCount = 3;
const char* splitName(Split split);  ///< "train", "valid", "test"

/// A COCO box, in pixels of the stored image.
struct LabelBox {
    int classId = 0;
    float x = 0, y = 0, width = 0, height = 0;
};

/// One usable image of the dataset.
struct DatasetImage {
    std::string path;          ///< absolute
    std::string relativePath;  ///< relative to the dataset root, for display
    Split split = Split::Train;
    std::vector<int> labels;  ///< sorted distinct class ids; exactly one for single-label
    std::vector<LabelBox> boxes;
    int widthPx = 0;  ///< as displayed (EXIF orientation applied)
    int heightPx = 0;
    uint64_t fileBytes = 0;
    /// 64-bit perceptual (DCT) hash of the picture (see ScanOptions::nearDuplicateDistance);
    /// valid when `hasPerceptualHash`.
    uint64_t perceptualHash = 0;
    bool hasPerceptualHash = false;
};

/// What kind of problem; stable, so that the GUI can translate it.
enum class ProblemKind {
    NoLayout,               ///< nothing in the folder looks like a dataset
    MalformedJson,          ///< annotation file not valid JSON (line and column in the message)
    InvalidAnnotations,     ///< valid JSON but not COCO (missing images/categories, wrong types)
    MissingFile,            ///< listed in the annotations, not on disk
    EmptyFile,              ///< zero bytes
    UnreadableImage,        ///< not an image, or a corrupt header
    TruncatedImage,         ///< the file ends before the image does
    ImageTooLarge,          ///< over the pixel limit, refused without decoding
    OutsideRoot,            ///< file_name that escapes the dataset folder
    UnknownCategory,        ///< annotation with a category id that is not a class
    PlaceholderCategory,    ///< Roboflow's category 0, dropped
    CrowdAnnotation,        ///< iscrowd annotations, skipped
    UnannotatedImage,       ///< images without annotations (kept as negatives, or dropped)
    EmptyClass,             ///< a class without images in a split
    ClassMissingFromTrain,  ///< a class with images in valid/test but none in train
    MissingSplit,           ///< no validation split: one is drawn from train
    DuplicateImage,   ///< files with the same bytes (message says when splits or labels differ)
    ConvertedImage,   ///< grey, alpha, palette, 16-bit or CMYK: converted to 8-bit RGB
    ExifOrientation,  ///< rotated as its EXIF orientation says
    IgnoredFile,      ///< a file that is not an image in a class folder
    NearDuplicate     ///< the same picture resized, re-encoded or edited (perceptual hash)
};
const char* problemKindName(ProblemKind kind);  ///< "missing_file", ...

enum class ProblemSeverity {
    Error,    ///< the file (or annotation) is skipped
    Warning,  ///< usable, but probably not what the user meant
    Info      ///< handled; worth knowing
};
const char* severityName(ProblemSeverity severity);  ///< "error", "warning", "info"

struct DatasetProblem {
    ProblemKind kind = ProblemKind::UnreadableImage;
    ProblemSeverity severity = ProblemSeverity::Error;
    std::string path;     ///< the file concerned (relative to the root when inside it)
    std::string message;  ///< plain words
    /// A problem said once for many files ("12 image(s) ... like this one"): the others.
    std::vector<std::string> otherPaths;
};

/// Files with identical bytes.
struct DuplicateGroup {
    std::vector<std::string> relativePaths;
    std::vector<Split> splits;
    /// Near-duplicates: each member's hash distance to the first (0 for it); exact: all 0.
    std::vector<int> distances;
    bool crossesSplits = false;
    bool conflictingLabels = false;
};

/// A scanned dataset: its classes, its usable images, and everything found wrong with it.
struct DatasetIndex {
    std::string root;
    DatasetLayout layout = DatasetLayout::ClassificationFolder;
    bool multiLabel = false;
    bool validDrawnFromTrain = false;  ///< no validation split on disk: the app drew one
    std::vector<std::string> classNames;
    std::vector<DatasetImage> images;
    std::vector<DatasetProblem> problems;
    std::vector<DuplicateGroup> duplicates;      ///< the same bytes
    std::vector<DuplicateGroup> nearDuplicates;  ///< the same picture, not the same bytes

    /// Positions in `images` of a split's images.
    std::vector<size_t> imagesOf(Split split) const;
};

struct ScanOptions {
    std::optional<DatasetLayout> layout;  ///< unset: detected from the folder
    double validFraction = 0.2;  ///< share of each class drawn for valid when no split exists
    uint32_t seed = 42;
    bool keepUnannotated = true;  ///< COCO layouts: images without annotations kept as all-negative
    int64_t maxPixels = 100'000'000;
    int threads = 0;  ///< header-reading threads, 0 = one per core
    /// Pictures whose perceptual hashes differ in at most this many of 64 bits are reported
    /// as near-duplicates (0..8; copies resized, re-encoded or brightened are mostly within 3,
    /// cropped ones further; from about 4 up, different photos of one subject start to pair).
    /// -1: pictures are not hashed at all.
    int nearDuplicateDistance = 3;
    /// Where the hashes are kept between scans ("" = ~/.cache/faicls/image-hashes).
    std::string hashCacheFolder;
};

/// Tells the layout of a folder; throws EngineError(InvalidFile) naming the folder when none fits.
DatasetLayout detectLayout(const std::string& root);

/// Indexes a dataset from file headers only (no pixel decoding). Problems are collected, never
/// thrown; only a missing folder or an unrecognisable layout throws EngineError, and a
/// cancelled `job` (Cancelled). Progress phase: "reading headers", in images.
DatasetIndex scanDataset(const std::string& root, const ScanOptions& options = {},
                         JobHandle* job = nullptr);

/// Figures about a scanned dataset (`faicls-cli inspect`).
struct DatasetReport {
    std::array<int, kSplitCount> imagesPerSplit{};
    std::array<std::vector<int>, kSplitCount>
        imagesPerClass;  ///< [split][class]: images with the label
    std::array<std::vector<int>, kSplitCount> labelsPerImage;  ///< [split][n]: images with n labels
    int minWidthPx = 0, maxWidthPx = 0, minHeightPx = 0, maxHeightPx = 0;
    double imbalanceRatio = 0;  ///< most / least frequent class in train (0 when a class is empty)
    int errors = 0, warnings = 0;
};

DatasetReport makeReport(const DatasetIndex& index);

}  // namespace faicls
