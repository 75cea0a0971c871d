#pragma once

#include <filesystem>
#include <vector>

#include "faicls/dataset.h"

namespace faicls::data {

/// A COCO annotation file of a split and the folder its file_names are relative to.
struct CocoAnnotationFile {
    Split split = Split::Train;
    std::filesystem::path jsonPath;
    std::filesystem::path imageFolder;
};

/// The annotation files of a Roboflow export (root/SPLIT/_annotations.coco.json, the first
/// split folder name that exists) or of a COCO layout (root/annotations/instances_SPLIT*.json,
/// images in root/SPLIT or root/images/SPLIT), one per split, in split order for Roboflow.
std::vector<CocoAnnotationFile> findCocoAnnotationFiles(const std::filesystem::path& root,
                                                        bool roboflow);

}  // namespace faicls::data
