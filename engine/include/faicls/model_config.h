#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace faicls {

/// The feature extractor. Which fields matter depends on `modelType`.
struct BackboneConfig {
    std::string modelType = "stdc";  ///< "resnet", "stdc" or "efficientnet"
    int depth = 50;                  ///< resnet: 18, 34, 50, 101
    /// resnet: "b" (torchvision layout, the default) or "d" (the reference's ResNet-d with frozen
    /// BatchNorm, for its checkpoints); efficientnet: "b0".."b3" (default "b0").
    /// Empty means the family's default.
    std::string variant;
    std::string size = "small";  ///< stdc: "nano", "small", "large" ("" = custom base/layers)
    int stdcBase = 64;           ///< stdc without a size preset (key `base`)
    std::vector<int> stdcLayers = {2, 2, 2};  ///< stdc without a size preset (key `layers`)
    std::string stdcBlockType = "cat";        ///< stdc: "cat" or "add" (key `block_type`)
    /// Pretrained weights: "" (none), a weights catalogue name ("resnet18-imagenet") or a file
    /// (.pth state dict, reference checkpoint or .faicls bundle). See pretrainedKind().
    std::string pretrained;
};

/// Square (`heightPx == widthPx`) or rectangular network input size.
struct Resolution {
    int heightPx = 224;
    int widthPx = 224;
    bool isSquare() const { return heightPx == widthPx; }
};

/// The FAI-CLS network: backbone + MLP head + loss. JSON keys follow the seed and the reference
/// `ClassificationConfig` (see product spec section 1).
struct ModelConfig {
    int numClasses = 0;  ///< 0 until a dataset or a checkpoint sets it
    BackboneConfig backbone;
    Resolution resolution;
    std::array<double, 3> pixelMean = {123.675, 116.28, 103.53};  ///< RGB, 0..255 space
    std::array<double, 3> pixelStd = {58.395, 57.12, 57.375};
    int hiddenDim = 512;
    double dropoutRate = 0.2;
    std::string features = "res5";
    int numLayers = 2;
    bool useFocalLoss = false;
    double focalAlpha = 0.75;
    double focalGamma = 2.0;
    double labelSmoothing = 0.0;
    bool multiLabel = false;
    double posWeight = 1.0;
};

/// Training data augmentation (reference defaults, spec section 3).
struct AugmentationConfig {
    bool scaleJitter = true;         ///< shortest-edge jitter 2^-0.5 .. 2^0.5, then random crop
    bool randomResizedCrop = false;  ///< torchvision-style alternative to scale jitter
    double horizontalFlip = 0.5;     ///< probability
    double colorJitter = 1.0;        ///< strength, 0 = off (reference ColorAugSSD scale)
    bool isOff() const {
        return !scaleJitter && !randomResizedCrop && horizontalFlip == 0 && colorJitter == 0;
    }
};

/// The training recipe (spec section 1, second table).
struct TrainConfig {
    int epochs = 30;
    int batchSize = 16;
    double learningRate = 5e-4;
    /// Backbone learning rate = learningRate x this; unset: effectiveBackboneMultiplier().
    std::optional<double> backboneMultiplier;
    int freezeBackboneEpochs = 0;  ///< the head alone trains for this many epochs first
    bool freezeBackbone = false;   ///< the head alone trains for the whole run
    /// With the backbone frozen for the whole run and augmentation off: features computed once,
    /// the head trained on them (usesFeatureCache()).
    bool cacheFeatures = true;
    std::string optimizer = "adamw";  ///< "adamw" or "sgd"
    bool nesterov = false;            ///< sgd only
    double momentum = 0.9;            ///< sgd only
    double weightDecay = 0.02;
    std::string scheduler = "cosine";  ///< "constant", "cosine", "step"
    double warmupEpochs = 1;
    double clipGradients = 0.1;  ///< max gradient L2 norm, 0 = off
    bool earlyStop = true;
    int patience = 10;
    int evalPeriod = 1;
    std::string classBalancing = "none";  ///< "none", "weights", "sampler"
    AugmentationConfig augmentation;
    bool ampEnabled = true;  ///< float16 autocast when `precision` is "auto" on CUDA
    /// "auto", "float32", "bfloat16" or "float16": what convolutions and matrix products compute
    /// in (choosePrecision() in faicls/precision.h says what auto means where).
    std::string precision = "auto";
    std::string device = "auto";  ///< "auto", "cpu", "cuda", "cuda:N"
    int workers = 0;              ///< decode threads, 0 = one per core
    int seed = 42;
};

/// Whether a training computes the features once and trains the head on them: the backbone
/// frozen for the whole run, augmentation off (so each image's features never change), and
/// `cacheFeatures` on.
inline bool usesFeatureCache(const TrainConfig& train) {
    return train.freezeBackbone && train.augmentation.isOff() && train.cacheFeatures;
}

/// Whether the backbone is fixed during `epoch` (1-based).
inline bool backboneFrozenIn(const TrainConfig& train, int epoch) {
    return train.freezeBackbone || epoch <= train.freezeBackboneEpochs;
}

/// A whole experiment file: `{"model": {...}, "train": {...}}`.
struct ExperimentConfig {
    ModelConfig model;
    TrainConfig train;
};

}  // namespace faicls
