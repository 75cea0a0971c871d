#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "faicls/model_config.h"

namespace faicls {

class JobHandle;

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
    std::string source;        ///< who published it ("torchvision IMAGENET1K_V1", ...)
    double top1 = 0;           ///< ImageNet-1k top-1 accuracy in percent; 0 when not published
    int64_t parameters = 0;    ///< of the published network (its classifier included)
    double sizeMegabytes = 0;  ///< download size as published (approximate), 0 when unknown
    std::string catalogFile;   ///< where the entry was read: "" built in, else the extra file
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

/// Where fetchWeights() puts the entry's file: weightsCacheFolder() / fileName.
std::string downloadedWeightsPath(const WeightsEntry& entry);

/// The entry's file, downloading it into our cache when no cache has it, or has it damaged
/// (only call this when the user asked for the download). The download reports progress on `job`
/// (phase "downloading", bytes), can be cancelled (what came is kept and resumed next time),
/// resumes a dropped connection, and is checked against the entry's SHA-256 before it is kept.
/// Throws EngineError: DownloadFailed (no network, HTTP error; the message says where to put the
/// file by hand), InvalidFile (wrong hash: nothing kept), WriteFailed (disk), Cancelled.
std::string fetchWeights(const WeightsEntry& entry, JobHandle* job = nullptr);

/// Throws EngineError(InvalidFile) naming `file` when its SHA-256 is not the entry's.
void checkWeightsHash(const WeightsEntry& entry, const std::string& file);

/// What `backbone.pretrained` resolves to on this machine, without any network.
struct PretrainedWeights {
    std::string file;                   ///< the weights file to load
    std::optional<WeightsEntry> entry;  ///< the catalogue entry, when one was named
};

/// nullopt when the backbone starts from random weights; the file it names; or the cached file
/// of the catalogue entry it names (hash checked). Throws EngineError: an unknown name
/// (InvalidConfig), an entry for another backbone (ArchitectureMismatch), an entry not yet
/// downloaded (FileNotFound: the message says how to fetch it or where to put the file).
std::optional<PretrainedWeights> locatePretrained(const BackboneConfig& backbone);

/// Whether `entry` holds weights for `backbone` (family, depth, variant, size).
bool weightsFitBackbone(const WeightsEntry& entry, const BackboneConfig& backbone);

}  // namespace faicls
