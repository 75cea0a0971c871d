#include "train/training_run.h"

#include <algorithm>
#include <filesystem>

#include "eval/model_evaluation.h"
#include "faicls/engine_error.h"
#include "faicls/metrics_json.h"
#include "faicls/precision.h"
#include "faicls/project.h"
#include "faicls/training_checks.h"
#include "faicls/version.h"
#include "model/model_factory.h"
#include "nn/weight_import.h"
#include "runtime/channels_last.h"
#include "runtime/compute_device.h"
#include "train/class_balance.h"
#include "train/learning_rate_schedule.h"
#include "train/optimizer_setup.h"

namespace faicls::train {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kTrainingPhase = "training";

double secondsBetween(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double>(to - from).count();
}

}  // namespace

namespace {

// Paths as the state records them: absolute, so a run resumes from any working directory.
TrainingRequest withAbsolutePaths(TrainingRequest request) {
    std::error_code error;
    if (!request.runFolder.empty())
        request.runFolder = std::filesystem::absolute(request.runFolder, error).string();
    if (!request.datasetRoot.empty())
        request.datasetRoot = std::filesystem::absolute(request.datasetRoot, error).string();
    return request;
}

}  // namespace

TrainingRun::TrainingRun(TrainingRequest request, TrainingListener& listener, JobHandle& job)
    : m_request(withAbsolutePaths(std::move(request))),
      m_out(listener),
      m_job(job),
      m_folder(m_request.runFolder) {}

TrainingSummary TrainingRun::run() {
    if (m_request.resume) {
        std::error_code missing;
        if (!std::filesystem::is_directory(m_request.runFolder, missing))
            throw EngineError(ErrorCode::FileNotFound,
                              m_request.runFolder + ": no such run folder to resume");
        m_folder.lock();  // creates nothing here: the folder is there
        readResumePoint();
    } else if (m_folder.holdsARun()) {
        throw EngineError(ErrorCode::InvalidConfig,
                          m_request.runFolder +
                              ": holds a previous training run, which a new one would replace; "
                              "choose a new folder, or resume that run");
    }
    refuseRunFolderInsideDataset();
    if (const auto issues = validate(m_request.config.train); !issues.empty())
        throw EngineError(ErrorCode::InvalidConfig,
                          "invalid training config:\n" + formatIssues(issues));
    loadDataset();
    // Resolved before config.json is written: a resumed run reads the factor it started with.
    m_request.config.train.backboneMultiplier = effectiveBackboneMultiplier(m_request.config);
    buildNetwork();
    m_folder.start(ExperimentConfig{m_modelConfig, m_request.config.train}, m_request.resume);
    makeLoaders();
    restoreProgress();
    const TrainConfig& train = m_request.config.train;
    if (usesFeatureCache(train) && !computeFeatureCaches()) {
        m_summary.cancelled = true;
        return m_summary;
    }
    m_started = Clock::now();
    for (int epoch = m_firstEpoch; epoch <= train.epochs; ++epoch) {
        double trainLoss = 0;
        if (!trainEpoch(epoch, trainLoss))
            break;
        EpochResult result;
        if (!finishEpoch(epoch, trainLoss, result))
            break;
        reportSkippedImages();
        m_out.onEpoch(result);
        if (train.earlyStop && m_stopping->shouldStop()) {
            m_summary.stoppedEarly = true;
            m_out.onMessage("early stop: no better F1 in " + std::to_string(train.patience) +
                            " evaluation(s)");
            break;
        }
    }
    if (m_summary.failure.empty()) {
        m_summary.cancelled = m_job.isCancelled();
        m_summary.completed = !m_summary.cancelled;
    }
    m_summary.bestF1 = m_stopping->best();
    return m_summary;
}

// Training writes its folder: never into the dataset, whose scan would then find it.
void TrainingRun::refuseRunFolderInsideDataset() const {
    if (m_request.datasetRoot.empty())
        return;
    if (isInsideFolder(m_request.runFolder, m_request.datasetRoot))
        throw EngineError(ErrorCode::InvalidConfig,
                          m_request.runFolder + ": is inside the dataset " + m_request.datasetRoot +
                              "; a training writes its run folder, so choose one outside it");
}

// Resuming continues exactly: the run's own config (epochs may be raised) and dataset.
void TrainingRun::readResumePoint() {
    m_resumeState = m_folder.readState();
    m_request.config = m_folder.readConfig();
    if (m_request.resumeEpochs > 0)
        m_request.config.train.epochs = m_request.resumeEpochs;
    if (m_request.datasetRoot.empty())
        m_request.datasetRoot = m_resumeState.dataset;
}

void TrainingRun::loadDataset() {
    m_dataset = m_request.dataset ? m_request.dataset
                                  : std::make_shared<const DatasetIndex>(
                                        scanDataset(m_request.datasetRoot, m_request.scan, &m_job));
    const size_t trainImages = m_dataset->imagesOf(Split::Train).size();
    if (trainImages == 0)
        throw EngineError(ErrorCode::InvalidFile,
                          m_request.datasetRoot + ": no usable training images");
    if (trainImages == 1)
        throw EngineError(
            ErrorCode::InvalidFile,
            m_request.datasetRoot + ": one training image; BatchNorm needs at least 2 to train");
    const std::vector<TrainingCheck> checks = checkDatasetForTraining(*m_dataset);
    if (const std::string blocking = blockingProblems(checks); !blocking.empty())
        throw EngineError(ErrorCode::InvalidFile,
                          m_request.datasetRoot + ": cannot train on this dataset:\n" + blocking);
    for (const TrainingCheck& check : checks)
        m_out.onMessage("warning: " + check.message);  // only what does not block is left
    m_modelConfig = m_request.config.model;
    m_modelConfig.numClasses = static_cast<int>(m_dataset->classNames.size());
    m_modelConfig.multiLabel = m_dataset->multiLabel;
    if (const auto issues = validate(m_modelConfig); !issues.empty())
        throw EngineError(ErrorCode::InvalidConfig,
                          "invalid model config:\n" + formatIssues(issues));
}

void TrainingRun::buildNetwork() {
    const TrainConfig& train = m_request.config.train;
    runtime::useAllCores();
    m_device = runtime::deviceFor(train.device);
    choosePrecisionFor(train);
    torch::manual_seed(static_cast<uint64_t>(train.seed));
    ImportReport pretrained;
    if (m_request.resume)
        m_modelConfig.backbone.pretrained.clear();  // the run's own weights come next
    m_model = buildModel(m_modelConfig, &pretrained);
    if (m_request.resume) {
        const LoadedBundle last = m_folder.readLastBundle(m_resumeState);
        nn::loadWeights(m_model, last.weights, nn::WeightLayout::Bundle,
                        m_folder.files().lastBundle, true);
    }
    if (!m_modelConfig.backbone.pretrained.empty())
        m_out.onMessage("pretrained weights " + m_modelConfig.backbone.pretrained + ": " +
                        pretrained.summary());
    const TrainConfig& recipe = m_request.config.train;
    if ((recipe.freezeBackbone || recipe.freezeBackboneEpochs > 0) && !m_request.resume &&
        pretrainedKind(m_modelConfig.backbone.pretrained) == PretrainedKind::None)
        m_out.onMessage(
            "warning: the backbone is frozen but starts from random weights; name "
            "pretrained weights in backbone_config.pretrained");
    m_model->to(m_device);
    if (runtime::useChannelsLast(m_device))
        runtime::toChannelsLast(*m_model);
}

// Resolved before config.json is written: the run folder records the precision it trains in, and
// a resumed run keeps it.
void TrainingRun::choosePrecisionFor(const TrainConfig& train) {
    const PrecisionChoice choice =
        choosePrecision(train.precision, m_device.is_cuda(), train.ampEnabled, cpuFeatures());
    m_precision = choice.precision;
    m_request.config.train.precision = precisionName(m_precision);
    if (!choice.note.empty())
        m_out.onMessage("warning: " + choice.note);
    m_out.onMessage(m_precision == Precision::Float32
                        ? std::string("precision: float32")
                        : std::string("precision: ") + precisionName(m_precision) +
                              " autocast (weights, optimiser state, loss and BatchNorm "
                              "statistics in float32)");
}

void TrainingRun::makeLoaders() {
    const TrainConfig& train = m_request.config.train;
    m_policy.resolution = m_modelConfig.resolution;
    m_policy.pixelMean = m_modelConfig.pixelMean;
    m_policy.pixelStd = m_modelConfig.pixelStd;
    data::LoaderOptions trainOptions;
    trainOptions.split = Split::Train;
    trainOptions.batchSize = train.batchSize;
    // No augmentation asked for: the images as evaluation and prediction see them.
    trainOptions.augment = !train.augmentation.isOff();
    trainOptions.augmentation = train.augmentation;
    trainOptions.policy = m_policy;
    trainOptions.workers = train.workers;
    trainOptions.seed = static_cast<uint64_t>(train.seed);
    trainOptions.pinMemory = m_device.is_cuda();
    trainOptions.dropLast =
        m_dataset->imagesOf(Split::Train).size() > static_cast<size_t>(train.batchSize);
    data::LoaderOptions validOptions = trainOptions;
    validOptions.split = Split::Valid;
    validOptions.augment = false;
    validOptions.shuffle = false;
    validOptions.dropLast = false;
    if (train.classBalancing == "sampler")
        trainOptions.sampleWeights = balancedSamplingWeights(*m_dataset);
    if (train.classBalancing == "weights")
        m_model->lossOptions().classWeights =
            torch::tensor(balancedClassWeights(*m_dataset), torch::kDouble)
                .to(torch::kFloat)
                .to(m_device);
    m_trainOptions = trainOptions;
    m_trainLoader = std::make_unique<data::DataLoader>(m_dataset, trainOptions);
    m_validLoader = std::make_unique<data::DataLoader>(m_dataset, validOptions);
}

// Head-only training: every image's features once, for the training and validation splits.
bool TrainingRun::computeFeatureCaches() {
    const auto started = Clock::now();
    m_trainFeatures = FeatureCache::compute(m_model, m_dataset, m_trainOptions, m_device, m_job);
    if (!m_trainFeatures)
        return false;
    if (m_validLoader->imageCount() > 0) {
        data::LoaderOptions validOptions = m_trainOptions;
        validOptions.split = Split::Valid;
        m_validFeatures = FeatureCache::compute(m_model, m_dataset, validOptions, m_device, m_job);
        if (!m_validFeatures)
            return false;
    }
    m_out.onMessage("backbone frozen, no augmentation: features computed once in " +
                    std::to_string(secondsBetween(started, Clock::now())).substr(0, 5) +
                    " s, the head trains on them");
    return true;
}

void TrainingRun::restoreProgress() {
    const TrainConfig& train = m_request.config.train;
    m_optimizer = makeOptimizer(m_model, train, m_baseRates);
    m_iterationsPerEpoch = static_cast<int64_t>(m_trainLoader->batchesPerEpoch());
    m_totalIterations = m_iterationsPerEpoch * train.epochs;
    m_warmupIterations =
        static_cast<int64_t>(train.warmupEpochs * static_cast<double>(m_iterationsPerEpoch));
    m_summary.lastBundle = m_folder.files().lastBundle;
    m_info.createdBy = std::string(kApplicationName) + " " + kVersion;
    m_info.model = m_modelConfig;
    m_info.model.backbone.pretrained.clear();  // in the training summary instead
    m_info.classNames = m_dataset->classNames;
    m_info.preprocessing = m_policy;
    m_stopping.emplace(train.patience);
    m_scaler.emplace(m_precision == Precision::Float16);  // bfloat16 has float32's range
    if (!m_request.resume)
        return;
    const TrainerState& state = m_resumeState;
    m_folder.loadOptimizer(*m_optimizer);
    m_firstEpoch = state.epoch + 1;
    m_iteration = state.iteration;
    m_stopping->restore(state.evaluated, state.bestF1, state.evaluationsWithoutImprovement);
    m_summary.bestBundle = state.bestBundle;
    m_summary.epochsRun = state.epoch;
    if (state.lossScale > 0)
        m_scaler->restore(state.lossScale, state.lossScaleCleanSteps);
    m_out.onMessage("resuming " + m_request.runFolder + " after epoch " +
                    std::to_string(state.epoch));
}

bool TrainingRun::trainEpoch(int epoch, double& meanLoss) {
    const auto seed = static_cast<uint64_t>(m_request.config.train.seed);
    // Dropout and stochastic depth draw from a generator seeded per epoch, so a resumed run
    // draws what an uninterrupted one would.
    torch::manual_seed(seed * 1000003u + static_cast<uint64_t>(epoch));
    setBackboneFrozen(backboneFrozenIn(m_request.config.train, epoch), epoch);
    double lossSum = 0;
    int64_t batches = 0;
    m_batchStarted = Clock::now();
    if (m_trainFeatures) {
        const auto order = data::epochOrder(m_trainOptions, m_trainFeatures->splitSize(), epoch);
        const auto batchSize = static_cast<size_t>(m_trainOptions.batchSize);
        const size_t batchCount = data::batchesPerEpoch(m_trainOptions, order.size());
        for (size_t b = 0; b < batchCount && !m_job.stopRequested(); ++b) {
            const auto first = order.begin() + static_cast<std::ptrdiff_t>(b * batchSize);
            const auto last = order.begin() + static_cast<std::ptrdiff_t>(
                                                  std::min(order.size(), (b + 1) * batchSize));
            const auto rows = m_trainFeatures->rows(std::vector<size_t>(first, last));
            double lossValue = 0;
            if (rows.positions.empty())
                continue;
            if (!trainCachedStep(rows, epoch, lossValue))
                return false;
            ++batches;
            lossSum += lossValue;
        }
    } else {
        const auto wake = m_job.wakeOnCancel([this] { m_trainLoader->cancel(); });
        m_trainLoader->startEpoch(epoch);
        while (!m_job.stopRequested()) {
            auto batch = m_trainLoader->next();
            if (!batch)
                break;
            if (batch->images.size(0) < 2)
                continue;  // its other images could not be decoded; BatchNorm needs two
            double lossValue = 0;
            if (!trainStep(*batch, epoch, lossValue))
                return false;
            ++batches;
            lossSum += lossValue;
        }
    }
    meanLoss = batches > 0 ? lossSum / static_cast<double>(batches) : 0;
    return !m_job.isCancelled();
}

// A frozen backbone gets no gradients (the optimiser skips it) and keeps its BatchNorm
// statistics (eval mode); the head trains as usual.
void TrainingRun::setBackboneFrozen(bool frozen, int epoch) {
    for (auto& parameter : m_model->backbone()->parameters())
        parameter.set_requires_grad(!frozen);
    m_model->train();
    if (frozen)
        m_model->backbone()->eval();
    const TrainConfig& train = m_request.config.train;
    if (frozen && epoch == m_firstEpoch)
        m_out.onMessage(train.freezeBackbone ? std::string("backbone frozen: only the head trains")
                                             : "backbone frozen for epochs 1-" +
                                                   std::to_string(train.freezeBackboneEpochs) +
                                                   ": the head trains first");
    if (!frozen && train.freezeBackboneEpochs > 0 && epoch == train.freezeBackboneEpochs + 1)
        m_out.onMessage("epoch " + std::to_string(epoch) + ": the whole network trains");
}

double TrainingRun::scheduleLearningRates() {
    const TrainConfig& train = m_request.config.train;
    const double factor =
        learningRateFactor(m_iteration, m_totalIterations, m_warmupIterations, train.scheduler);
    setLearningRates(*m_optimizer, m_baseRates, factor);
    return factor;
}

bool TrainingRun::trainStep(const data::Batch& batch, int epoch, double& lossValue) {
    const double factor = scheduleLearningRates();
    torch::Tensor loss;
    {
        runtime::Autocast autocast(m_precision, m_device);
        loss =
            m_model
                ->forward(runtime::networkInput(batch.images, m_device), batch.targets.to(m_device))
                .losses.at("loss_cls");
    }
    return applyStep(loss, batch.images.size(0), epoch, factor, lossValue);
}

bool TrainingRun::trainCachedStep(const FeatureCache::Rows& rows, int epoch, double& lossValue) {
    const double factor = scheduleLearningRates();
    const torch::Tensor loss =
        m_model->classifyPooled(rows.features, rows.targets).losses.at("loss_cls");
    return applyStep(loss, rows.features.size(0), epoch, factor, lossValue);
}

bool TrainingRun::applyStep(const torch::Tensor& loss, int64_t images, int epoch, double factor,
                            double& lossValue) {
    const TrainConfig& train = m_request.config.train;
    lossValue = loss.item<double>();
    if (!std::isfinite(lossValue)) {
        m_summary.failure =
            "the loss is not finite (" + std::to_string(lossValue) + ") at epoch " +
            std::to_string(epoch) + ", iteration " + std::to_string(m_iteration + 1) +
            ": training stopped; lower the learning rate. The last checkpoint is kept.";
        m_out.onMessage(m_summary.failure);
        m_folder.append(LoggedFailure{epoch, m_iteration + 1, m_summary.failure});
        return false;
    }
    m_optimizer->zero_grad();
    m_scaler->scaled(loss).backward();
    // fp16: gradients back to their true size before clipping; an overflowed step is skipped
    // and the scale lowered (normal in the first steps).
    const bool gradientsFinite = !m_scaler->enabled() || m_scaler->unscale(m_model->parameters());
    if (train.clipGradients > 0)
        torch::nn::utils::clip_grad_norm_(m_model->parameters(), train.clipGradients);
    if (m_scaler->finishStep(gradientsFinite))
        m_optimizer->step();
    ++m_iteration;
    reportStep(images, epoch, lossValue, factor);
    return true;
}

void TrainingRun::reportStep(int64_t images, int epoch, double lossValue, double factor) {
    const auto now = Clock::now();
    const double seconds = secondsBetween(m_batchStarted, now);
    m_batchStarted = now;
    TrainingProgress progress;
    progress.epoch = epoch;
    progress.epochs = m_request.config.train.epochs;
    progress.iteration = m_iteration;
    progress.iterationsPerEpoch = m_iterationsPerEpoch;
    progress.loss = lossValue;
    progress.learningRate = m_baseRates.front() * factor;
    progress.precision = precisionName(m_precision);
    progress.imagesPerSecond = seconds > 0 ? static_cast<double>(images) / seconds : 0;
    progress.etaSeconds = secondsBetween(m_started, now) / static_cast<double>(m_iteration) *
                          static_cast<double>(m_totalIterations - m_iteration);
    m_folder.append(LoggedIteration{epoch, m_iteration, lossValue, progress.learningRate,
                                    progress.imagesPerSecond});
    m_out.onIteration(progress);
    m_job.report(kTrainingPhase, m_iteration, m_totalIterations);
}

bool TrainingRun::finishEpoch(int epoch, double trainLoss, EpochResult& result) {
    const TrainConfig& train = m_request.config.train;
    result.epoch = epoch;
    result.trainLoss = trainLoss;
    m_summary.epochsRun = epoch;
    const bool evaluateNow =
        m_validLoader->imageCount() > 0 && (epoch % train.evalPeriod == 0 || epoch == train.epochs);
    if (!evaluateNow) {
        saveCheckpoint(epoch, nullptr, false);
        return true;
    }
    const auto wake = m_job.wakeOnCancel([this] { m_validLoader->cancel(); });
    eval::EvaluationSettings settings;
    settings.device = m_device;
    settings.precision = m_precision;
    const eval::ModelEvaluation evaluation =
        m_validFeatures
            ? m_validFeatures->evaluate(m_model, *m_dataset, train.batchSize, settings.threshold)
            : eval::evaluateModel(m_model, *m_validLoader, *m_dataset, settings, m_job);
    if (evaluation.cancelled)
        return false;
    result.evaluated = true;
    result.validLoss = evaluation.loss;
    result.metrics = evaluation.metrics;
    result.best = m_stopping->record(evaluation.metrics.f1);
    m_folder.append(LoggedEvaluation{epoch, result.trainLoss, result.validLoss, result.metrics});
    saveCheckpoint(epoch, &evaluation.metrics, result.best);
    return true;
}

// Images that passed the scan but failed to decode: said once each, with the file and why.
void TrainingRun::reportSkippedImages() {
    for (const data::DataLoader* loader : {m_trainLoader.get(), m_validLoader.get()}) {
        if (!loader)
            continue;
        for (const DatasetProblem& skipped : loader->skippedImages())
            if (m_reportedSkips.insert(skipped.path).second)
                m_out.onMessage("warning: " + skipped.path + ": " + skipped.message);
    }
}

// Saved after every epoch as one step: resuming restores exactly this point.
void TrainingRun::saveCheckpoint(int epoch, const EvaluationMetrics* metrics, bool best) {
    m_info.trainingSummary = {{"epoch", epoch},
                              {"epochs", m_request.config.train.epochs},
                              {"dataset", m_request.datasetRoot},
                              {"precision", precisionName(m_precision)}};
    if (const std::string& from = m_request.config.model.backbone.pretrained; !from.empty())
        m_info.trainingSummary["pretrained"] = from;
    if (metrics) {
        m_info.validationMetrics = toJson(*metrics);
        if (metrics->multiLabel) {
            m_info.threshold = metrics->bestThreshold;
            m_info.classThresholds.clear();
            for (const auto& c : metrics->classes)
                m_info.classThresholds.push_back(c.bestThreshold);
        }
    }
    if (best)
        m_summary.bestBundle = m_folder.files().bestBundle;
    TrainerState state;
    state.dataset = m_request.datasetRoot;
    state.epoch = epoch;
    state.iteration = m_iteration;
    state.evaluated = m_stopping->seen();
    state.bestF1 = m_stopping->best();
    state.evaluationsWithoutImprovement = m_stopping->withoutImprovement();
    state.bestBundle = m_summary.bestBundle;
    state.lossScale = m_scaler->scale();
    state.lossScaleCleanSteps = m_scaler->cleanSteps();
    const TrainConfig& train = m_request.config.train;
    state.finished = epoch >= train.epochs || (train.earlyStop && m_stopping->shouldStop());
    state.trainingSeconds = m_resumeState.trainingSeconds + secondsBetween(m_started, Clock::now());
    m_folder.writeCheckpoint(Checkpoint{m_info, stateDictOf(m_model), best, *m_optimizer, state});
}

}  // namespace faicls::train
