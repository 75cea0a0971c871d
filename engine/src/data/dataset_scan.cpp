#include <filesystem>

#include "data/dataset_builder.h"
#include "faicls/dataset.h"
#include "faicls/engine_error.h"

namespace faicls {
namespace fs = std::filesystem;

namespace {

bool hasSubfolder(const fs::path& folder) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (entry.is_directory(error) && entry.path().filename().string().rfind('.', 0) != 0)
            return true;
    return false;
}

}  // namespace

DatasetLayout detectLayout(const std::string& rootText) {
    const fs::path root(rootText);
    if (!fs::exists(root))
        throw EngineError(ErrorCode::FileNotFound, rootText + ": folder not found");
    if (!fs::is_directory(root))
        throw EngineError(ErrorCode::InvalidFile, rootText + ": not a folder");
    for (Split split : {Split::Train, Split::Valid, Split::Test})
        for (const auto& name : data::splitFolderNames(split))
            if (fs::exists(root / name / "_annotations.coco.json"))
                return DatasetLayout::RoboflowCoco;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(root / "annotations", error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("instances_", 0) == 0 && entry.path().extension() == ".json")
            return DatasetLayout::Coco;
    }
    if (hasSubfolder(root))
        return DatasetLayout::ClassificationFolder;
    throw EngineError(
        ErrorCode::InvalidFile,
        rootText + ": no dataset found. Expected class folders (" + rootText +
            "/<class>/<image>), split folders (train/<class>/<image>, valid/...), a Roboflow COCO "
            "export (train/_annotations.coco.json) or COCO (annotations/instances_train.json)");
}

DatasetIndex scanDataset(const std::string& root, const ScanOptions& options, JobHandle* job) {
    JobOrSilent handle(job);
    const DatasetLayout layout = options.layout ? *options.layout : detectLayout(root);
    if (!fs::is_directory(root))
        throw EngineError(ErrorCode::FileNotFound, root + ": folder not found");
    data::DatasetBuilder builder(root, options, *handle);
    std::vector<std::string> classNames;
    if (layout == DatasetLayout::ClassificationFolder) {
        data::listClassificationFolder(builder, classNames);
    } else {
        data::listCocoLayout(builder, layout == DatasetLayout::RoboflowCoco, classNames);
    }
    return builder.finish(layout, layout != DatasetLayout::ClassificationFolder,
                          std::move(classNames));
}

}  // namespace faicls
