#include "config/config_fields.h"

namespace faicls {
namespace {

using nlohmann::json;

template <typename Config>
ConfigField<Config> field(SchemaEntry entry, std::function<json(const Config&)> get,
                          std::function<void(Config&, const json&)> set) {
    entry.defaultValue = get(Config{});
    return ConfigField<Config>{std::move(entry), std::move(get), std::move(set)};
}

SchemaEntry entry(std::string key, std::string label, ValueKind kind, double minimum,
                  double maximum, std::vector<std::string> choices,
                  std::vector<std::string> backbones, std::string help) {
    SchemaEntry e;
    e.keyPath = std::move(key);
    e.label = std::move(label);
    e.kind = kind;
    e.minimum = minimum;
    e.maximum = maximum;
    e.choices = std::move(choices);
    e.backbones = std::move(backbones);
    e.help = std::move(help);
    return e;
}

json triple(const std::array<double, 3>& values) {
    return json::array({values[0], values[1], values[2]});
}
std::array<double, 3> tripleFrom(const json& j) {
    return {j[0].get<double>(), j[1].get<double>(), j[2].get<double>()};
}

}  // namespace

const std::vector<ConfigField<ModelConfig>>& modelFields() {
    using C = ModelConfig;
    static const std::vector<ConfigField<C>> fields = {
        field<C>(
            entry(
                "num_classes", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Classes"), ValueKind::Integer,
                1, 100000, {}, {},
                FAICLS_TRANSLATE_NOOP("ConfigSchema", "Number of classes; set from the dataset.")),
            [](const C& c) { return json(c.numClasses); },
            [](C& c, const json& v) { c.numClasses = v.get<int>(); }),
        field<C>(
            entry("backbone_config.model_type", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Backbone"),
                  ValueKind::Choice, 0, 0, {"resnet", "stdc", "efficientnet", "mobilenet_v2"}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Feature extractor family.")),
            [](const C& c) { return json(c.backbone.modelType); },
            [](C& c, const json& v) { c.backbone.modelType = v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.depth", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Depth"),
                  ValueKind::Integer, 18, 101, {"18", "34", "50", "101"}, {"resnet"},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "ResNet depth.")),
            [](const C& c) { return json(c.backbone.depth); },
            [](C& c, const json& v) { c.backbone.depth = v.get<int>(); }),
        field<C>(
            entry("backbone_config.variant", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Variant"),
                  ValueKind::Text, 0, 0, {}, {"resnet", "efficientnet"},
                  FAICLS_TRANSLATE_NOOP(
                      "ConfigSchema",
                      "ResNet: \"b\" (torchvision layout) or \"d\" (reference checkpoints). "
                      "EfficientNet: \"b0\" to \"b3\".")),
            [](const C& c) { return json(c.backbone.variant); },
            [](C& c, const json& v) { c.backbone.variant = v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.size", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Size"),
                  ValueKind::Choice, 0, 0, {"nano", "small", "large", ""}, {"stdc"},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "STDC size preset; empty uses base and layers.")),
            [](const C& c) { return json(c.backbone.size); },
            [](C& c, const json& v) { c.backbone.size = v.is_null() ? "" : v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.base", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Base width"),
                  ValueKind::Integer, 8, 256, {}, {"stdc"},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "STDC base width, used when no size preset is set.")),
            [](const C& c) { return json(c.backbone.stdcBase); },
            [](C& c, const json& v) { c.backbone.stdcBase = v.get<int>(); }),
        field<C>(
            entry("backbone_config.layers", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Stage layers"),
                  ValueKind::IntegerList, 0, 0, {"2,2,2", "4,5,3"}, {"stdc"},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "STDC blocks per stage, used when no size preset is set.")),
            [](const C& c) { return json(c.backbone.stdcLayers); },
            [](C& c, const json& v) { c.backbone.stdcLayers = v.get<std::vector<int>>(); }),
        field<C>(
            entry(
                "backbone_config.block_type", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Block type"),
                ValueKind::Choice, 0, 0, {"cat", "add"}, {"stdc"},
                FAICLS_TRANSLATE_NOOP(
                    "ConfigSchema", "STDC block: concatenation (reference default) or addition.")),
            [](const C& c) { return json(c.backbone.stdcBlockType); },
            [](C& c, const json& v) { c.backbone.stdcBlockType = v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.pretrained",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Pretrained weights"), ValueKind::FilePath,
                  0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "A weights catalogue name (such as resnet18-imagenet), "
                                        "a weights file (.pth), or empty to start from random "
                                        "weights.")),
            [](const C& c) { return json(c.backbone.pretrained); },
            [](C& c, const json& v) {
                c.backbone.pretrained = v.is_null() ? "" : v.get<std::string>();
            }),
        field<C>(
            entry(
                "resolution", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Resolution"),
                ValueKind::Resolution, 16, 2048, {}, {},
                FAICLS_TRANSLATE_NOOP("ConfigSchema", "Input side in pixels, or [height, width].")),
            [](const C& c) {
                return c.resolution.isSquare()
                           ? json(c.resolution.heightPx)
                           : json::array({c.resolution.heightPx, c.resolution.widthPx});
            },
            [](C& c, const json& v) {
                if (v.is_array()) {
                    c.resolution = {v[0].get<int>(), v[1].get<int>()};
                } else {
                    c.resolution = {v.get<int>(), v.get<int>()};
                }
            }),
        field<C>(
            entry("pixel_mean", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Pixel mean"),
                  ValueKind::NumberTriple, 0, 255, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Per-channel mean subtracted from RGB pixels (0..255).")),
            [](const C& c) { return triple(c.pixelMean); },
            [](C& c, const json& v) { c.pixelMean = tripleFrom(v); }),
        field<C>(
            entry("pixel_std", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Pixel std"),
                  ValueKind::NumberTriple, 1e-6, 255, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Per-channel divisor of RGB pixels (0..255).")),
            [](const C& c) { return triple(c.pixelStd); },
            [](C& c, const json& v) { c.pixelStd = tripleFrom(v); }),
        field<C>(
            entry("hidden_dim", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Hidden width"),
                  ValueKind::Integer, 1, 65536, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Hidden width of the two-layer head.")),
            [](const C& c) { return json(c.hiddenDim); },
            [](C& c, const json& v) { c.hiddenDim = v.get<int>(); }),
        field<C>(
            entry("dropout_rate", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Dropout"),
                  ValueKind::Number, 0, 0.99, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Dropout probability in the head.")),
            [](const C& c) { return json(c.dropoutRate); },
            [](C& c, const json& v) { c.dropoutRate = v.get<double>(); }),
        field<C>(
            entry("features", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Feature level"),
                  ValueKind::Choice, 0, 0, {"res2", "res3", "res4", "res5"}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Backbone level fed to the head.")),
            [](const C& c) { return json(c.features); },
            [](C& c, const json& v) { c.features = v.get<std::string>(); }),
        field<C>(
            entry(
                "num_layers", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Head layers"),
                ValueKind::Integer, 1, 2, {"1", "2"}, {},
                FAICLS_TRANSLATE_NOOP(
                    "ConfigSchema", "Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout).")),
            [](const C& c) { return json(c.numLayers); },
            [](C& c, const json& v) { c.numLayers = v.get<int>(); }),
        field<C>(
            entry("use_focal_loss", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Focal loss"),
                  ValueKind::Boolean, 0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP(
                      "ConfigSchema",
                      "Focal loss instead of cross-entropy / BCE (for imbalanced data).")),
            [](const C& c) { return json(c.useFocalLoss); },
            [](C& c, const json& v) { c.useFocalLoss = v.get<bool>(); }),
        field<C>(
            entry("focal_alpha", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Focal alpha"),
                  ValueKind::Number, 0, 1, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Focal loss alpha.")),
            [](const C& c) { return json(c.focalAlpha); },
            [](C& c, const json& v) { c.focalAlpha = v.get<double>(); }),
        field<C>(
            entry("focal_gamma", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Focal gamma"),
                  ValueKind::Number, 0, 10, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Focal loss gamma.")),
            [](const C& c) { return json(c.focalGamma); },
            [](C& c, const json& v) { c.focalGamma = v.get<double>(); }),
        field<C>(
            entry("label_smoothing", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Label smoothing"),
                  ValueKind::Number, 0, 0.99, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Label smoothing of the targets.")),
            [](const C& c) { return json(c.labelSmoothing); },
            [](C& c, const json& v) { c.labelSmoothing = v.get<double>(); }),
        field<C>(
            entry(
                "multi_label", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Multi-label"),
                ValueKind::Boolean, 0, 0, {}, {},
                FAICLS_TRANSLATE_NOOP(
                    "ConfigSchema",
                    "Several labels per image: sigmoid + BCE instead of softmax + cross-entropy.")),
            [](const C& c) { return json(c.multiLabel); },
            [](C& c, const json& v) { c.multiLabel = v.get<bool>(); }),
        field<C>(
            entry("pos_weight", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Positive weight"),
                  ValueKind::Number, 0, 1000, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Weight of positive labels in BCE (multi-label).")),
            [](const C& c) { return json(c.posWeight); },
            [](C& c, const json& v) { c.posWeight = v.get<double>(); }),
    };
    return fields;
}

const std::vector<ConfigField<TrainConfig>>& trainFields() {
    using C = TrainConfig;
    static const std::vector<ConfigField<C>> fields = {
        field<C>(
            entry("epochs", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Epochs"), ValueKind::Integer, 1,
                  100000, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Passes over the training split.")),
            [](const C& c) { return json(c.epochs); },
            [](C& c, const json& v) { c.epochs = v.get<int>(); }),
        field<C>(
            entry("batch_size", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Batch size"),
                  ValueKind::Integer, 1, 4096, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Images per step.")),
            [](const C& c) { return json(c.batchSize); },
            [](C& c, const json& v) { c.batchSize = v.get<int>(); }),
        field<C>(
            entry("learning_rate", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Learning rate"),
                  ValueKind::Number, 1e-8, 10, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Head learning rate.")),
            [](const C& c) { return json(c.learningRate); },
            [](C& c, const json& v) { c.learningRate = v.get<double>(); }),
        field<C>(
            entry("backbone_multiplier",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Backbone learning-rate factor"),
                  ValueKind::Number, 0, 10, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Backbone learning rate = learning rate x this. "
                                        "Automatic: 0.1 with pretrained weights, 1.0 without.")),
            [](const C& c) {
                return c.backboneMultiplier ? json(*c.backboneMultiplier) : json(nullptr);
            },
            [](C& c, const json& v) {
                c.backboneMultiplier =
                    v.is_null() ? std::nullopt : std::optional<double>(v.get<double>());
            }),
        field<C>(
            entry("freeze_backbone_epochs",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Train the head first (epochs)"),
                  ValueKind::Integer, 0, 100000, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "For the first N epochs the backbone stays fixed and "
                                        "only the head trains; then the whole network does.")),
            [](const C& c) { return json(c.freezeBackboneEpochs); },
            [](C& c, const json& v) { c.freezeBackboneEpochs = v.get<int>(); }),
        field<C>(
            entry("freeze_backbone", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Freeze the backbone"),
                  ValueKind::Boolean, 0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Keep the backbone's weights fixed for the whole run: "
                                        "only the head trains.")),
            [](const C& c) { return json(c.freezeBackbone); },
            [](C& c, const json& v) { c.freezeBackbone = v.get<bool>(); }),
        field<C>(
            entry("cache_features", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Cache the features"),
                  ValueKind::Boolean, 0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP(
                      "ConfigSchema",
                      "With a frozen backbone and no augmentation, compute each image's features "
                      "once and train the head on them: epochs take seconds.")),
            [](const C& c) { return json(c.cacheFeatures); },
            [](C& c, const json& v) { c.cacheFeatures = v.get<bool>(); }),
        field<C>(
            entry("optimizer", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Optimizer"),
                  ValueKind::Choice, 0, 0, {"adamw", "sgd"}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Optimiser.")),
            [](const C& c) { return json(c.optimizer); },
            [](C& c, const json& v) { c.optimizer = v.get<std::string>(); }),
        field<C>(
            entry("momentum", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Momentum"), ValueKind::Number,
                  0, 0.999, {}, {}, FAICLS_TRANSLATE_NOOP("ConfigSchema", "SGD momentum.")),
            [](const C& c) { return json(c.momentum); },
            [](C& c, const json& v) { c.momentum = v.get<double>(); }),
        field<C>(
            entry("nesterov", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Nesterov"), ValueKind::Boolean,
                  0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "SGD with Nesterov momentum.")),
            [](const C& c) { return json(c.nesterov); },
            [](C& c, const json& v) { c.nesterov = v.get<bool>(); }),
        field<C>(
            entry("weight_decay", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Weight decay"),
                  ValueKind::Number, 0, 1, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Weight decay (none on norm layers and biases).")),
            [](const C& c) { return json(c.weightDecay); },
            [](C& c, const json& v) { c.weightDecay = v.get<double>(); }),
        field<C>(
            entry("scheduler", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Scheduler"),
                  ValueKind::Choice, 0, 0, {"constant", "cosine", "step"}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Learning-rate schedule after warmup.")),
            [](const C& c) { return json(c.scheduler); },
            [](C& c, const json& v) { c.scheduler = v.get<std::string>(); }),
        field<C>(
            entry("warmup_epochs", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Warmup epochs"),
                  ValueKind::Number, 0, 1000, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Linear warmup length.")),
            [](const C& c) { return json(c.warmupEpochs); },
            [](C& c, const json& v) { c.warmupEpochs = v.get<double>(); }),
        field<C>(
            entry("clip_gradients", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Gradient clipping"),
                  ValueKind::Number, 0, 1e6, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Maximum gradient L2 norm, 0 = off.")),
            [](const C& c) { return json(c.clipGradients); },
            [](C& c, const json& v) { c.clipGradients = v.get<double>(); }),
        field<C>(
            entry(
                "early_stop", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Early stopping"),
                ValueKind::Boolean, 0, 0, {}, {},
                FAICLS_TRANSLATE_NOOP("ConfigSchema", "Stop when validation F1 stops improving.")),
            [](const C& c) { return json(c.earlyStop); },
            [](C& c, const json& v) { c.earlyStop = v.get<bool>(); }),
        field<C>(
            entry("patience", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Patience"), ValueKind::Integer,
                  1, 100000, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Evaluations without improvement before early stopping.")),
            [](const C& c) { return json(c.patience); },
            [](C& c, const json& v) { c.patience = v.get<int>(); }),
        field<C>(
            entry("eval_period", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Evaluation period"),
                  ValueKind::Integer, 1, 100000, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Evaluate every N epochs.")),
            [](const C& c) { return json(c.evalPeriod); },
            [](C& c, const json& v) { c.evalPeriod = v.get<int>(); }),
        field<C>(
            entry("class_balancing", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Class balancing"),
                  ValueKind::Choice, 0, 0, {"none", "weights", "sampler"}, {},
                  FAICLS_TRANSLATE_NOOP(
                      "ConfigSchema",
                      "Counter class imbalance with loss weights or a balanced sampler.")),
            [](const C& c) { return json(c.classBalancing); },
            [](C& c, const json& v) { c.classBalancing = v.get<std::string>(); }),
        field<C>(
            entry("augmentation.scale_jitter",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Scale jitter"), ValueKind::Boolean, 0, 0,
                  {}, {},
                  FAICLS_TRANSLATE_NOOP(
                      "ConfigSchema",
                      "Shortest-edge scale jitter and random crop (reference default).")),
            [](const C& c) { return json(c.augmentation.scaleJitter); },
            [](C& c, const json& v) { c.augmentation.scaleJitter = v.get<bool>(); }),
        field<C>(
            entry("augmentation.random_resized_crop",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Random resized crop"), ValueKind::Boolean,
                  0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Random resized crop instead of scale jitter.")),
            [](const C& c) { return json(c.augmentation.randomResizedCrop); },
            [](C& c, const json& v) { c.augmentation.randomResizedCrop = v.get<bool>(); }),
        field<C>(
            entry("augmentation.horizontal_flip",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Horizontal flip"), ValueKind::Number, 0, 1,
                  {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Probability of a horizontal flip.")),
            [](const C& c) { return json(c.augmentation.horizontalFlip); },
            [](C& c, const json& v) { c.augmentation.horizontalFlip = v.get<double>(); }),
        field<C>(
            entry("augmentation.color_jitter",
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Color jitter"), ValueKind::Number, 0, 2,
                  {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Colour jitter strength, 0 = off.")),
            [](const C& c) { return json(c.augmentation.colorJitter); },
            [](C& c, const json& v) { c.augmentation.colorJitter = v.get<double>(); }),
        field<C>(
            entry("amp_enabled", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Mixed precision (CUDA)"),
                  ValueKind::Boolean, 0, 0, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "Mixed precision (fp16) on CUDA when the precision is "
                                        "automatic.")),
            [](const C& c) { return json(c.ampEnabled); },
            [](C& c, const json& v) { c.ampEnabled = v.get<bool>(); }),
        field<C>(
            entry("precision", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Precision"),
                  ValueKind::Choice, 0, 0, {"auto", "float32", "bfloat16", "float16"}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "What convolutions compute in: auto is bfloat16 on a CPU "
                                        "with native bfloat16, float16 on CUDA, else float32.")),
            [](const C& c) { return json(c.precision); },
            [](C& c, const json& v) { c.precision = v.get<std::string>(); }),
        field<C>(
            entry("device", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Device"), ValueKind::Text, 0, 0,
                  {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema",
                                        "\"auto\", \"cpu\", \"cuda\" or \"cuda:N\".")),
            [](const C& c) { return json(c.device); },
            [](C& c, const json& v) { c.device = v.get<std::string>(); }),
        field<C>(
            entry("workers", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Decoding threads"),
                  ValueKind::Integer, 0, 256, {}, {},
                  FAICLS_TRANSLATE_NOOP("ConfigSchema", "Image decode threads, 0 = one per core.")),
            [](const C& c) { return json(c.workers); },
            [](C& c, const json& v) { c.workers = v.get<int>(); }),
        field<C>(
            entry("seed", FAICLS_TRANSLATE_NOOP("ConfigSchema", "Seed"), ValueKind::Integer, 0,
                  2147483647, {}, {}, FAICLS_TRANSLATE_NOOP("ConfigSchema", "Random seed.")),
            [](const C& c) { return json(c.seed); },
            [](C& c, const json& v) { c.seed = v.get<int>(); }),
    };
    return fields;
}

namespace {
template <typename Config>
std::vector<SchemaEntry> entriesOf(const std::vector<ConfigField<Config>>& fields) {
    std::vector<SchemaEntry> entries;
    for (const auto& f : fields)
        entries.push_back(f.entry);
    return entries;
}
}  // namespace

const std::vector<SchemaEntry>& modelSchema() {
    static const std::vector<SchemaEntry> entries = entriesOf(modelFields());
    return entries;
}

const std::vector<SchemaEntry>& trainSchema() {
    static const std::vector<SchemaEntry> entries = entriesOf(trainFields());
    return entries;
}

}  // namespace faicls
