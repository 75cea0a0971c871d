#pragma once

// The experiment of the GUI tests that train: STDC nano from scratch on 32 px pictures, small
// batches (seconds on the demo), float32 (tst_precision trains in bfloat16).

#include <nlohmann/json.hpp>

inline nlohmann::json tinyModel() {
    return {{"backbone_config", {{"model_type", "stdc"}, {"size", "nano"}, {"pretrained", ""}}},
            {"resolution", 32},
            {"features", "res4"},
            {"num_layers", 1}};
}

inline nlohmann::json tinyTrain(int epochs) {
    return {
        {"epochs", epochs},       {"batch_size", 32},      {"workers", 1}, {"warmup_epochs", 0.5},
        {"learning_rate", 0.002}, {"precision", "float32"}};  // the same figures on every processor
}
