#include "model/bundle_file.h"

#include <caffe2/serialize/inline_container.h>

#include <climits>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "graph/quantized_graph.h"
#include "io/atomic_file.h"
#include "io/checked_archive.h"
#include "io/json_file.h"
#include "nn/weight_import.h"

namespace faicls {
namespace {

using nlohmann::json;

const std::map<std::string, torch::ScalarType> kDtypes = {
    {"float32", torch::kFloat},     {"float64", torch::kDouble}, {"float16", torch::kHalf},
    {"bfloat16", torch::kBFloat16}, {"int64", torch::kLong},     {"int32", torch::kInt},
    {"int16", torch::kShort},       {"int8", torch::kChar},      {"uint8", torch::kByte},
    {"bool", torch::kBool},
};

std::string dtypeName(torch::ScalarType type) {
    for (const auto& [name, value] : kDtypes)
        if (value == type)
            return name;
    throw EngineError(ErrorCode::Runtime,
                      std::string("cannot store tensors of type ") + c10::toString(type));
}

json policyToJson(const PreprocessPolicy& p) {
    return json{{"resize_mode", p.resizeMode},
                {"resolution", json::array({p.resolution.heightPx, p.resolution.widthPx})},
                {"pixel_mean", p.pixelMean},
                {"pixel_std", p.pixelStd},
                {"color_order", "RGB"}};
}

[[noreturn]] void invalid(const std::string& path, const std::string& problem) {
    throw EngineError(ErrorCode::InvalidFile,
                      path + ": not a valid FAI-CLS model bundle (" + problem + ")");
}

json readBundleJson(io::CheckedArchive& archive, const std::string& path) {
    if (!archive.has("bundle.json"))
        invalid(path, "bundle.json is missing");
    auto [data, size] = archive.read("bundle.json");
    return io::parseJson(std::string(static_cast<const char*>(data.get()), size),
                         path + ": bundle.json");
}

constexpr const char* kWhatABundleIs = "a valid FAI-CLS model bundle";

// The bytes a tensor of `shape` holds, or -1 when the shape is negative or overflows.
int64_t bytesOfShape(const std::vector<int64_t>& shape, torch::ScalarType dtype) {
    int64_t bytes = static_cast<int64_t>(c10::elementSize(dtype));
    for (const int64_t size : shape) {
        if (size < 0 || (size > 0 && bytes > INT64_MAX / size))
            return -1;
        bytes *= size;
    }
    return bytes;
}

bool isProbability(double value) {
    return std::isfinite(value) && value >= 0 && value <= 1;
}

// What bundle.json may hold beyond its types: the same limits as a config for the
// preprocessing (a resolution of 0 or 100000 would fail on every image), thresholds that are
// probabilities, a version we know.
std::string problemOf(const BundleInfo& info) {
    if (info.formatVersion < 1)
        return "format_version " + std::to_string(info.formatVersion) + " is not a version";
    const PreprocessPolicy& p = info.preprocessing;
    if (p.resizeMode != "shorter_side_center_crop" && p.resizeMode != "stretch")
        return "preprocessing.resize_mode \"" + p.resizeMode + "\" is unknown";
    ModelConfig preprocessing = info.model;
    preprocessing.resolution = p.resolution;
    preprocessing.pixelMean = p.pixelMean;
    preprocessing.pixelStd = p.pixelStd;
    for (const auto& issue : validate(preprocessing, true))
        if (issue.keyPath == "resolution" || issue.keyPath == "pixel_mean" ||
            issue.keyPath == "pixel_std")
            return "preprocessing." + issue.text();
    if (!isProbability(info.threshold))
        return "threshold must be between 0 and 1";
    if (!info.classThresholds.empty() &&
        static_cast<int>(info.classThresholds.size()) != info.model.numClasses)
        return std::to_string(info.classThresholds.size()) + " class thresholds for " +
               std::to_string(info.model.numClasses) + " classes";
    for (const double threshold : info.classThresholds)
        if (!isProbability(threshold))
            return "class_thresholds must be between 0 and 1";
    return {};
}

}  // namespace

json toJson(const BundleInfo& info) {
    json description{{"format", "faicls-bundle"},
                     {"format_version", info.formatVersion},
                     {"created_by", info.createdBy},
                     {"model", toJson(info.model)},
                     {"class_names", info.classNames},
                     {"preprocessing", policyToJson(info.preprocessing)},
                     {"threshold", info.threshold},
                     {"class_thresholds", info.classThresholds},
                     {"validation_metrics", info.validationMetrics},
                     {"training_summary", info.trainingSummary},
                     {"source", info.source}};
    if (info.hasInt8Variant())
        description["int8_variant"] = info.int8Variant;
    return description;
}

BundleInfo bundleInfoFromJson(const json& j, const std::string& path) {
    if (!j.is_object() || j.value("format", json()) != "faicls-bundle")
        invalid(path, "unknown format");
    BundleInfo info;
    try {
        info.formatVersion = io::integerOf<int>(j.at("format_version"));
        if (info.formatVersion > BundleInfo::kFormatVersion)
            throw EngineError(ErrorCode::UnsupportedFormat,
                              path + ": made by a newer FAI-CLS Studio (bundle format " +
                                  std::to_string(info.formatVersion) +
                                  "; this version reads up to " +
                                  std::to_string(BundleInfo::kFormatVersion) + ")");
        info.createdBy = j.value("created_by", "");
        // The network is trained: where its backbone started is history (training_summary),
        // and a file named there need not exist on this machine.
        json modelJson = j.at("model");
        if (modelJson.is_object() && modelJson.contains("backbone_config") &&
            modelJson["backbone_config"].is_object()) {
            modelJson["backbone_config"].erase("pretrained");
            modelJson["backbone_config"].erase("weights");
        }
        auto model = readModelConfig(modelJson);
        if (!model.ok())
            invalid(path, "model config: " + formatIssues(model.errors));
        info.model = model.config;
        info.classNames = j.at("class_names").get<std::vector<std::string>>();
        const auto& p = j.at("preprocessing");
        info.preprocessing.resizeMode = p.at("resize_mode").get<std::string>();
        info.preprocessing.resolution = {io::integerOf<int>(p.at("resolution").at(0)),
                                         io::integerOf<int>(p.at("resolution").at(1))};
        info.preprocessing.pixelMean = p.at("pixel_mean").get<std::array<double, 3>>();
        info.preprocessing.pixelStd = p.at("pixel_std").get<std::array<double, 3>>();
        info.threshold = j.value("threshold", 0.5);
        info.classThresholds = j.value("class_thresholds", std::vector<double>{});
        info.validationMetrics = j.value("validation_metrics", json::object());
        info.trainingSummary = j.value("training_summary", json::object());
        info.source = j.value("source", json::object());
        info.int8Variant = j.value("int8_variant", json::object());
        if (!info.int8Variant.is_object())
            invalid(path, "int8_variant is not an object");
        if (info.hasInt8Variant())  // checked now: a damaged variant is said when read
            graph::int8ParametersFromJson(info.int8Variant.at("parameters"), path);
    } catch (const json::exception& error) {
        invalid(path, std::string("bundle.json: ") + error.what());
    }
    if (static_cast<int>(info.classNames.size()) != info.model.numClasses)
        invalid(path, std::to_string(info.classNames.size()) + " class names for " +
                          std::to_string(info.model.numClasses) + " classes");
    if (const std::string problem = problemOf(info); !problem.empty())
        invalid(path, problem);
    return info;
}

namespace {

void serializeBundle(std::ostream& out, const BundleInfo& info, const io::StateDict& weights) {
    json description = toJson(info);
    json index = json::array();
    for (size_t i = 0; i < weights.size(); ++i) {
        const auto& [name, tensor] = weights[i];
        index.push_back({{"name", name},
                         {"dtype", dtypeName(tensor.scalar_type())},
                         {"shape", tensor.sizes().vec()},
                         {"record", "tensors/" + std::to_string(i)}});
    }
    description["tensors"] = index;
    caffe2::serialize::PyTorchStreamWriter writer([&](const void* data, size_t size) {
        out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
        return out ? size : 0;
    });
    const std::string text = dumpJson(description, 2);
    writer.writeRecord("bundle.json", text.data(), text.size());
    for (size_t i = 0; i < weights.size(); ++i) {
        const auto contiguous = weights[i].second.detach().to(torch::kCPU).contiguous();
        writer.writeRecord("tensors/" + std::to_string(i), contiguous.data_ptr(),
                           contiguous.nbytes());
    }
    writer.writeEndOfFile();
}

}  // namespace

void writeBundle(const std::string& path, const BundleInfo& info, const io::StateDict& weights) {
    io::writeFileAtomically(path, [&](std::ostream& out) { serializeBundle(out, info, weights); });
}

void writeBundleSynced(const std::string& path, const std::string& reportedPath,
                       const BundleInfo& info, const io::StateDict& weights) {
    io::writeFileSynced(path, reportedPath,
                        [&](std::ostream& out) { serializeBundle(out, info, weights); });
}

BundleInfo readBundleInfo(const std::string& path) {
    io::CheckedArchive archive(path, kWhatABundleIs);
    return bundleInfoFromJson(readBundleJson(archive, path), path);
}

LoadedBundle readBundle(const std::string& path) {
    io::CheckedArchive archive(path, kWhatABundleIs);
    const json description = readBundleJson(archive, path);
    LoadedBundle bundle;
    bundle.info = bundleInfoFromJson(description, path);
    try {
        for (const auto& entry : description.at("tensors")) {
            const auto name = entry.at("name").get<std::string>();
            const auto dtype = kDtypes.find(entry.at("dtype").get<std::string>());
            if (dtype == kDtypes.end())
                invalid(path, "tensor " + name + " has an unknown dtype");
            std::vector<int64_t> shape;
            for (const auto& size : entry.at("shape"))
                shape.push_back(io::integerOf<int64_t>(size));
            const auto record = entry.at("record").get<std::string>();
            if (!archive.has(record))
                invalid(path, "tensor data " + record + " is missing");
            // Checked before anything is allocated: a shape is only trusted as far as the
            // bytes that back it.
            const int64_t bytes = bytesOfShape(shape, dtype->second);
            if (bytes < 0 || static_cast<uint64_t>(bytes) != archive.sizeOf(record))
                invalid(path, "tensor " + name + " has the wrong size");
            auto [data, size] = archive.read(record);
            auto tensor = torch::empty(shape, torch::TensorOptions().dtype(dtype->second));
            if (size > 0)
                std::memcpy(tensor.data_ptr(), data.get(), size);
            bundle.weights.emplace_back(name, tensor);
        }
    } catch (const json::exception& error) {
        invalid(path, std::string("tensor index: ") + error.what());
    } catch (const c10::Error& error) {
        invalid(path, "damaged tensor data");
    }
    return bundle;
}

io::StateDict stateDictOf(const nn::FaiClassifier& model) {
    io::StateDict weights;
    for (const auto& item : model->named_parameters())
        weights.emplace_back(item.key(), item.value());
    for (const auto& item : model->named_buffers())
        weights.emplace_back(item.key(), item.value());
    return weights;
}

nn::FaiClassifier modelFromBundle(const LoadedBundle& bundle) {
    nn::FaiClassifier model(bundle.info.model);
    const auto report =
        nn::loadWeights(model, bundle.weights, nn::WeightLayout::Bundle, "bundle", true);
    if (!report.missing.empty() || !report.skipped.empty())
        throw EngineError(ErrorCode::InvalidFile,
                          "the bundle's weights do not match its network: " + report.summary());
    model->eval();
    return model;
}

}  // namespace faicls
