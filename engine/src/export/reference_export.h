#pragma once

#include <string>

#include "faicls/model_bundle.h"
#include "nn/fai_classifier.h"

namespace faicls::exporting {

/// The two files a FocoosAI reference user loads: `model_final.pth` (`{"model": state_dict}`
/// with the reference key names, the head as 1x1 convolutions) and `model_info.json` (reference
/// ModelInfo fields, a config the reference accepts). STDC and ResNet-d backbones only: the
/// reference has no torchvision-layout networks. Both written atomically into `folder`.
void writeReferenceCheckpoint(const nn::FaiClassifier& model, const BundleInfo& info,
                              const std::string& folder);

}  // namespace faicls::exporting
