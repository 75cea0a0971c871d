#include "data/coco_files.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "data/dataset_builder.h"

namespace faicls::data {
namespace fs = std::filesystem;

namespace {

std::optional<Split> splitFromCocoName(const std::string& name) {
    if (name.rfind("train", 0) == 0)
        return Split::Train;
    if (name.rfind("val", 0) == 0)
        return Split::Valid;
    if (name.rfind("test", 0) == 0)
        return Split::Test;
    return std::nullopt;
}

}  // namespace

std::vector<CocoAnnotationFile> findCocoAnnotationFiles(const fs::path& root, bool roboflow) {
    std::vector<CocoAnnotationFile> files;
    if (roboflow) {
        for (Split split : {Split::Train, Split::Valid, Split::Test}) {
            for (const auto& name : splitFolderNames(split)) {
                const fs::path candidate = root / name / "_annotations.coco.json";
                std::error_code unreadable;  // a link that loops is no annotation file
                if (fs::exists(candidate, unreadable)) {
                    files.push_back({split, candidate, root / name});
                    break;
                }
            }
        }
        return files;
    }
    std::error_code error;
    std::vector<fs::path> jsons;
    for (const auto& entry : fs::directory_iterator(root / "annotations", error))
        jsons.push_back(entry.path());
    std::sort(jsons.begin(), jsons.end());
    std::set<Split> seen;
    for (const auto& path : jsons) {
        const std::string stem = path.stem().string();
        if (path.extension() != ".json" || stem.rfind("instances_", 0) != 0)
            continue;
        const std::string name = stem.substr(std::string("instances_").size());
        const auto split = splitFromCocoName(name);
        if (!split || !seen.insert(*split).second)
            continue;
        std::error_code unreadable;
        const fs::path folder =
            fs::is_directory(root / name, unreadable) ? root / name : root / "images" / name;
        files.push_back({*split, path, folder});
    }
    return files;
}

}  // namespace faicls::data
