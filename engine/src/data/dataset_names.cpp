#include <algorithm>
#include <cctype>

#include "faicls/dataset.h"

namespace faicls {

const char* layoutName(DatasetLayout layout) {
    switch (layout) {
        case DatasetLayout::ClassificationFolder:
            return "CLASSIFICATION_FOLDER";
        case DatasetLayout::RoboflowCoco:
            return "ROBOFLOW_COCO";
        case DatasetLayout::Coco:
            return "COCO";
    }
    return "";
}

std::optional<DatasetLayout> layoutFromName(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    std::replace(lower.begin(), lower.end(), '-', '_');
    if (lower == "classification_folder" || lower == "cls_folder" || lower == "folder")
        return DatasetLayout::ClassificationFolder;
    if (lower == "roboflow_coco" || lower == "roboflow")
        return DatasetLayout::RoboflowCoco;
    if (lower == "coco")
        return DatasetLayout::Coco;
    return std::nullopt;
}

const char* splitName(Split split) {
    switch (split) {
        case Split::Train:
            return "train";
        case Split::Valid:
            return "valid";
        case Split::Test:
            return "test";
    }
    return "";
}

const char* problemKindName(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::NoLayout:
            return "no_layout";
        case ProblemKind::MalformedJson:
            return "malformed_json";
        case ProblemKind::InvalidAnnotations:
            return "invalid_annotations";
        case ProblemKind::MissingFile:
            return "missing_file";
        case ProblemKind::EmptyFile:
            return "empty_file";
        case ProblemKind::UnreadableImage:
            return "unreadable_image";
        case ProblemKind::TruncatedImage:
            return "truncated_image";
        case ProblemKind::ImageTooLarge:
            return "image_too_large";
        case ProblemKind::OutsideRoot:
            return "outside_root";
        case ProblemKind::UnknownCategory:
            return "unknown_category";
        case ProblemKind::PlaceholderCategory:
            return "placeholder_category";
        case ProblemKind::CrowdAnnotation:
            return "crowd_annotation";
        case ProblemKind::UnannotatedImage:
            return "unannotated_image";
        case ProblemKind::EmptyClass:
            return "empty_class";
        case ProblemKind::ClassMissingFromTrain:
            return "class_missing_from_train";
        case ProblemKind::MissingSplit:
            return "missing_split";
        case ProblemKind::DuplicateImage:
            return "duplicate_image";
        case ProblemKind::ConvertedImage:
            return "converted_image";
        case ProblemKind::ExifOrientation:
            return "exif_orientation";
        case ProblemKind::IgnoredFile:
            return "ignored_file";
        case ProblemKind::NearDuplicate:
            return "near_duplicate";
    }
    return "";
}

const char* severityName(ProblemSeverity severity) {
    switch (severity) {
        case ProblemSeverity::Error:
            return "error";
        case ProblemSeverity::Warning:
            return "warning";
        case ProblemSeverity::Info:
            return "info";
    }
    return "";
}

std::vector<size_t> DatasetIndex::imagesOf(Split split) const {
    std::vector<size_t> positions;
    for (size_t i = 0; i < images.size(); ++i)
        if (images[i].split == split)
            positions.push_back(i);
    return positions;
}

}  // namespace faicls
