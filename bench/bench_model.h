#pragma once

// The networks the benchmarks compare with PyTorch, by the names their scripts use.

#include <string>

#include "faicls/model_config.h"

namespace faicls::bench {

/// "resnet18", "efficientnet_b0", anything else STDC-small: 10 classes, res5, 1-layer head.
inline ModelConfig benchModel(const std::string& name) {
    ModelConfig config;
    config.numClasses = 10;
    config.numLayers = 1;
    config.features = "res5";
    if (name == "resnet18") {
        config.backbone.modelType = "resnet";
        config.backbone.depth = 18;
    } else if (name == "efficientnet_b0") {
        config.backbone.modelType = "efficientnet";
        config.backbone.variant = "b0";
    } else {
        config.backbone.modelType = "stdc";
        config.backbone.size = "small";
    }
    return config;
}

}  // namespace faicls::bench
