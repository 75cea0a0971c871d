#include "faicls/trainer.h"

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "data/data_loader.h"
#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/metrics_json.h"
#include "faicls/version.h"
#include "infer/bundle_file.h"
#include "io/atomic_file.h"
#include "io/json_file.h"
#include "nn/model_factory.h"
#include "nn/weight_import.h"
#include "runtime/compute_device.h"
#include "train/class_balance.h"
#include "train/early_stopping.h"
#include "train/learning_rate_schedule.h"
#include "train/mixed_precision.h"

namespace faicls {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

// Convolutions run faster channels-last on the CPU (oneDNN): measured in bench/train_step.sh,
// ResNet-18 +2-8%, STDC-small +27-36% per train step (2 cores).
bool useChannelsLast(const torch::Device& device) {
    return device.is_cpu();
}

void toChannelsLast(nn::FaiClassifier& model) {
    for (auto& parameter : model->parameters())
        if (parameter.dim() == 4)
            parameter.set_data(parameter.contiguous(torch::MemoryFormat::ChannelsLast));
}

// On CUDA the loader hands over pinned batches, so the copy overlaps with compute.
torch::Tensor onDevice(const torch::Tensor& images, const torch::Device& device) {
    return useChannelsLast(device) ? images.contiguous(torch::MemoryFormat::ChannelsLast)
                                   : images.to(device, /*non_blocking=*/true);
}

struct Evaluation {
    EvaluationMetrics metrics;
    double loss = 0;
    std::vector<float> scores;      ///< images x classes, in `positions` order
    std::vector<size_t> positions;  ///< dataset positions of the evaluated images
};

// `threshold`: the multi-label decision threshold (the reference's 0.5 during training, the
// bundle's tuned one when evaluating a bundle).
Evaluation evaluate(nn::FaiClassifier& model, data::DataLoader& loader, const DatasetIndex& dataset,
                    const torch::Device& device, const std::atomic<bool>& cancelled,
                    bool mixedPrecision, double threshold = 0.5) {
    model->eval();
    torch::NoGradGuard noGrad;
    std::vector<float> scores;
    std::vector<int> labels;
    std::vector<uint8_t> multiHot;
    std::vector<size_t> positions;
    double lossSum = 0;
    int64_t images = 0;
    loader.startEpoch(0);
    while (auto batch = loader.next()) {
        if (cancelled)
            break;
        const auto inputs = onDevice(batch->images, device);
        const auto targets = batch->targets.to(device);
        torch::Tensor logits;
        {
            train::CudaAutocast autocast(mixedPrecision);
            logits = model->forward(inputs).to(torch::kFloat);
        }
        lossSum += nn::classificationLoss(logits, targets, model->lossOptions()).item<double>() *
                   inputs.size(0);
        images += inputs.size(0);
        const auto probabilities =
            (dataset.multiLabel ? torch::sigmoid(logits) : torch::softmax(logits, 1))
                .to(torch::kCPU)
                .contiguous();
        scores.insert(scores.end(), probabilities.data_ptr<float>(),
                      probabilities.data_ptr<float>() + probabilities.numel());
        positions.insert(positions.end(), batch->positions.begin(), batch->positions.end());
        const auto cpuTargets = batch->targets.contiguous();
        if (dataset.multiLabel) {
            const float* t = cpuTargets.data_ptr<float>();
            for (int64_t i = 0; i < cpuTargets.numel(); ++i)
                multiHot.push_back(t[i] > 0.5f);
        } else {
            const int64_t* t = cpuTargets.data_ptr<int64_t>();
            for (int64_t i = 0; i < cpuTargets.numel(); ++i)
                labels.push_back(static_cast<int>(t[i]));
        }
    }
    Evaluation result;
    result.loss = images > 0 ? lossSum / images : 0;
    if (images > 0)
        result.metrics = dataset.multiLabel
                             ? multiLabelMetrics(scores, multiHot, dataset.classNames, threshold)
                             : singleLabelMetrics(scores, labels, dataset.classNames);
    result.scores = std::move(scores);
    result.positions = std::move(positions);
    return result;
}

// Backbone/head x decay/no-decay: no weight decay on biases and norm weights (1-D tensors).
template <typename Options>
std::vector<torch::optim::OptimizerParamGroup> parameterGroups(const nn::FaiClassifier& model,
                                                               const TrainConfig& train,
                                                               const Options& prototype,
                                                               std::vector<double>& baseRates) {
    std::array<std::vector<torch::Tensor>, 4> grouped;
    for (const auto& item : model->named_parameters()) {
        if (!item.value().requires_grad())
            continue;
        const bool backbone = item.key().rfind("backbone.", 0) == 0;
        const bool noDecay = item.value().dim() <= 1;
        grouped[static_cast<size_t>(backbone) * 2 + static_cast<size_t>(noDecay)].push_back(
            item.value());
    }
    std::vector<torch::optim::OptimizerParamGroup> groups;
    for (size_t g = 0; g < grouped.size(); ++g) {
        if (grouped[g].empty())
            continue;
        const bool backbone = g >= 2;
        const bool noDecay = g % 2 == 1;
        auto options = std::make_unique<Options>(prototype);
        const double rate = train.learningRate * (backbone ? train.backboneMultiplier : 1.0);
        options->lr(rate);
        options->weight_decay(noDecay ? 0.0 : train.weightDecay);
        baseRates.push_back(rate);
        groups.emplace_back(grouped[g], std::move(options));
    }
    return groups;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const nn::FaiClassifier& model,
                                                       const TrainConfig& train,
                                                       std::vector<double>& baseRates) {
    if (train.optimizer == "sgd") {
        auto prototype = torch::optim::SGDOptions(train.learningRate)
                             .momentum(train.momentum)
                             .nesterov(train.nesterov);
        return std::make_unique<torch::optim::SGD>(
            parameterGroups(model, train, prototype, baseRates), prototype);
    }
    auto prototype = torch::optim::AdamWOptions(train.learningRate);
    return std::make_unique<torch::optim::AdamW>(
        parameterGroups(model, train, prototype, baseRates), prototype);
}

void setLearningRates(torch::optim::Optimizer& optimizer, const std::vector<double>& baseRates,
                      double factor) {
    auto& groups = optimizer.param_groups();
    for (size_t g = 0; g < groups.size(); ++g)
        groups[g].options().set_lr(baseRates[g] * factor);
}

}  // namespace

struct Trainer::Impl {
    TrainingRequest request;
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable pauseChanged;
    bool paused = false;
    data::DataLoader* activeLoader = nullptr;

    void waitWhilePaused() {
        std::unique_lock<std::mutex> lock(mutex);
        pauseChanged.wait(lock, [&] { return !paused || cancelled; });
    }
};

Trainer::Trainer(TrainingRequest request) : m_impl(std::make_unique<Impl>()) {
    m_impl->request = std::move(request);
}
Trainer::~Trainer() = default;

void Trainer::cancel() {
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    m_impl->cancelled = true;
    if (m_impl->activeLoader)
        m_impl->activeLoader->cancel();
    m_impl->pauseChanged.notify_all();
}

void Trainer::pause() {
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    m_impl->paused = true;
}

void Trainer::resume() {
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    m_impl->paused = false;
    m_impl->pauseChanged.notify_all();
}

TrainingSummary Trainer::run(TrainingListener* listener) {
    TrainingListener silent;
    TrainingListener& out = listener ? *listener : silent;
    TrainingRequest& request = m_impl->request;
    const TrainConfig& train = request.config.train;

    const fs::path run(request.runFolder);
    json state;
    if (request.resume) {
        if (!fs::exists(run / "trainer_state.json"))
            throw EngineError(
                ErrorCode::FileNotFound,
                request.runFolder + ": nothing to resume (no finished epoch in this run folder)");
        state = io::readJsonFile((run / "trainer_state.json").string());
        const auto saved = loadExperimentConfigFile((run / "config.json").string());
        if (!saved.ok())
            throw EngineError(ErrorCode::InvalidConfig,
                              (run / "config.json").string() + ":\n" + formatIssues(saved.errors));
        request.config = saved.config;
        if (request.resumeEpochs > 0)
            request.config.train.epochs = request.resumeEpochs;
        if (request.datasetRoot.empty())
            request.datasetRoot = state.value("dataset", "");
    }
    if (const auto issues = validate(train); !issues.empty())
        throw EngineError(ErrorCode::InvalidConfig,
                          "invalid training config:\n" + formatIssues(issues));
    auto dataset =
        std::make_shared<const DatasetIndex>(scanDataset(request.datasetRoot, request.scan));
    if (dataset->imagesOf(Split::Train).empty())
        throw EngineError(ErrorCode::InvalidFile,
                          request.datasetRoot + ": no usable training images");
    ModelConfig modelConfig = request.config.model;
    modelConfig.numClasses = static_cast<int>(dataset->classNames.size());
    modelConfig.multiLabel = dataset->multiLabel;
    if (const auto issues = validate(modelConfig); !issues.empty())
        throw EngineError(ErrorCode::InvalidConfig,
                          "invalid model config:\n" + formatIssues(issues));

    runtime::useAllCores();
    const torch::Device device = runtime::deviceFor(train.device);
    const bool mixedPrecision = train.ampEnabled && device.is_cuda();
    torch::manual_seed(static_cast<uint64_t>(train.seed));
    ImportReport pretrained;
    if (request.resume)
        modelConfig.backbone.weights.clear();  // the run's own weights come next
    nn::FaiClassifier model = nn::buildModel(modelConfig, &pretrained);
    if (request.resume) {
        const LoadedBundle last = readBundle((run / "last.faicls").string());
        if (last.info.trainingSummary.value("epoch", -1) != state.value("epoch", -2))
            throw EngineError(ErrorCode::InvalidFile,
                              (run / "last.faicls").string() +
                                  ": does not match the run's saved state (interrupted while "
                                  "saving?); cannot resume exactly");
        nn::loadWeights(model, last.weights, nn::WeightLayout::Bundle,
                        (run / "last.faicls").string(), true);
    }
    if (!modelConfig.backbone.weights.empty())
        out.onMessage("pretrained weights " + modelConfig.backbone.weights + ": " +
                      pretrained.summary());
    model->to(device);
    if (useChannelsLast(device))
        toChannelsLast(model);

    fs::create_directories(request.runFolder);
    ExperimentConfig used{modelConfig, train};
    io::writeFileAtomically((run / "config.json").string(),
                            [&](std::ostream& o) { o << toJson(used).dump(2) << "\n"; });
    if (!request.resume) {
        // A fresh run in a used folder: nothing of the old run may be resumed into this one.
        std::error_code ignored;
        fs::remove(run / "trainer_state.json", ignored);
        fs::remove(run / "last.optimizer", ignored);
    }
    std::ofstream log(run / "metrics.jsonl", request.resume ? std::ios::app : std::ios::trunc);

    PreprocessPolicy policy;
    policy.resolution = modelConfig.resolution;
    policy.pixelMean = modelConfig.pixelMean;
    policy.pixelStd = modelConfig.pixelStd;
    data::LoaderOptions trainOptions;
    trainOptions.split = Split::Train;
    trainOptions.batchSize = train.batchSize;
    trainOptions.augment = true;
    trainOptions.augmentation = train.augmentation;
    trainOptions.policy = policy;
    trainOptions.workers = train.workers;
    trainOptions.seed = static_cast<uint64_t>(train.seed);
    trainOptions.pinMemory = device.is_cuda();
    trainOptions.dropLast =
        dataset->imagesOf(Split::Train).size() > static_cast<size_t>(train.batchSize);
    data::LoaderOptions validOptions = trainOptions;
    validOptions.split = Split::Valid;
    validOptions.augment = false;
    validOptions.shuffle = false;
    validOptions.dropLast = false;
    if (train.classBalancing == "sampler")
        trainOptions.sampleWeights = train::balancedSamplingWeights(*dataset);
    if (train.classBalancing == "weights") {
        const auto weights = train::balancedClassWeights(*dataset);
        model->lossOptions().classWeights =
            torch::tensor(weights, torch::kDouble).to(torch::kFloat).to(device);
    }
    data::DataLoader trainLoader(dataset, trainOptions);
    data::DataLoader validLoader(dataset, validOptions);
    const bool canEvaluate = validLoader.imageCount() > 0;
    if (!canEvaluate)
        out.onMessage("no validation images: no evaluation, best.faicls is not written");

    std::vector<double> baseRates;
    auto optimizer = makeOptimizer(model, train, baseRates);
    const int64_t perEpoch = static_cast<int64_t>(trainLoader.batchesPerEpoch());
    const int64_t total = perEpoch * train.epochs;
    const int64_t warmup = static_cast<int64_t>(train.warmupEpochs * static_cast<double>(perEpoch));

    TrainingSummary summary;
    summary.lastBundle = (run / "last.faicls").string();
    BundleInfo info;
    info.createdBy = std::string(kApplicationName) + " " + kVersion;
    info.model = modelConfig;
    info.classNames = dataset->classNames;
    info.preprocessing = policy;

    auto saveBundle = [&](const fs::path& path, int epoch, const EvaluationMetrics* metrics) {
        info.trainingSummary = {
            {"epoch", epoch}, {"epochs", train.epochs}, {"dataset", request.datasetRoot}};
        if (metrics) {
            info.validationMetrics = toJson(*metrics);
            if (metrics->multiLabel) {
                info.threshold = metrics->bestThreshold;
                info.classThresholds.clear();
                for (const auto& c : metrics->classes)
                    info.classThresholds.push_back(c.bestThreshold);
            }
        }
        writeBundle(path.string(), info, stateDictOf(model));
    };

    int64_t iteration = 0;
    train::EarlyStopping stopping(train.patience);
    train::GradientScaler scaler(mixedPrecision);
    int firstEpoch = 1;
    if (request.resume) {
        torch::serialize::InputArchive archive;
        archive.load_from((run / "last.optimizer").string());
        optimizer->load(archive);
        firstEpoch = state.at("epoch").get<int>() + 1;
        iteration = state.at("iteration").get<int64_t>();
        stopping.restore(state.at("evaluated").get<bool>(), state.at("best_f1").get<double>(),
                         state.at("evaluations_without_improvement").get<int>());
        summary.bestBundle = state.value("best_bundle", "");
        summary.epochsRun = state.at("epoch").get<int>();
        scaler.restore(state.value("loss_scale", scaler.scale()),
                       state.value("loss_scale_clean_steps", 0));
        out.onMessage("resuming " + request.runFolder + " after epoch " +
                      std::to_string(firstEpoch - 1));
    }
    // Saved after every epoch, state last: resuming restores exactly this point.
    auto saveState = [&](int epoch) {
        torch::serialize::OutputArchive archive;
        optimizer->save(archive);
        io::writeFileAtomically((run / "last.optimizer").string(),
                                [&](std::ostream& o) { archive.save_to(o); });
        const json saved = {{"dataset", request.datasetRoot},
                            {"epoch", epoch},
                            {"iteration", iteration},
                            {"evaluated", stopping.seen()},
                            {"best_f1", stopping.best()},
                            {"evaluations_without_improvement", stopping.withoutImprovement()},
                            {"best_bundle", summary.bestBundle},
                            {"loss_scale", scaler.scale()},
                            {"loss_scale_clean_steps", scaler.cleanSteps()}};
        io::writeFileAtomically((run / "trainer_state.json").string(),
                                [&](std::ostream& o) { o << saved.dump(2) << "\n"; });
    };
    const auto started = Clock::now();
    for (int epoch = firstEpoch; epoch <= train.epochs && !m_impl->cancelled; ++epoch) {
        // Dropout and stochastic depth draw from a generator seeded per epoch, so a resumed run
        // draws what an uninterrupted one would.
        torch::manual_seed(static_cast<uint64_t>(train.seed) * 1000003u +
                           static_cast<uint64_t>(epoch));
        model->train();
        {
            std::lock_guard<std::mutex> lock(m_impl->mutex);
            m_impl->activeLoader = &trainLoader;
        }
        trainLoader.startEpoch(epoch);
        double lossSum = 0;
        int64_t batches = 0;
        auto batchStarted = Clock::now();
        while (true) {
            m_impl->waitWhilePaused();
            if (m_impl->cancelled)
                break;
            auto batch = trainLoader.next();
            if (!batch)
                break;
            const double factor =
                train::learningRateFactor(iteration, total, warmup, train.scheduler);
            setLearningRates(*optimizer, baseRates, factor);
            torch::Tensor loss;
            {
                train::CudaAutocast autocast(mixedPrecision);
                loss = model->forward(onDevice(batch->images, device), batch->targets.to(device))
                           .losses.at("loss_cls");
            }
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue)) {
                summary.failure =
                    "the loss is not finite (" + std::to_string(lossValue) + ") at epoch " +
                    std::to_string(epoch) + ", iteration " + std::to_string(iteration + 1) +
                    ": training stopped; lower the learning rate. The last checkpoint is kept.";
                out.onMessage(summary.failure);
                log << json{{"type", "failure"},
                            {"epoch", epoch},
                            {"iteration", iteration + 1},
                            {"message", summary.failure}}
                           .dump()
                    << std::endl;
                return summary;
            }
            optimizer->zero_grad();
            scaler.scaled(loss).backward();
            // fp16: gradients back to their true size before clipping; an overflowed step is
            // skipped and the scale lowered (normal in the first steps).
            const bool gradientsFinite = !scaler.enabled() || scaler.unscale(model->parameters());
            if (train.clipGradients > 0)
                torch::nn::utils::clip_grad_norm_(model->parameters(), train.clipGradients);
            if (scaler.finishStep(gradientsFinite))
                optimizer->step();
            ++iteration;
            ++batches;
            lossSum += lossValue;
            const auto now = Clock::now();
            const double seconds = std::chrono::duration<double>(now - batchStarted).count();
            batchStarted = now;
            TrainingProgress progress;
            progress.epoch = epoch;
            progress.epochs = train.epochs;
            progress.iteration = iteration;
            progress.iterationsPerEpoch = perEpoch;
            progress.loss = lossValue;
            progress.learningRate = baseRates.front() * factor;
            progress.imagesPerSecond = seconds > 0 ? batch->images.size(0) / seconds : 0;
            const double elapsed = std::chrono::duration<double>(now - started).count();
            progress.etaSeconds =
                elapsed / static_cast<double>(iteration) * static_cast<double>(total - iteration);
            log << json{{"type", "iteration"},
                        {"epoch", epoch},
                        {"iteration", iteration},
                        {"loss", lossValue},
                        {"lr", progress.learningRate},
                        {"images_per_second", progress.imagesPerSecond}}
                       .dump()
                << "\n";
            out.onIteration(progress);
        }
        if (m_impl->cancelled)
            break;
        EpochResult result;
        result.epoch = epoch;
        result.trainLoss = batches > 0 ? lossSum / static_cast<double>(batches) : 0;
        summary.epochsRun = epoch;
        const bool evaluateNow =
            canEvaluate && (epoch % train.evalPeriod == 0 || epoch == train.epochs);
        if (evaluateNow) {
            {
                std::lock_guard<std::mutex> lock(m_impl->mutex);
                m_impl->activeLoader = &validLoader;
            }
            const Evaluation evaluation =
                evaluate(model, validLoader, *dataset, device, m_impl->cancelled, mixedPrecision);
            if (m_impl->cancelled)
                break;
            result.evaluated = true;
            result.validLoss = evaluation.loss;
            result.metrics = evaluation.metrics;
            result.best = stopping.record(evaluation.metrics.f1);
            json record = toJson(evaluation.metrics);
            record["type"] = "evaluation";
            record["epoch"] = epoch;
            record["train_loss"] = result.trainLoss;
            record["valid_loss"] = result.validLoss;
            log << record.dump() << std::endl;
            if (result.best) {
                summary.bestBundle = (run / "best.faicls").string();
                saveBundle(summary.bestBundle, epoch, &evaluation.metrics);
            }
            saveBundle(summary.lastBundle, epoch, &evaluation.metrics);
        } else {
            saveBundle(summary.lastBundle, epoch, nullptr);
        }
        saveState(epoch);
        out.onEpoch(result);
        if (train.earlyStop && stopping.shouldStop()) {
            summary.stoppedEarly = true;
            out.onMessage("early stop: no better F1 in " + std::to_string(train.patience) +
                          " evaluation(s)");
            break;
        }
    }
    {
        std::lock_guard<std::mutex> lock(m_impl->mutex);
        m_impl->activeLoader = nullptr;
    }
    summary.cancelled = m_impl->cancelled;
    summary.completed = !summary.cancelled;
    summary.bestF1 = stopping.best();
    return summary;
}

EvaluationMetrics evaluateBundle(const std::string& bundlePath, const std::string& datasetRoot,
                                 Split split, const ScanOptions& scan) {
    return evaluateBundleDetailed(bundlePath, datasetRoot, split, scan).metrics;
}

EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         const std::string& datasetRoot, Split split,
                                         const ScanOptions& scan) {
    const LoadedBundle bundle = readBundle(bundlePath);
    auto dataset = std::make_shared<const DatasetIndex>(scanDataset(datasetRoot, scan));
    if (dataset->classNames != bundle.info.classNames)
        throw EngineError(
            ErrorCode::InvalidFile,
            datasetRoot + ": its classes differ from the model's (" + bundlePath + ")");
    runtime::useAllCores();
    nn::FaiClassifier model = modelFromBundle(bundle);
    toChannelsLast(model);
    data::LoaderOptions options;
    options.split = split;
    options.augment = false;
    options.shuffle = false;
    options.batchSize = 32;
    options.policy = bundle.info.preprocessing;
    data::DataLoader loader(dataset, options);
    if (loader.imageCount() == 0)
        throw EngineError(ErrorCode::InvalidFile,
                          datasetRoot + ": no images in the " + splitName(split) + " split");
    std::atomic<bool> never{false};
    Evaluation evaluation = evaluate(model, loader, *dataset, torch::Device(torch::kCPU), never,
                                     false, bundle.info.threshold);
    EvaluationDetails details;
    details.metrics = std::move(evaluation.metrics);
    details.classNames = dataset->classNames;
    const size_t classes = dataset->classNames.size();
    for (size_t i = 0; i < evaluation.positions.size(); ++i) {
        const DatasetImage& image = dataset->images[evaluation.positions[i]];
        ImageScores scored;
        scored.path = image.path;
        scored.relativePath = image.relativePath;
        scored.labels = image.labels;
        scored.scores.assign(
            evaluation.scores.begin() + static_cast<std::ptrdiff_t>(i * classes),
            evaluation.scores.begin() + static_cast<std::ptrdiff_t>((i + 1) * classes));
        details.images.push_back(std::move(scored));
    }
    return details;
}

}  // namespace faicls
