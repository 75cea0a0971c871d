#include "export/reference_export.h"

#include <filesystem>

#include "export/reference_model_kind.h"
#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "io/atomic_file.h"
#include "io/json_file.h"
#include "io/torch_file_writer.h"
#include "model/bundle_file.h"

namespace faicls::exporting {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// Our parameter name → the reference's, with the tensor reshaped where the head's Linear is a
// 1x1 convolution there.
std::pair<std::string, torch::Tensor> referenceEntry(const std::string& name,
                                                     const torch::Tensor& value, bool twoLayers) {
    if (startsWith(name, "backbone."))
        return {name, value};
    const auto asConv = [](const torch::Tensor& t) {
        return t.dim() == 2 ? t.view({t.size(0), t.size(1), 1, 1}) : t;
    };
    const std::string head = "cls_head.classifier.";
    if (startsWith(name, "head.hidden."))
        return {head + "1." + name.substr(12), asConv(value)};
    if (startsWith(name, "head.classifier."))
        return {head + (twoLayers ? "4." : "2.") + name.substr(16), asConv(value)};
    return {"", value};
}

json referenceBackboneConfig(const BackboneConfig& backbone) {
    if (backbone.modelType == "stdc")
        return {{"model_type", "stdc"},
                {"use_pretrained", false},
                {"in_chans", 3},
                {"base", backbone.stdcBase},
                {"layers", backbone.stdcLayers},
                {"out_features", {"res2", "res3", "res4", "res5"}},
                {"block_num", 4},
                {"block_type", backbone.stdcBlockType},
                {"size", backbone.size},
                {"use_conv_last", false}};
    return {{"model_type", "resnet"}, {"depth", backbone.depth}, {"use_pretrained", false},
            {"in_chans", 3},          {"freeze_at", -1},         {"num_stages", 4},
            {"freeze_norm", true},    {"act", "relu"},           {"pretrained", false}};
}

}  // namespace

void writeReferenceCheckpoint(const nn::FaiClassifier& model, const BundleInfo& info,
                              const std::string& folder) {
    const ModelConfig& config = info.model;
    const bool stdc = config.backbone.modelType == "stdc";
    const bool resnetD =
        config.backbone.modelType == "resnet" && effectiveVariant(config.backbone) == "d";
    if (!stdc && !resnetD)
        throw EngineError(ErrorCode::UnsupportedFormat,
                          "focoos export: the reference format has STDC and ResNet-d backbones "
                          "only; this model is " +
                              config.backbone.modelType + " (export ONNX or TorchScript instead)");
    const bool twoLayers = config.numLayers == 2;
    io::StateDict stateDict;
    for (const auto& [name, value] : stateDictOf(model)) {
        auto [key, tensor] = referenceEntry(name, value, twoLayers);
        if (!key.empty())
            stateDict.emplace_back(key, tensor);
    }
    // The reference's BCE loss keeps its positive weight as a buffer (not with focal loss).
    if (!config.useFocalLoss)
        stateDict.emplace_back("criterion.ce_loss.pos_weight",
                               torch::full({config.numClasses}, config.posWeight));

    json referenceConfig = {{"num_classes", config.numClasses},
                            {"backbone_config", referenceBackboneConfig(config.backbone)},
                            {"resolution", config.resolution.heightPx},
                            {"pixel_mean", config.pixelMean},
                            {"pixel_std", config.pixelStd},
                            {"hidden_dim", config.hiddenDim},
                            {"dropout_rate", config.dropoutRate},
                            {"features", config.features},
                            {"num_layers", config.numLayers},
                            {"dense_prediction", false},
                            {"use_focal_loss", config.useFocalLoss},
                            {"focal_alpha", config.focalAlpha},
                            {"focal_gamma", config.focalGamma},
                            {"label_smoothing", config.labelSmoothing},
                            {"pos_weight", config.posWeight}};
    const Resolution& r = config.resolution;
    const json modelInfo = {
        {"name", "fai-cls-export"},
        {"model_family", "fai_cls"},
        {"classes", info.classNames},
        {"im_size", r.isSquare() ? json(r.heightPx) : json::array({r.heightPx, r.widthPx})},
        {"task", "classification"},
        {"config", referenceConfig},
        {"description", std::string("Exported by ") + info.createdBy +
                            (config.multiLabel ? " (multi-label, sigmoid scores)"
                                               : " (trained single-label: softmax "
                                                 "scores; the reference applies "
                                                 "sigmoid)")},
        {"weights_uri", "model_final.pth"},
        {"val_metrics", info.validationMetrics},
    };
    fs::create_directories(folder);
    io::writeTorchStateDict((fs::path(folder) / "model_final.pth").string(), stateDict, "model");
    io::writeFileAtomically((fs::path(folder) / "model_info.json").string(),
                            [&](std::ostream& o) { o << dumpJson(modelInfo, 2) << "\n"; });
    writeReferenceModelKind(folder, {config.multiLabel, info.threshold, info.classThresholds});
}

}  // namespace faicls::exporting
