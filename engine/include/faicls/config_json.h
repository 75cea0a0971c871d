#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "faicls/config_issue.h"
#include "faicls/model_config.h"

namespace faicls {

/// Result of reading a configuration: the values that could be read (defaults elsewhere), the
/// errors that make it unusable, and warnings (unknown or ignored keys) that do not.
template <typename Config>
struct ConfigReadResult {
    Config config;
    ConfigIssues errors;
    ConfigIssues warnings;
    bool ok() const { return errors.empty(); }
};

/// Reads a model section. Reference `ClassificationConfig` JSON (from a `model_info.json`) loads
/// unchanged: reference-only keys become warnings. Also runs `validate()`.
ConfigReadResult<ModelConfig> readModelConfig(const nlohmann::json& json);
ConfigReadResult<TrainConfig> readTrainConfig(const nlohmann::json& json);
/// Reads `{"model": {...}, "train": {...}}`, or a bare model section.
ConfigReadResult<ExperimentConfig> readExperimentConfig(const nlohmann::json& json);
/// Reads a JSON file; a missing file or malformed JSON (with line and column) is an error naming
/// the file. Throws EngineError only for an unreadable file.
ConfigReadResult<ExperimentConfig> loadExperimentConfigFile(const std::string& path);

nlohmann::json toJson(const ModelConfig& config);
nlohmann::json toJson(const TrainConfig& config);
nlohmann::json toJson(const ExperimentConfig& config);

/// Every problem of a model config, each with its key path. Empty when valid.
/// `requireClasses`: whether `num_classes` must already be set (> 0).
ConfigIssues validate(const ModelConfig& config, bool requireClasses = true);
ConfigIssues validate(const TrainConfig& config);

/// The feature channels and the stride of `features` for this backbone (0 when invalid).
int featureChannels(const ModelConfig& config);

/// The value at a dotted key path ("backbone_config.depth") of a JSON object, or null; the
/// schema's key paths are such paths.
nlohmann::json jsonAt(const nlohmann::json& object, const std::string& keyPath);
/// Sets the value at a dotted key path, making the objects on the way.
void setJsonAt(nlohmann::json& object, const std::string& keyPath, const nlohmann::json& value);

/// The backbone learning-rate factor a training uses: the configured one, else 0.1 when the
/// backbone starts from pretrained weights (the reference's fine-tuning value) and 1.0 when it
/// starts from random weights (a lower rate only slows it down).
double effectiveBackboneMultiplier(const ExperimentConfig& config);

/// What `backbone_config.pretrained` names: nothing ("" or "none"), a file (a path with a
/// folder, or a name ending in .pth, .pt, .tar or .faicls), else a weights catalogue entry.
enum class PretrainedKind { None, File, CatalogEntry };
PretrainedKind pretrainedKind(const std::string& pretrained);

/// The effective variant of a backbone: "b" for resnet, "b0" for efficientnet when unset.
std::string effectiveVariant(const BackboneConfig& backbone);

}  // namespace faicls
