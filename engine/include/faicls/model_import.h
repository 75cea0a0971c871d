#pragma once

#include <string>
#include <vector>

#include "faicls/model_bundle.h"

namespace faicls {

/// What an import did with the tensors of a weights file.
struct ImportReport {
    int loadedTensors = 0;
    std::vector<std::string> skipped;     ///< "name: file [..] vs model [..]"
    std::vector<std::string> missing;     ///< model tensors the file did not provide
    std::vector<std::string> unexpected;  ///< file tensors the model has no place for
    std::string summary() const;
};

/// Result of an import: where the bundle went and what was loaded.
struct ImportResult {
    BundleInfo bundle;
    ImportReport report;
    std::vector<std::string> notes;  ///< what the user should know (an assumption made)
};

/// `import --torchvision`: a torchvision ResNet/EfficientNet `state_dict` (torch.save) into a new
/// bundle with the network `config` describes. The ImageNet `fc`/`classifier` loads into a
/// one-layer head when the shapes agree; when `config.numClasses` is 0 it is taken from it.
/// `classNames` may be empty (then "class_0", ...). Writes `outPath` atomically.
ImportResult importTorchvision(const std::string& weightsPath, const ModelConfig& config,
                               const std::vector<std::string>& classNames,
                               const std::string& outPath);

/// `import --focoos`: a reference `model_final.pth` and its `model_info.json` into a multi-label
/// (sigmoid) bundle with the reference's class names. Shape-mismatched tensors are reported and
/// skipped. Writes `outPath` atomically.
ImportResult importFocoos(const std::string& checkpointPath, const std::string& modelInfoPath,
                          const std::string& outPath);

}  // namespace faicls
