#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "faicls/model_config.h"

namespace faicls {

/// Published pretrained weights for a backbone: where they are, how to check them, what they
/// are worth.
struct WeightsEntry {
    std::string name;  ///< "resnet18-imagenet", what `backbone_config.pretrained` may name
    BackboneConfig backbone;
    std::string url;
    std::string fileName;      ///< the URL's last part: the file's name in every cache
    std::string sha256;        ///< the file's SHA-256 (hex) when known
    std::string sha256Prefix;  ///< its first hex digits (torchvision's file names carry them)
    std::string licence;
    std::string source;       ///< who published it ("torchvision IMAGENET1K_V1", ...)
    double top1 = 0;          ///< ImageNet-1k top-1 accuracy in percent; 0 when not published
    int64_t parameters = 0;   ///< of the published network (its classifier included)
    std::string catalogFile;  ///< where the entry was read: "" built in, else the extra file
};

/// The built-in catalogue (a JSON resource of the engine), then the entries of an extra
/// catalogue file, if any: `extraCatalog`, else the file FAICLS_WEIGHTS_CATALOG names. An extra
/// entry with a built-in name replaces it (to point it at a mirror, say). Throws EngineError
/// naming the file and the entry for a malformed or unreadable extra catalogue.
std::vector<WeightsEntry> weightsCatalog(const std::string& extraCatalog = "");

/// The entry called `name`, or nullopt.
std::optional<WeightsEntry> findWeights(const std::vector<WeightsEntry>& catalog,
                                        const std::string& name);

/// Where downloaded weights go: $XDG_CACHE_HOME/faicls/weights (default ~/.cache/...).
std::string weightsCacheFolder();
/// PyTorch's own download cache: $TORCH_HOME/hub/checkpoints (default ~/.cache/torch/...).
std::string torchHubCheckpointFolder();

/// The entry's file on this machine, if it is there: in our cache, else in PyTorch's (a file
/// torchvision downloaded is used as it is). No network.
std::optional<std::string> cachedWeightsFile(const WeightsEntry& entry);

}  // namespace faicls
