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

SchemaEntry entry(std::string key, ValueKind kind, double minimum, double maximum,
                  std::vector<std::string> choices, std::vector<std::string> backbones,
                  std::string help) {
    SchemaEntry e;
    e.keyPath = std::move(key);
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
            entry("num_classes", ValueKind::Integer, 1, 100000, {}, {},
                  "Number of classes; set from the dataset."),
            [](const C& c) { return json(c.numClasses); },
            [](C& c, const json& v) { c.numClasses = v.get<int>(); }),
        field<C>(
            entry("backbone_config.model_type", ValueKind::Choice, 0, 0,
                  {"resnet", "stdc", "efficientnet"}, {}, "Feature extractor family."),
            [](const C& c) { return json(c.backbone.modelType); },
            [](C& c, const json& v) { c.backbone.modelType = v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.depth", ValueKind::Integer, 18, 101, {"18", "34", "50", "101"},
                  {"resnet"}, "ResNet depth."),
            [](const C& c) { return json(c.backbone.depth); },
            [](C& c, const json& v) { c.backbone.depth = v.get<int>(); }),
        field<C>(
            entry("backbone_config.variant", ValueKind::Text, 0, 0, {}, {"resnet", "efficientnet"},
                  "ResNet: \"b\" (torchvision layout) or \"d\" (reference checkpoints). "
                  "EfficientNet: \"b0\" to \"b3\"."),
            [](const C& c) { return json(c.backbone.variant); },
            [](C& c, const json& v) { c.backbone.variant = v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.size", ValueKind::Choice, 0, 0, {"nano", "small", "large", ""},
                  {"stdc"}, "STDC size preset; empty uses base and layers."),
            [](const C& c) { return json(c.backbone.size); },
            [](C& c, const json& v) { c.backbone.size = v.is_null() ? "" : v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.base", ValueKind::Integer, 8, 256, {}, {"stdc"},
                  "STDC base width, used when no size preset is set."),
            [](const C& c) { return json(c.backbone.stdcBase); },
            [](C& c, const json& v) { c.backbone.stdcBase = v.get<int>(); }),
        field<C>(
            entry("backbone_config.layers", ValueKind::IntegerList, 0, 0, {"2,2,2", "4,5,3"},
                  {"stdc"}, "STDC blocks per stage, used when no size preset is set."),
            [](const C& c) { return json(c.backbone.stdcLayers); },
            [](C& c, const json& v) { c.backbone.stdcLayers = v.get<std::vector<int>>(); }),
        field<C>(
            entry("backbone_config.block_type", ValueKind::Choice, 0, 0, {"cat", "add"}, {"stdc"},
                  "STDC block: concatenation (reference default) or addition."),
            [](const C& c) { return json(c.backbone.stdcBlockType); },
            [](C& c, const json& v) { c.backbone.stdcBlockType = v.get<std::string>(); }),
        field<C>(
            entry("backbone_config.weights", ValueKind::Text, 0, 0, {}, {},
                  "Optional pretrained backbone weights (.pth file)."),
            [](const C& c) { return json(c.backbone.weights); },
            [](C& c, const json& v) {
                c.backbone.weights = v.is_null() ? "" : v.get<std::string>();
            }),
        field<C>(
            entry("resolution", ValueKind::Resolution, 16, 2048, {}, {},
                  "Input side in pixels, or [height, width]."),
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
            entry("pixel_mean", ValueKind::NumberTriple, 0, 255, {}, {},
                  "Per-channel mean subtracted from RGB pixels (0..255)."),
            [](const C& c) { return triple(c.pixelMean); },
            [](C& c, const json& v) { c.pixelMean = tripleFrom(v); }),
        field<C>(
            entry("pixel_std", ValueKind::NumberTriple, 1e-6, 255, {}, {},
                  "Per-channel divisor of RGB pixels (0..255)."),
            [](const C& c) { return triple(c.pixelStd); },
            [](C& c, const json& v) { c.pixelStd = tripleFrom(v); }),
        field<C>(
            entry("hidden_dim", ValueKind::Integer, 1, 65536, {}, {},
                  "Hidden width of the two-layer head."),
            [](const C& c) { return json(c.hiddenDim); },
            [](C& c, const json& v) { c.hiddenDim = v.get<int>(); }),
        field<C>(
            entry("dropout_rate", ValueKind::Number, 0, 0.99, {}, {},
                  "Dropout probability in the head."),
            [](const C& c) { return json(c.dropoutRate); },
            [](C& c, const json& v) { c.dropoutRate = v.get<double>(); }),
        field<C>(
            entry("features", ValueKind::Choice, 0, 0, {"res2", "res3", "res4", "res5"}, {},
                  "Backbone level fed to the head."),
            [](const C& c) { return json(c.features); },
            [](C& c, const json& v) { c.features = v.get<std::string>(); }),
        field<C>(
            entry("num_layers", ValueKind::Integer, 1, 2, {"1", "2"}, {},
                  "Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout)."),
            [](const C& c) { return json(c.numLayers); },
            [](C& c, const json& v) { c.numLayers = v.get<int>(); }),
        field<C>(
            entry("use_focal_loss", ValueKind::Boolean, 0, 0, {}, {},
                  "Focal loss instead of cross-entropy / BCE (for imbalanced data)."),
            [](const C& c) { return json(c.useFocalLoss); },
            [](C& c, const json& v) { c.useFocalLoss = v.get<bool>(); }),
        field<C>(
            entry("focal_alpha", ValueKind::Number, 0, 1, {}, {}, "Focal loss alpha."),
            [](const C& c) { return json(c.focalAlpha); },
            [](C& c, const json& v) { c.focalAlpha = v.get<double>(); }),
        field<C>(
            entry("focal_gamma", ValueKind::Number, 0, 10, {}, {}, "Focal loss gamma."),
            [](const C& c) { return json(c.focalGamma); },
            [](C& c, const json& v) { c.focalGamma = v.get<double>(); }),
        field<C>(
            entry("label_smoothing", ValueKind::Number, 0, 0.99, {}, {},
                  "Label smoothing of the targets."),
            [](const C& c) { return json(c.labelSmoothing); },
            [](C& c, const json& v) { c.labelSmoothing = v.get<double>(); }),
        field<C>(
            entry("multi_label", ValueKind::Boolean, 0, 0, {}, {},
                  "Several labels per image: sigmoid + BCE instead of softmax + cross-entropy."),
            [](const C& c) { return json(c.multiLabel); },
            [](C& c, const json& v) { c.multiLabel = v.get<bool>(); }),
        field<C>(
            entry("pos_weight", ValueKind::Number, 0, 1000, {}, {},
                  "Weight of positive labels in BCE (multi-label)."),
            [](const C& c) { return json(c.posWeight); },
            [](C& c, const json& v) { c.posWeight = v.get<double>(); }),
    };
    return fields;
}

const std::vector<ConfigField<TrainConfig>>& trainFields() {
    using C = TrainConfig;
    static const std::vector<ConfigField<C>> fields = {
        field<C>(
            entry("epochs", ValueKind::Integer, 1, 100000, {}, {},
                  "Passes over the training split."),
            [](const C& c) { return json(c.epochs); },
            [](C& c, const json& v) { c.epochs = v.get<int>(); }),
        field<C>(
            entry("batch_size", ValueKind::Integer, 1, 4096, {}, {}, "Images per step."),
            [](const C& c) { return json(c.batchSize); },
            [](C& c, const json& v) { c.batchSize = v.get<int>(); }),
        field<C>(
            entry("learning_rate", ValueKind::Number, 1e-8, 10, {}, {}, "Head learning rate."),
            [](const C& c) { return json(c.learningRate); },
            [](C& c, const json& v) { c.learningRate = v.get<double>(); }),
        field<C>(
            entry("backbone_multiplier", ValueKind::Number, 0, 10, {}, {},
                  "Backbone learning rate = learning rate x this."),
            [](const C& c) { return json(c.backboneMultiplier); },
            [](C& c, const json& v) { c.backboneMultiplier = v.get<double>(); }),
        field<C>(
            entry("optimizer", ValueKind::Choice, 0, 0, {"adamw", "sgd"}, {}, "Optimiser."),
            [](const C& c) { return json(c.optimizer); },
            [](C& c, const json& v) { c.optimizer = v.get<std::string>(); }),
        field<C>(
            entry("momentum", ValueKind::Number, 0, 0.999, {}, {}, "SGD momentum."),
            [](const C& c) { return json(c.momentum); },
            [](C& c, const json& v) { c.momentum = v.get<double>(); }),
        field<C>(
            entry("nesterov", ValueKind::Boolean, 0, 0, {}, {}, "SGD with Nesterov momentum."),
            [](const C& c) { return json(c.nesterov); },
            [](C& c, const json& v) { c.nesterov = v.get<bool>(); }),
        field<C>(
            entry("weight_decay", ValueKind::Number, 0, 1, {}, {},
                  "Weight decay (none on norm layers and biases)."),
            [](const C& c) { return json(c.weightDecay); },
            [](C& c, const json& v) { c.weightDecay = v.get<double>(); }),
        field<C>(
            entry("scheduler", ValueKind::Choice, 0, 0, {"constant", "cosine", "step"}, {},
                  "Learning-rate schedule after warmup."),
            [](const C& c) { return json(c.scheduler); },
            [](C& c, const json& v) { c.scheduler = v.get<std::string>(); }),
        field<C>(
            entry("warmup_epochs", ValueKind::Number, 0, 1000, {}, {}, "Linear warmup length."),
            [](const C& c) { return json(c.warmupEpochs); },
            [](C& c, const json& v) { c.warmupEpochs = v.get<double>(); }),
        field<C>(
            entry("clip_gradients", ValueKind::Number, 0, 1e6, {}, {},
                  "Maximum gradient L2 norm, 0 = off."),
            [](const C& c) { return json(c.clipGradients); },
            [](C& c, const json& v) { c.clipGradients = v.get<double>(); }),
        field<C>(
            entry("early_stop", ValueKind::Boolean, 0, 0, {}, {},
                  "Stop when validation F1 stops improving."),
            [](const C& c) { return json(c.earlyStop); },
            [](C& c, const json& v) { c.earlyStop = v.get<bool>(); }),
        field<C>(
            entry("patience", ValueKind::Integer, 1, 100000, {}, {},
                  "Evaluations without improvement before early stopping."),
            [](const C& c) { return json(c.patience); },
            [](C& c, const json& v) { c.patience = v.get<int>(); }),
        field<C>(
            entry("eval_period", ValueKind::Integer, 1, 100000, {}, {}, "Evaluate every N epochs."),
            [](const C& c) { return json(c.evalPeriod); },
            [](C& c, const json& v) { c.evalPeriod = v.get<int>(); }),
        field<C>(
            entry("class_balancing", ValueKind::Choice, 0, 0, {"none", "weights", "sampler"}, {},
                  "Counter class imbalance with loss weights or a balanced sampler."),
            [](const C& c) { return json(c.classBalancing); },
            [](C& c, const json& v) { c.classBalancing = v.get<std::string>(); }),
        field<C>(
            entry("augmentation.scale_jitter", ValueKind::Boolean, 0, 0, {}, {},
                  "Shortest-edge scale jitter and random crop (reference default)."),
            [](const C& c) { return json(c.augmentation.scaleJitter); },
            [](C& c, const json& v) { c.augmentation.scaleJitter = v.get<bool>(); }),
        field<C>(
            entry("augmentation.random_resized_crop", ValueKind::Boolean, 0, 0, {}, {},
                  "Random resized crop instead of scale jitter."),
            [](const C& c) { return json(c.augmentation.randomResizedCrop); },
            [](C& c, const json& v) { c.augmentation.randomResizedCrop = v.get<bool>(); }),
        field<C>(
            entry("augmentation.horizontal_flip", ValueKind::Number, 0, 1, {}, {},
                  "Probability of a horizontal flip."),
            [](const C& c) { return json(c.augmentation.horizontalFlip); },
            [](C& c, const json& v) { c.augmentation.horizontalFlip = v.get<double>(); }),
        field<C>(
            entry("augmentation.color_jitter", ValueKind::Number, 0, 2, {}, {},
                  "Colour jitter strength, 0 = off."),
            [](const C& c) { return json(c.augmentation.colorJitter); },
            [](C& c, const json& v) { c.augmentation.colorJitter = v.get<double>(); }),
        field<C>(
            entry("amp_enabled", ValueKind::Boolean, 0, 0, {}, {},
                  "Mixed precision (fp16) on CUDA."),
            [](const C& c) { return json(c.ampEnabled); },
            [](C& c, const json& v) { c.ampEnabled = v.get<bool>(); }),
        field<C>(
            entry("device", ValueKind::Text, 0, 0, {}, {},
                  "\"auto\", \"cpu\", \"cuda\" or \"cuda:N\"."),
            [](const C& c) { return json(c.device); },
            [](C& c, const json& v) { c.device = v.get<std::string>(); }),
        field<C>(
            entry("workers", ValueKind::Integer, 0, 256, {}, {},
                  "Image decode threads, 0 = one per core."),
            [](const C& c) { return json(c.workers); },
            [](C& c, const json& v) { c.workers = v.get<int>(); }),
        field<C>(
            entry("seed", ValueKind::Integer, 0, 2147483647, {}, {}, "Random seed."),
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
