// Getting a catalogue entry's file onto this machine (download, hash check) and finding the file
// a config's `backbone_config.pretrained` names.

#include <filesystem>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/job_handle.h"
#include "faicls/weights_catalog.h"
#include "io/http_download.h"
#include "io/sha256.h"

namespace faicls {
namespace fs = std::filesystem;

namespace {

std::string describeBackbone(const BackboneConfig& b) {
    if (b.modelType == "resnet")
        return "resnet " + std::to_string(b.depth) + " (variant " + effectiveVariant(b) + ")";
    if (b.modelType == "stdc")
        return "stdc " + (b.size.empty() ? std::string("custom") : b.size);
    if (b.modelType == "efficientnet")
        return "efficientnet " + effectiveVariant(b);
    return b.modelType;
}

std::string offlineHint(const WeightsEntry& entry) {
    return "without network, download " + entry.url + " elsewhere and put it in " +
           weightsCacheFolder() + " as " + entry.fileName +
           ", or name the file in backbone_config.pretrained";
}

}  // namespace

bool weightsFitBackbone(const WeightsEntry& entry, const BackboneConfig& backbone) {
    const BackboneConfig& w = entry.backbone;
    if (w.modelType != backbone.modelType || effectiveVariant(w) != effectiveVariant(backbone))
        return false;
    if (w.modelType == "resnet")
        return w.depth == backbone.depth;
    if (w.modelType == "stdc")
        return w.size == backbone.size && w.stdcBlockType == backbone.stdcBlockType;
    return true;
}

std::string downloadedWeightsPath(const WeightsEntry& entry) {
    return (fs::path(weightsCacheFolder()) / entry.fileName).string();
}

void checkWeightsHash(const WeightsEntry& entry, const std::string& file) {
    if (entry.sha256.empty() && entry.sha256Prefix.empty())
        return;
    const std::string digest = io::sha256OfFile(file);
    if (!io::digestMatches(digest, entry.sha256, entry.sha256Prefix))
        throw EngineError(ErrorCode::InvalidFile,
                          file + ": SHA-256 " + digest +
                              " is not the one the catalogue gives for " + entry.name + " (" +
                              (entry.sha256.empty() ? entry.sha256Prefix + "..." : entry.sha256) +
                              "); the file is damaged or not these weights (faicls-cli weights "
                              "fetch " +
                              entry.name + " downloads them again)");
}

std::string fetchWeights(const WeightsEntry& entry, JobHandle* job) {
    if (const auto cached = cachedWeightsFile(entry)) {
        try {
            checkWeightsHash(entry, *cached);
            return *cached;
        } catch (const EngineError&) {
            // A damaged file of our own cache is replaced; PyTorch's is left as it is and ours
            // (looked up first) takes its place.
            std::error_code ignored;
            if (*cached == downloadedWeightsPath(entry))
                fs::remove(*cached, ignored);
        }
    }
    io::DownloadRequest request;
    request.url = entry.url;
    request.destination = downloadedWeightsPath(entry);
    request.verify = [&](const std::string& partialFile) { checkWeightsHash(entry, partialFile); };
    try {
        io::downloadFile(request, job);
    } catch (const EngineError& error) {
        if (error.code() != ErrorCode::DownloadFailed)
            throw;
        throw EngineError(ErrorCode::DownloadFailed,
                          std::string(error.what()) + "; " + offlineHint(entry));
    }
    return request.destination;
}

std::optional<PretrainedWeights> locatePretrained(const BackboneConfig& backbone) {
    const std::string& named = backbone.pretrained;
    switch (pretrainedKind(named)) {
        case PretrainedKind::None:
            return std::nullopt;
        case PretrainedKind::File:
            if (!fs::exists(named))
                throw EngineError(ErrorCode::FileNotFound,
                                  named + ": pretrained weights file not found");
            return PretrainedWeights{named, std::nullopt};
        case PretrainedKind::CatalogEntry:
            break;
    }
    const auto entry = findWeights(weightsCatalog(), named);
    if (!entry)
        throw EngineError(ErrorCode::InvalidConfig,
                          "backbone_config.pretrained: \"" + named +
                              "\" is neither a weights catalogue entry (faicls-cli weights "
                              "list) nor a file");
    if (!weightsFitBackbone(*entry, backbone))
        throw EngineError(ErrorCode::ArchitectureMismatch,
                          "backbone_config.pretrained: " + named + " holds weights for " +
                              describeBackbone(entry->backbone) + ", the backbone is " +
                              describeBackbone(backbone));
    const auto cached = cachedWeightsFile(*entry);
    if (!cached)
        throw EngineError(ErrorCode::FileNotFound,
                          "pretrained weights " + named +
                              " are not downloaded yet: fetch them (faicls-cli weights fetch " +
                              named + ", or train --fetch-weights); " + offlineHint(*entry));
    checkWeightsHash(*entry, *cached);
    return PretrainedWeights{*cached, entry};
}

}  // namespace faicls
