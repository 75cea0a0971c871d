#include "faicls/config_json.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "config/config_fields.h"
#include "faicls/engine_error.h"
#include "io/json_file.h"

namespace faicls {
namespace {

using nlohmann::json;

// Keys of the reference implementation's configs that have no meaning here: accepted so that a
// reference `model_info.json` loads unchanged, and reported as warnings.
const std::set<std::string> kReferenceOnlyKeys = {
    "backbone_config.use_pretrained",
    "backbone_config.backbone_url",
    "backbone_config.in_chans",
    "backbone_config.out_features",
    "backbone_config.block_num",
    "backbone_config.use_conv_last",
    "backbone_config.pretrained",
    "backbone_config.freeze_norm",
    "backbone_config.freeze_at",
    "backbone_config.num_stages",
    "backbone_config.act",
    "dense_prediction",
};

std::string describe(const json& value) {
    std::string text = value.dump();
    if (text.size() > 40)
        text = text.substr(0, 37) + "...";
    return text;
}

std::string formatNumber(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string joinChoices(const std::vector<std::string>& choices, bool quoted) {
    std::string text;
    for (size_t i = 0; i < choices.size(); ++i) {
        if (choices[i].empty())
            continue;
        if (!text.empty())
            text += ", ";
        text += quoted ? "\"" + choices[i] + "\"" : choices[i];
    }
    return text;
}

bool isInteger(const json& v) {
    return v.is_number_integer();
}

// Checks the JSON type of a value against its schema kind; returns the problem or "".
std::string typeProblem(const SchemaEntry& entry, const json& v) {
    switch (entry.kind) {
        case ValueKind::Integer:
            if (!isInteger(v))
                return "expected an integer, got " + describe(v);
            return "";
        case ValueKind::Number:
            if (v.is_null() && entry.defaultValue.is_null())
                return "";  // unset: the engine chooses (documented per key)
            if (!v.is_number())
                return "expected a number, got " + describe(v);
            return "";
        case ValueKind::Boolean:
            if (!v.is_boolean())
                return "expected true or false, got " + describe(v);
            return "";
        case ValueKind::Text:
        case ValueKind::FilePath:
            if (!v.is_string() && !v.is_null())
                return "expected a string, got " + describe(v);
            return "";
        case ValueKind::Choice:
            if (!v.is_string() && !(v.is_null() && entry.keyPath == "backbone_config.size"))
                return "expected one of " + joinChoices(entry.choices, true) + ", got " +
                       describe(v);
            return "";
        case ValueKind::NumberTriple:
            if (!v.is_array() || v.size() != 3 ||
                !std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_number(); }))
                return "expected three numbers [R, G, B], got " + describe(v);
            return "";
        case ValueKind::IntegerList:
            if (!v.is_array() || !std::all_of(v.begin(), v.end(), isInteger))
                return "expected a list of integers, got " + describe(v);
            return "";
        case ValueKind::Resolution:
            if (isInteger(v))
                return "";
            if (v.is_array() && v.size() == 2 && isInteger(v[0]) && isInteger(v[1]))
                return "";
            return "expected an integer or [height, width], got " + describe(v);
    }
    return "";
}

// Flattens {"a": {"b": 1}} into ("a.b", 1) for the sections the schema nests.
void flatten(const json& object, const std::string& prefix, const std::set<std::string>& sections,
             std::vector<std::pair<std::string, json>>& out) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string path = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it.value().is_object() && sections.count(path)) {
            flatten(it.value(), path, sections, out);
        } else {
            out.emplace_back(path, it.value());
        }
    }
}

template <typename Config>
ConfigReadResult<Config> readFields(const json& source,
                                    const std::vector<ConfigField<Config>>& fields,
                                    const std::set<std::string>& sections) {
    ConfigReadResult<Config> result;
    if (!source.is_object()) {
        result.errors.push_back({"", "expected a JSON object, got " + describe(source)});
        return result;
    }
    std::vector<std::pair<std::string, json>> values;
    flatten(source, "", sections, values);
    for (const auto& [path, value] : values) {
        const std::string& key = path;  // C++17 lambdas cannot capture structured bindings
        auto field = std::find_if(fields.begin(), fields.end(),
                                  [&](const auto& f) { return f.entry.keyPath == key; });
        if (field == fields.end()) {
            if (kReferenceOnlyKeys.count(path)) {
                result.warnings.push_back({path, "reference key, not used here"});
            } else if (sections.count(path)) {
                result.errors.push_back({path, "expected an object, got " + describe(value)});
            } else {
                result.warnings.push_back({path, "unknown key, ignored"});
            }
            continue;
        }
        const std::string problem = typeProblem(field->entry, value);
        if (!problem.empty()) {
            result.errors.push_back({path, problem});
            continue;
        }
        field->set(result.config, value);
    }
    return result;
}

bool appliesTo(const SchemaEntry& entry, const std::string& modelType) {
    return entry.backbones.empty() || std::find(entry.backbones.begin(), entry.backbones.end(),
                                                modelType) != entry.backbones.end();
}

// The range and choice checks every schema entry carries.
template <typename Config>
void checkAgainstSchema(const Config& config, const std::vector<ConfigField<Config>>& fields,
                        const std::string& modelType, ConfigIssues& issues) {
    for (const auto& field : fields) {
        const SchemaEntry& e = field.entry;
        if (!appliesTo(e, modelType))
            continue;
        const json value = field.get(config);
        if (e.kind == ValueKind::Choice) {
            const auto text = value.get<std::string>();
            if (std::find(e.choices.begin(), e.choices.end(), text) == e.choices.end())
                issues.push_back(
                    {e.keyPath, "\"" + text + "\" is not one of " + joinChoices(e.choices, true)});
        } else if (e.kind == ValueKind::Integer && !e.choices.empty()) {
            const auto text = std::to_string(value.get<long long>());
            if (std::find(e.choices.begin(), e.choices.end(), text) == e.choices.end())
                issues.push_back(
                    {e.keyPath, text + " is not one of " + joinChoices(e.choices, false)});
        } else if ((e.kind == ValueKind::Integer || e.kind == ValueKind::Number) &&
                   !value.is_null()) {
            const double v = value.get<double>();
            if (!(v >= e.minimum && v <= e.maximum))
                issues.push_back({e.keyPath, formatNumber(v) + " is out of range [" +
                                                 formatNumber(e.minimum) + ", " +
                                                 formatNumber(e.maximum) + "]"});
        } else if (e.kind == ValueKind::NumberTriple) {
            for (const auto& item : value) {
                const double v = item.get<double>();
                if (!(v >= e.minimum && v <= e.maximum)) {
                    issues.push_back({e.keyPath, formatNumber(v) + " is out of range [" +
                                                     formatNumber(e.minimum) + ", " +
                                                     formatNumber(e.maximum) + "]"});
                    break;
                }
            }
        } else if (e.kind == ValueKind::Resolution) {
            for (const auto& item : value.is_array() ? value : json::array({value})) {
                const double v = item.get<double>();
                if (!(v >= e.minimum && v <= e.maximum)) {
                    issues.push_back({e.keyPath, formatNumber(v) + " pixels is out of range [" +
                                                     formatNumber(e.minimum) + ", " +
                                                     formatNumber(e.maximum) + "]"});
                    break;
                }
            }
        }
    }
}

json unflatten(const std::vector<std::pair<std::string, json>>& values) {
    json out = json::object();
    for (const auto& [path, value] : values)
        setJsonAt(out, path, value);
    return out;
}

template <typename Config>
json fieldsToJson(const Config& config, const std::vector<ConfigField<Config>>& fields) {
    std::vector<std::pair<std::string, json>> values;
    for (const auto& f : fields)
        values.emplace_back(f.entry.keyPath, f.get(config));
    return unflatten(values);
}

void append(ConfigIssues& to, const ConfigIssues& from) {
    to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

json jsonAt(const json& object, const std::string& keyPath) {
    const json* current = &object;
    size_t start = 0;
    while (true) {
        const size_t dot = keyPath.find('.', start);
        const std::string key = keyPath.substr(start, dot - start);
        if (!current->is_object() || !current->contains(key))
            return nullptr;
        current = &(*current)[key];
        if (dot == std::string::npos)
            return *current;
        start = dot + 1;
    }
}

void setJsonAt(json& object, const std::string& keyPath, const json& value) {
    json* current = &object;
    size_t start = 0;
    while (true) {
        const size_t dot = keyPath.find('.', start);
        const std::string key = keyPath.substr(start, dot - start);
        if (dot == std::string::npos) {
            (*current)[key] = value;
            return;
        }
        if (!(*current)[key].is_object())
            (*current)[key] = json::object();
        current = &(*current)[key];
        start = dot + 1;
    }
}

std::string formatIssues(const ConfigIssues& issues) {
    std::string text;
    for (const auto& issue : issues)
        text += issue.text() + "\n";
    return text;
}

PretrainedKind pretrainedKind(const std::string& pretrained) {
    if (pretrained.empty() || pretrained == "none")
        return PretrainedKind::None;
    const std::string extension = std::filesystem::path(pretrained).extension().string();
    if (pretrained.find('/') != std::string::npos || extension == ".pth" || extension == ".pt" ||
        extension == ".tar" || extension == ".faicls")
        return PretrainedKind::File;
    return PretrainedKind::CatalogEntry;
}

double effectiveBackboneMultiplier(const ExperimentConfig& config) {
    if (config.train.backboneMultiplier)
        return *config.train.backboneMultiplier;
    return pretrainedKind(config.model.backbone.pretrained) == PretrainedKind::None ? 1.0 : 0.1;
}

std::string effectiveVariant(const BackboneConfig& backbone) {
    if (!backbone.variant.empty())
        return backbone.variant;
    if (backbone.modelType == "resnet")
        return "b";
    if (backbone.modelType == "efficientnet")
        return "b0";
    return "";
}

int featureChannels(const ModelConfig& config) {
    const auto& b = config.backbone;
    const int level = config.features.size() == 4 ? config.features[3] - '2' : -1;
    if (level < 0 || level > 3)
        return 0;
    if (b.modelType == "resnet") {
        const int expansion = b.depth >= 50 ? 4 : 1;
        return 64 * (1 << level) * expansion;
    }
    if (b.modelType == "stdc") {
        const int base = b.size == "nano" ? 32 : (b.size.empty() ? b.stdcBase : 64);
        const int multipliers[] = {1, 4, 8, 16};
        return base * multipliers[level];
    }
    if (b.modelType == "efficientnet") {
        const std::string v = effectiveVariant(b);
        // res2..res4 are stage outputs; res5 is the final 1x1 conv (4x the last stage's width).
        if (v == "b0" || v == "b1")
            return std::array<int, 4>{24, 40, 112, 1280}[level];
        if (v == "b2")
            return std::array<int, 4>{24, 48, 120, 1408}[level];
        if (v == "b3")
            return std::array<int, 4>{32, 48, 136, 1536}[level];
    }
    if (b.modelType == "mobilenet_v2")
        return std::array<int, 4>{24, 32, 96, 1280}[level];
    return 0;
}

ConfigIssues validate(const ModelConfig& config, bool requireClasses) {
    ConfigIssues issues;
    const auto& b = config.backbone;
    std::vector<ConfigField<ModelConfig>> fields;
    for (const auto& f : modelFields()) {
        if (f.entry.keyPath == "num_classes" && !requireClasses && config.numClasses == 0)
            continue;
        fields.push_back(f);
    }
    checkAgainstSchema(config, fields, b.modelType, issues);

    if (b.modelType == "resnet") {
        const std::string v = effectiveVariant(b);
        if (v != "b" && v != "d")
            issues.push_back(
                {"backbone_config.variant", "\"" + v + "\" is not one of \"b\", \"d\""});
    } else if (b.modelType == "efficientnet") {
        const std::string v = effectiveVariant(b);
        if (v != "b0" && v != "b1" && v != "b2" && v != "b3")
            issues.push_back({"backbone_config.variant",
                              "\"" + v + "\" is not one of \"b0\", \"b1\", \"b2\", \"b3\""});
    } else if (b.modelType == "stdc" && b.size.empty()) {
        if (b.stdcLayers != std::vector<int>{2, 2, 2} && b.stdcLayers != std::vector<int>{4, 5, 3})
            issues.push_back({"backbone_config.layers", "must be [2, 2, 2] or [4, 5, 3]"});
        if (b.stdcBase % 2 != 0)
            issues.push_back(
                {"backbone_config.base", std::to_string(b.stdcBase) + " must be even"});
    }
    for (double s : config.pixelStd) {
        if (s <= 0) {
            issues.push_back({"pixel_std", "must be greater than 0"});
            break;
        }
    }
    // Whether the pretrained weights exist is not checked here: a config travels with run
    // folders and bundles to machines without them. locatePretrained() checks when they load.
    return issues;
}

ConfigIssues validate(const TrainConfig& config) {
    ConfigIssues issues;
    checkAgainstSchema(config, trainFields(), "", issues);
    const std::string& d = config.device;
    const bool cudaIndex =
        d.rfind("cuda:", 0) == 0 && d.size() > 5 &&
        std::all_of(d.begin() + 5, d.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (d != "auto" && d != "cpu" && d != "cuda" && !cudaIndex)
        issues.push_back(
            {"device", "\"" + d + "\" is not one of \"auto\", \"cpu\", \"cuda\", \"cuda:N\""});
    if (config.batchSize == 1)
        issues.push_back({"batch_size",
                          "must be at least 2: BatchNorm cannot train on one "
                          "image at a time"});
    if (config.augmentation.scaleJitter && config.augmentation.randomResizedCrop)
        issues.push_back({"augmentation.random_resized_crop",
                          "cannot be combined with scale_jitter; choose one"});
    return issues;
}

namespace {

// Older configs and bundles call `backbone_config.pretrained` "weights" (a file); the
// reference's ResnetConfig has an unused boolean `pretrained` (its `use_pretrained` decides).
json withCurrentKeyNames(const json& source, ConfigIssues& warnings) {
    if (!source.is_object() || !source.contains("backbone_config") ||
        !source["backbone_config"].is_object())
        return source;
    const json& given = source["backbone_config"];
    const bool referenceFlag = given.contains("pretrained") && given["pretrained"].is_boolean();
    if (!given.contains("weights") && !referenceFlag)
        return source;
    json renamed = source;
    json& backbone = renamed["backbone_config"];
    if (referenceFlag) {
        if (backbone["pretrained"] == true)
            warnings.push_back({"backbone_config.pretrained",
                                "true is the reference's unused flag, ignored; name a weights "
                                "catalogue entry or a file"});
        backbone.erase("pretrained");
    }
    if (backbone.contains("weights")) {
        if (!backbone.contains("pretrained"))
            backbone["pretrained"] = backbone["weights"];
        backbone.erase("weights");
        warnings.push_back({"backbone_config.weights", "renamed to backbone_config.pretrained"});
    }
    return renamed;
}

}  // namespace

ConfigReadResult<ModelConfig> readModelConfig(const json& given) {
    ConfigIssues renameWarnings;
    const json source = withCurrentKeyNames(given, renameWarnings);
    auto result = readFields(source, modelFields(), {"backbone_config"});
    append(result.warnings, renameWarnings);
    if (source.is_object() && source.value("dense_prediction", false) == true)
        result.errors.push_back({"dense_prediction", "dense prediction heads are not supported"});
    if (source.is_object() && source.contains("backbone_config") &&
        source["backbone_config"].is_object()) {
        const auto& backbone = source["backbone_config"];
        if (backbone.value("use_pretrained", false) == true && backbone.contains("backbone_url") &&
            !backbone["backbone_url"].is_null())
            result.warnings.push_back(
                {"backbone_config.backbone_url",
                 "ignored; name the weights in backbone_config.pretrained: a catalogue entry "
                 "(faicls-cli weights list) or a file"});
        if (backbone.contains("in_chans") && backbone["in_chans"] != 3)
            result.errors.push_back(
                {"backbone_config.in_chans", "only 3-channel (RGB) input is supported"});
        if (backbone.contains("block_num") && backbone["block_num"] != 4)
            result.errors.push_back({"backbone_config.block_num", "only 4 is supported"});
    }
    if (result.ok())
        append(result.errors, validate(result.config, false));
    return result;
}

ConfigReadResult<TrainConfig> readTrainConfig(const json& source) {
    auto result = readFields(source, trainFields(), {"augmentation"});
    if (result.ok())
        append(result.errors, validate(result.config));
    return result;
}

namespace {
void prefixIssues(ConfigIssues& to, const ConfigIssues& from, const std::string& prefix) {
    for (auto issue : from) {
        issue.keyPath = issue.keyPath.empty() ? prefix : prefix + "." + issue.keyPath;
        to.push_back(issue);
    }
}
}  // namespace

ConfigReadResult<ExperimentConfig> readExperimentConfig(const json& source) {
    ConfigReadResult<ExperimentConfig> result;
    if (!source.is_object()) {
        result.errors.push_back({"", "expected a JSON object, got " + describe(source)});
        return result;
    }
    const bool sectioned = source.contains("model") || source.contains("train");
    if (!sectioned) {
        auto model = readModelConfig(source);
        result.config.model = model.config;
        result.errors = model.errors;
        result.warnings = model.warnings;
        return result;
    }
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (it.key() != "model" && it.key() != "train")
            result.warnings.push_back({it.key(), "unknown section, ignored"});
    }
    if (source.contains("model")) {
        auto model = readModelConfig(source["model"]);
        result.config.model = model.config;
        prefixIssues(result.errors, model.errors, "model");
        prefixIssues(result.warnings, model.warnings, "model");
    }
    if (source.contains("train")) {
        auto train = readTrainConfig(source["train"]);
        result.config.train = train.config;
        prefixIssues(result.errors, train.errors, "train");
        prefixIssues(result.warnings, train.warnings, "train");
    }
    return result;
}

ConfigReadResult<ExperimentConfig> loadExperimentConfigFile(const std::string& path) {
    json source;
    try {
        source = io::readJsonFile(path);
    } catch (const EngineError& error) {
        if (error.code() == ErrorCode::FileNotFound)
            throw;
        ConfigReadResult<ExperimentConfig> result;
        result.errors.push_back({"", error.what()});
        return result;
    }
    return readExperimentConfig(source);
}

json toJson(const ModelConfig& config) {
    return fieldsToJson(config, modelFields());
}
json toJson(const TrainConfig& config) {
    return fieldsToJson(config, trainFields());
}
json toJson(const ExperimentConfig& config) {
    return json{{"model", toJson(config.model)}, {"train", toJson(config.train)}};
}

}  // namespace faicls
