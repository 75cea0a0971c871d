#include "nn/weight_import.h"

#include <cctype>
#include <map>
#include <sstream>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"

namespace faicls::nn {
namespace {

std::string shapeText(const torch::Tensor& t) {
    std::ostringstream out;
    out << "[";
    for (int64_t i = 0; i < t.dim(); ++i)
        out << (i ? ", " : "") << t.size(i);
    out << "]";
    return out.str();
}

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

bool hasKey(const io::StateDict& sd, const std::string& key) {
    for (const auto& [name, tensor] : sd)
        if (name == key)
            return true;
    return false;
}

bool hasPrefix(const io::StateDict& sd, const std::string& prefix) {
    for (const auto& [name, tensor] : sd)
        if (startsWith(name, prefix))
            return true;
    return false;
}

// Maps a file key to our parameter name; "" = no place for it.
std::string targetName(const std::string& key, WeightLayout layout,
                       const FaiClassifierImpl& model) {
    const bool twoLayers = model.config().numLayers == 2;
    switch (layout) {
        case WeightLayout::Bundle:
            return key;
        case WeightLayout::Torchvision: {
            for (const char* prefix : {"fc.", "classifier.1."}) {
                if (startsWith(key, prefix)) {
                    if (twoLayers)
                        return "";  // ImageNet classifier only fits a one-layer head
                    return "head.classifier." + key.substr(std::string(prefix).size());
                }
            }
            return "backbone." + key;
        }
        case WeightLayout::Reference: {
            if (startsWith(key, "backbone."))
                return key;
            const std::string head = "cls_head.classifier.";
            if (!startsWith(key, head))
                return "";  // criterion.ce_loss.pos_weight and the like
            const std::string rest = key.substr(head.size());
            if (!twoLayers && startsWith(rest, "2."))
                return "head.classifier." + rest.substr(2);
            if (twoLayers && startsWith(rest, "1."))
                return "head.hidden." + rest.substr(2);
            if (twoLayers && startsWith(rest, "4."))
                return "head.classifier." + rest.substr(2);
            return "";
        }
    }
    return "";
}

}  // namespace

std::string describeBackbone(const BackboneConfig& backbone) {
    if (backbone.modelType == "resnet") {
        const std::string variant = effectiveVariant(backbone);
        return "ResNet-" + std::to_string(backbone.depth) + (variant == "d" ? "-d" : "");
    }
    if (backbone.modelType == "efficientnet") {
        std::string variant = effectiveVariant(backbone);
        for (auto& c : variant)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return "EfficientNet-" + variant;
    }
    if (backbone.modelType == "mobilenet_v2")
        return "MobileNetV2";
    if (backbone.modelType == "stdc")
        return "STDC " + (backbone.size.empty() ? std::string("custom") : backbone.size);
    return backbone.modelType;
}

WeightLayout detectLayout(const io::StateDict& stateDict) {
    if (hasPrefix(stateDict, "cls_head.") || hasPrefix(stateDict, "criterion."))
        return WeightLayout::Reference;
    if (hasPrefix(stateDict, "head."))
        return WeightLayout::Bundle;
    if (hasPrefix(stateDict, "backbone."))
        return WeightLayout::Reference;
    return WeightLayout::Torchvision;
}

std::string describeWeights(const io::StateDict& sd) {
    auto prefixed = [&](const std::string& key) {
        return hasKey(sd, key) || hasKey(sd, "backbone." + key);
    };
    if (prefixed("layer1.0.conv3.weight")) {
        if (prefixed("layer3.22.conv1.weight"))
            return "a ResNet-101";
        return "a ResNet-50";
    }
    if (prefixed("layer1.0.conv1.weight"))
        return prefixed("layer1.2.conv1.weight") ? "a ResNet-34" : "a ResNet-18";
    if (prefixed("features.1.0.block.0.0.weight")) {
        for (const auto& [name, tensor] : sd)
            if (name.find("features.0.0.weight") != std::string::npos)
                return "an EfficientNet (stem width " + std::to_string(tensor.size(0)) + ")";
    }
    if (prefixed("features.1.conv.0.0.weight") && prefixed("features.18.0.weight"))
        return "a MobileNetV2";
    if (prefixed("features.2.conv_list.0.conv.weight")) {
        for (const auto& [name, tensor] : sd)
            if (name.find("features.0.conv.weight") != std::string::npos)
                return "an STDC (base " + std::to_string(tensor.size(0) * 2) + ")";
    }
    return "an unknown network";
}

ImportReport loadWeights(FaiClassifier& model, const io::StateDict& stateDict, WeightLayout layout,
                         const std::string& sourcePath, bool strictBackbone) {
    std::map<std::string, torch::Tensor> targets;
    for (const auto& item : model->named_parameters())
        targets[item.key()] = item.value();
    for (const auto& item : model->named_buffers())
        targets[item.key()] = item.value();

    ImportReport report;
    std::map<std::string, bool> loaded;
    torch::NoGradGuard noGrad;
    for (const auto& [key, source] : stateDict) {
        const std::string name = targetName(key, layout, *model);
        auto target = name.empty() ? targets.end() : targets.find(name);
        if (target == targets.end()) {
            report.unexpected.push_back(key);
            continue;
        }
        torch::Tensor value = source;
        // A reference 1x1-conv head [K, C, 1, 1] loads into a Linear [K, C] by reshape.
        if (value.dim() == 4 && target->second.dim() == 2 && value.size(2) == 1 &&
            value.size(3) == 1)
            value = value.flatten(1);
        if (value.sizes() != target->second.sizes()) {
            report.skipped.push_back(key + ": file " + shapeText(source) + " vs model " +
                                     shapeText(target->second));
            continue;
        }
        // Integers over floating-point weights (or the reverse) are a damaged or foreign file,
        // not a conversion to make.
        if (value.is_floating_point() != target->second.is_floating_point()) {
            report.skipped.push_back(key + ": file holds " + c10::toString(value.scalar_type()) +
                                     " values, the model " +
                                     c10::toString(target->second.scalar_type()));
            continue;
        }
        target->second.copy_(value.to(target->second.dtype()));
        loaded[name] = true;
        ++report.loadedTensors;
    }
    int backboneTotal = 0, backboneLoaded = 0;
    for (const auto& [name, tensor] : targets) {
        const bool isBackbone = startsWith(name, "backbone.");
        backboneTotal += isBackbone;
        if (loaded.count(name)) {
            backboneLoaded += isBackbone;
        } else {
            report.missing.push_back(name);
        }
    }
    const bool tooFew = backboneLoaded * 2 < backboneTotal;
    const bool incomplete = strictBackbone && backboneLoaded < backboneTotal;
    if (tooFew || incomplete) {
        std::ostringstream message;
        message << sourcePath << ": these weights do not fit the configured backbone ("
                << describeBackbone(model->config().backbone) << "): " << backboneLoaded << " of "
                << backboneTotal << " backbone tensors match; the file looks like "
                << describeWeights(stateDict) << ".";
        constexpr size_t kShown = 3;
        for (size_t i = 0; i < report.skipped.size() && i < kShown; ++i)
            message << "\n  mismatch: " << report.skipped[i];
        if (report.skipped.size() > kShown)
            message << "\n  ... and " << report.skipped.size() - kShown << " more mismatches";
        size_t missingBackbone = 0;
        for (const auto& name : report.missing) {
            if (!startsWith(name, "backbone."))
                continue;
            if (missingBackbone++ < kShown)
                message << "\n  missing: " << name;
        }
        if (missingBackbone > kShown)
            message << "\n  ... and " << missingBackbone - kShown << " more missing";
        throw EngineError(ErrorCode::ArchitectureMismatch, message.str());
    }
    return report;
}

}  // namespace faicls::nn
