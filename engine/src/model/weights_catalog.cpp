#include "faicls/weights_catalog.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "io/json_file.h"
#include "io/user_folders.h"
#include "model/builtin_weights_catalog.h"

namespace faicls {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kCatalogFormat = 1;

std::string textField(const json& entry, const char* key, const std::string& where, bool required) {
    if (!entry.contains(key)) {
        if (required)
            throw EngineError(ErrorCode::InvalidFile, where + ": \"" + key + "\" is missing");
        return "";
    }
    if (!entry[key].is_string())
        throw EngineError(ErrorCode::InvalidFile, where + ": \"" + key + "\" must be a string");
    return entry[key].get<std::string>();
}

BackboneConfig backboneFrom(const json& entry, const std::string& where) {
    if (!entry.contains("backbone") || !entry["backbone"].is_object())
        throw EngineError(ErrorCode::InvalidFile, where + ": \"backbone\" must be an object");
    const auto read = readModelConfig(json{{"backbone_config", entry["backbone"]}});
    if (!read.ok())
        throw EngineError(ErrorCode::InvalidFile,
                          where + ": backbone: " + formatIssues(read.errors));
    return read.config.backbone;
}

// One entry, checked field by field; `where` names the file and the entry for messages.
WeightsEntry entryFrom(const json& entry, const std::string& where,
                       const std::string& catalogFile) {
    if (!entry.is_object())
        throw EngineError(ErrorCode::InvalidFile, where + ": an entry must be an object");
    WeightsEntry weights;
    weights.name = textField(entry, "name", where, true);
    weights.backbone = backboneFrom(entry, where + " (" + weights.name + ")");
    weights.url = textField(entry, "url", where, true);
    weights.fileName = fs::path(weights.url).filename().string();
    if (weights.fileName.empty() || weights.fileName == "." || weights.fileName == "..")
        throw EngineError(ErrorCode::InvalidFile,
                          where + ": \"url\" does not end in a file name: " + weights.url);
    weights.sha256 = textField(entry, "sha256", where, false);
    weights.sha256Prefix = textField(entry, "sha256_prefix", where, false);
    if (weights.sha256Prefix.empty() && !weights.sha256.empty())
        weights.sha256Prefix = weights.sha256.substr(0, 8);
    weights.licence = textField(entry, "licence", where, false);
    weights.source = textField(entry, "source", where, false);
    if (entry.contains("top1") && !entry["top1"].is_number())
        throw EngineError(ErrorCode::InvalidFile, where + ": \"top1\" must be a number");
    weights.top1 = entry.value("top1", 0.0);
    if (entry.contains("parameters") && !entry["parameters"].is_number_integer())
        throw EngineError(ErrorCode::InvalidFile, where + ": \"parameters\" must be an integer");
    weights.parameters = io::integerOr<int64_t>(entry, "parameters", 0);
    if (entry.contains("size_mb") && !entry["size_mb"].is_number())
        throw EngineError(ErrorCode::InvalidFile, where + ": \"size_mb\" must be a number");
    weights.sizeMegabytes = entry.value("size_mb", 0.0);
    weights.catalogFile = catalogFile;
    return weights;
}

void addEntries(std::vector<WeightsEntry>& catalog, const json& document, const std::string& source,
                const std::string& catalogFile) {
    if (!document.is_object() || document.value("format", nlohmann::json()) != kCatalogFormat ||
        !document.contains("entries") || !document["entries"].is_array())
        throw EngineError(ErrorCode::InvalidFile,
                          source +
                              ": not a weights catalogue (expected {\"format\": 1, "
                              "\"entries\": [...]})");
    const json& entries = document["entries"];
    for (size_t i = 0; i < entries.size(); ++i) {
        WeightsEntry entry =
            entryFrom(entries[i], source + ": entry " + std::to_string(i + 1), catalogFile);
        auto same = std::find_if(catalog.begin(), catalog.end(),
                                 [&](const WeightsEntry& e) { return e.name == entry.name; });
        if (same != catalog.end())
            *same = std::move(entry);
        else
            catalog.push_back(std::move(entry));
    }
}

}  // namespace

std::vector<WeightsEntry> weightsCatalog(const std::string& extraCatalog) {
    std::vector<WeightsEntry> catalog;
    addEntries(catalog, json::parse(model::kBuiltinWeightsCatalog), "built-in weights catalogue",
               "");
    std::string extra = extraCatalog;
    if (extra.empty()) {
        const char* fromEnvironment = std::getenv("FAICLS_WEIGHTS_CATALOG");
        extra = fromEnvironment ? fromEnvironment : "";
    }
    if (!extra.empty())
        addEntries(catalog, io::readJsonFile(extra), extra, extra);
    return catalog;
}

std::optional<WeightsEntry> findWeights(const std::vector<WeightsEntry>& catalog,
                                        const std::string& name) {
    for (const auto& entry : catalog)
        if (entry.name == name)
            return entry;
    return std::nullopt;
}

std::string weightsCacheFolder() {
    return (io::userCacheFolder() / "weights").string();
}

std::string torchHubCheckpointFolder() {
    return (io::folderFromEnvironment("TORCH_HOME", ".cache/torch") / "hub" / "checkpoints")
        .string();
}

std::optional<std::string> cachedWeightsFile(const WeightsEntry& entry) {
    for (const std::string& folder : {weightsCacheFolder(), torchHubCheckpointFolder()}) {
        std::error_code error;
        const fs::path candidate = fs::path(folder) / entry.fileName;
        if (fs::is_regular_file(candidate, error) && fs::file_size(candidate, error) > 0)
            return candidate.string();
    }
    return std::nullopt;
}

}  // namespace faicls
