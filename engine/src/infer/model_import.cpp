#include "faicls/model_import.h"

#include <filesystem>

#include "export/reference_model_kind.h"
#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/version.h"
#include "io/json_file.h"
#include "model/bundle_file.h"
#include "nn/weight_import.h"

namespace faicls {
namespace {

using nlohmann::json;

std::string joinLines(const std::vector<std::string>& lines, size_t limit) {
    std::string text;
    for (size_t i = 0; i < lines.size() && i < limit; ++i)
        text += "\n    " + lines[i];
    if (lines.size() > limit)
        text += "\n    ... and " + std::to_string(lines.size() - limit) + " more";
    return text;
}

int64_t classifierRows(const io::StateDict& stateDict) {
    for (const auto& [name, tensor] : stateDict)
        if ((name == "fc.weight" || name == "classifier.1.weight") && tensor.dim() == 2)
            return tensor.size(0);
    return 0;
}

PreprocessPolicy policyFor(const ModelConfig& config, const std::string& resizeMode) {
    PreprocessPolicy policy;
    policy.resizeMode = resizeMode;
    policy.resolution = config.resolution;
    policy.pixelMean = config.pixelMean;
    policy.pixelStd = config.pixelStd;
    return policy;
}

std::vector<std::string> defaultClassNames(int count) {
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i)
        names.push_back("class_" + std::to_string(i));
    return names;
}

}  // namespace

std::string ImportReport::summary() const {
    std::string text = std::to_string(loadedTensors) + " tensors loaded";
    if (!skipped.empty())
        text += "\n  skipped (shape or type mismatch):" + joinLines(skipped, 10);
    if (!missing.empty())
        text += "\n  not in the file (kept as initialised):" + joinLines(missing, 10);
    if (!unexpected.empty())
        text += "\n  not used:" + joinLines(unexpected, 10);
    return text;
}

ImportResult importTorchvision(const std::string& weightsPath, const ModelConfig& requested,
                               const std::vector<std::string>& classNames,
                               const std::string& outPath) {
    const io::StateDict stateDict = io::readStateDict(weightsPath);
    ModelConfig config = requested;
    config.backbone.pretrained.clear();
    bool classesUnknown = false;
    if (config.numClasses == 0) {
        if (!classNames.empty()) {
            config.numClasses = static_cast<int>(classNames.size());
        } else if (const int64_t rows = classifierRows(stateDict); rows > 0) {
            config.numClasses = static_cast<int>(rows);
        } else {
            classesUnknown = true;
            config.numClasses =
                1;  // provisional: check the backbone first, it is the likelier problem
        }
    }
    if (!classNames.empty() && static_cast<int>(classNames.size()) != config.numClasses)
        throw EngineError(ErrorCode::InvalidConfig,
                          std::to_string(classNames.size()) + " class names given for " +
                              std::to_string(config.numClasses) + " classes");
    if (nn::detectLayout(stateDict) != nn::WeightLayout::Torchvision)
        throw EngineError(
            ErrorCode::ArchitectureMismatch,
            weightsPath +
                ": not a torchvision state dict (its keys are prefixed like a FAI-CLS "
                "checkpoint); use import --focoos");

    nn::FaiClassifier model(config);
    ImportResult result;
    result.report =
        nn::loadWeights(model, stateDict, nn::WeightLayout::Torchvision, weightsPath, true);
    if (classesUnknown)
        throw EngineError(ErrorCode::InvalidConfig, "num_classes: not set, and " + weightsPath +
                                                        " has no classifier to take it from");

    BundleInfo& info = result.bundle;
    info.createdBy = std::string(kApplicationName) + " " + kVersion;
    info.model = config;
    info.classNames = classNames.empty() ? defaultClassNames(config.numClasses) : classNames;
    info.preprocessing = policyFor(config, "shorter_side_center_crop");
    info.source = {{"kind", "torchvision"},
                   {"file", std::filesystem::path(weightsPath).filename().string()},
                   {"loaded_tensors", result.report.loadedTensors},
                   {"skipped", result.report.skipped}};
    writeBundle(outPath, info, stateDictOf(model));
    return result;
}

ImportResult importFocoos(const std::string& checkpointPath, const std::string& modelInfoPath,
                          const std::string& outPath) {
    const json modelInfo = io::readJsonFile(modelInfoPath);
    if (!modelInfo.is_object() || !modelInfo.contains("config") || !modelInfo["config"].is_object())
        throw EngineError(ErrorCode::InvalidFile,
                          modelInfoPath + ": not a reference model_info.json (no \"config\")");
    json referenceConfig = modelInfo["config"];
    // The reference's own defaults where its config omits a key, and its models are multi-label.
    if (!referenceConfig.contains("num_layers"))
        referenceConfig["num_layers"] = 1;
    if (!referenceConfig.contains("pos_weight"))
        referenceConfig["pos_weight"] = 10.0;
    referenceConfig["multi_label"] = true;
    auto& backbone = referenceConfig["backbone_config"];
    if (backbone.is_object() && backbone.value("model_type", json()) == "resnet" &&
        !backbone.contains("variant"))
        backbone["variant"] = "d";  // the reference ResnetConfig's default
    if (!referenceConfig.contains("num_classes") && modelInfo.contains("classes"))
        referenceConfig["num_classes"] = modelInfo["classes"].size();
    if (modelInfo.contains("im_size") && !modelInfo["im_size"].is_null())
        referenceConfig["resolution"] = modelInfo["im_size"];

    auto read = readModelConfig(referenceConfig);
    if (!read.ok())
        throw EngineError(ErrorCode::InvalidConfig,
                          modelInfoPath + ": config problems:\n" + formatIssues(read.errors));
    ModelConfig config = read.config;
    config.backbone.pretrained.clear();
    // The reference trains multi-label only; a model we exported says what it was.
    const auto kind = exporting::readReferenceModelKind(modelInfoPath);
    config.multiLabel = kind ? kind->multiLabel : true;
    std::vector<std::string> classNames;
    if (modelInfo.contains("classes") && modelInfo["classes"].is_array()) {
        for (const auto& name : modelInfo["classes"])
            classNames.push_back(name.is_string() ? name.get<std::string>() : name.dump());
    }
    if (classNames.empty())
        classNames = defaultClassNames(config.numClasses);
    if (static_cast<int>(classNames.size()) != config.numClasses)
        throw EngineError(ErrorCode::InvalidConfig, modelInfoPath + ": " +
                                                        std::to_string(classNames.size()) +
                                                        " classes listed but num_classes is " +
                                                        std::to_string(config.numClasses));

    const io::StateDict stateDict = io::readStateDict(checkpointPath);
    nn::FaiClassifier model(config);
    ImportResult result;
    result.report =
        nn::loadWeights(model, stateDict, nn::WeightLayout::Reference, checkpointPath, false);

    BundleInfo& info = result.bundle;
    info.createdBy = std::string(kApplicationName) + " " + kVersion;
    info.model = config;
    info.classNames = classNames;
    // The reference's inference policy: stretch to im_size, so predictions agree with it.
    info.preprocessing = policyFor(config, "stretch");
    info.validationMetrics = modelInfo.value("val_metrics", json::object());
    if (info.validationMetrics.is_null())
        info.validationMetrics = json::object();
    info.source = {{"kind", "focoos"},
                   {"file", std::filesystem::path(checkpointPath).filename().string()},
                   {"name", modelInfo.value("name", json(""))},
                   {"loaded_tensors", result.report.loadedTensors},
                   {"skipped", result.report.skipped},
                   {"warnings", json::array()}};
    for (const auto& warning : read.warnings)
        info.source["warnings"].push_back(warning.text());
    if (kind) {
        info.threshold = kind->threshold;
        if (static_cast<int>(kind->classThresholds.size()) == config.numClasses)
            info.classThresholds = kind->classThresholds;
    } else {
        result.notes.push_back(
            "no " + std::string(exporting::kReferenceModelKindFile) + " beside " + modelInfoPath +
            ": whether the model was trained single- or multi-label cannot be known; imported "
            "as multi-label (sigmoid scores), as the reference trains");
        info.source["warnings"].push_back(result.notes.back());
    }
    writeBundle(outPath, info, stateDictOf(model));
    return result;
}

}  // namespace faicls
