#pragma once

#include <string>
#include <vector>

#include "faicls/model_import.h"
#include "io/torch_file_reader.h"
#include "nn/fai_classifier.h"

namespace faicls::nn {

/// How a state dict names its tensors.
enum class WeightLayout {
    Torchvision,  ///< bare backbone names (`layer1.0.conv1.weight`) + `fc.*` / `classifier.1.*`
    Reference,    ///< `backbone.*` + `cls_head.classifier.{1,2,4}.*` (1x1 conv head)
    Bundle        ///< our own names: `backbone.*` + `head.*`
};

/// Guesses the layout from the key names.
WeightLayout detectLayout(const io::StateDict& stateDict);

/// Copies matching tensors into `model` (no grad). `strictBackbone`: every backbone tensor must
/// be present with its shape (torchvision import). Otherwise shape mismatches are skipped and
/// reported, and the import fails only when less than half of the backbone matches. Throws
/// EngineError(ArchitectureMismatch) naming `sourcePath` and the first mismatches.
ImportReport loadWeights(FaiClassifier& model, const io::StateDict& stateDict, WeightLayout layout,
                         const std::string& sourcePath, bool strictBackbone);

/// "ResNet-18", "ResNet-50-d", "STDC small", "EfficientNet-B0".
std::string describeBackbone(const BackboneConfig& backbone);

/// A short guess at what network a state dict belongs to ("torchvision ResNet-50"), for errors.
std::string describeWeights(const io::StateDict& stateDict);

}  // namespace faicls::nn
