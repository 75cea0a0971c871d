#pragma once

#include "faicls/model_import.h"
#include "nn/fai_classifier.h"

namespace faicls {

/// Builds the network a config describes. When `backbone.pretrained` names weights (a file, or a
/// downloaded catalogue entry: locatePretrained()), its tensors are
/// loaded: a torchvision state dict (the whole backbone must fit), a reference checkpoint or a
/// bundle (mismatched shapes skipped, e.g. a head for another class count). The layout is told
/// from the key names. `report`, when given, says what was loaded. Throws EngineError naming
/// the file.
nn::FaiClassifier buildModel(const ModelConfig& config, ImportReport* report = nullptr);

}  // namespace faicls
