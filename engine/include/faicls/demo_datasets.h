#pragma once

#include <string>

#include "faicls/job_handle.h"

namespace faicls {

/// What `buildDemoDatasets` makes from Fashion-MNIST (Debian's dataset-fashion-mnist, MIT).
struct DemoOptions {
    /// Folder with the four IDX files (train/t10k images and labels, gzipped or not).
    std::string sourceFolder = "/usr/share/datasets/fashion-mnist";
    int trainPerClass = 100;  ///< CLASSIFICATION_FOLDER images per class and split
    int validPerClass = 20;
    int testPerClass = 20;
    int trainMosaics = 300;  ///< ROBOFLOW_COCO mosaics per split
    int validMosaics = 60;
    int testMosaics = 60;
    unsigned seed = 7;
};

/// Where the demo datasets went.
struct DemoDatasets {
    std::string
        classificationFolder;  ///< OUT/fashion-mnist-folder: 10 classes, PNG, train/valid/test
    std::string roboflowCoco;  ///< OUT/fashion-mnist-mosaics: 2x2 mosaics of 1-4 garments, boxes
};

/// Builds both demo datasets under `outFolder` (created if needed; existing demo folders are
/// replaced). Deterministic for a given seed. Throws EngineError naming a missing or damaged
/// source file, or a folder that cannot be written, and (Cancelled) when `job` is cancelled;
/// a build that fails or is cancelled leaves no demo folder behind. Progress phase "writing the
/// demo datasets", in pictures.
DemoDatasets buildDemoDatasets(const std::string& outFolder, const DemoOptions& options = {},
                               JobHandle* job = nullptr);

/// The ten Fashion-MNIST class names, as folder-safe names ("tshirt_top", ..., "ankle_boot").
const char* const* fashionMnistClassNames();

}  // namespace faicls
