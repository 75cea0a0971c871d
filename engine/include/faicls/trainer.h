#pragma once

#include <memory>
#include <string>

#include "faicls/dataset.h"
#include "faicls/job_handle.h"
#include "faicls/metrics.h"
#include "faicls/model_config.h"

namespace faicls {

/// Progress after one training step.
struct TrainingProgress {
    int epoch = 0;  ///< 1-based
    int epochs = 0;
    int64_t iteration = 0;  ///< over the whole run, 1-based
    int64_t iterationsPerEpoch = 0;
    double loss = 0;
    double learningRate = 0;  ///< of the head
    double imagesPerSecond = 0;
    double etaSeconds = 0;
    std::string precision;  ///< what the run computes in: "float32", "bfloat16", "float16"
};

/// The result of one epoch (and its evaluation when there was one).
struct EpochResult {
    int epoch = 0;
    double trainLoss = 0;
    bool evaluated = false;
    double validLoss = 0;
    EvaluationMetrics metrics;
    bool best = false;  ///< the best F1 so far: best.faicls was written
};

/// Receives progress on the training thread; keep the handlers short.
class TrainingListener {
public:
    virtual ~TrainingListener() = default;
    virtual void onIteration(const TrainingProgress&) {}
    virtual void onEpoch(const EpochResult&) {}
    virtual void onMessage(const std::string&) {}
};

struct TrainingRequest {
    std::string datasetRoot;  ///< may stay empty when resuming: the run remembers it
    ScanOptions scan;
    ExperimentConfig config;  ///< num_classes and multi_label come from the dataset
    std::string runFolder;    ///< config.json, metrics.jsonl, last.faicls, best.faicls, state
    /// Continue the run in `runFolder` after its last finished epoch, exactly: its config,
    /// weights, optimiser state, epoch and early-stopping state (`config` is ignored).
    bool resume = false;
    int resumeEpochs =
        0;  ///< when resuming and > 0: train up to this epoch instead of the saved count
    /// Set: trains on this index as it is (a cross-validation fold), not on a scan of
    /// `datasetRoot` (which still names the dataset in the run's files).
    std::shared_ptr<const DatasetIndex> dataset{};
};

struct TrainingSummary {
    bool completed = false;  ///< ran all epochs, or stopped early on purpose
    bool cancelled = false;
    bool stoppedEarly = false;  ///< early stopping
    int epochsRun = 0;
    double bestF1 = 0;
    std::string bestBundle;  ///< empty until an evaluation ran
    std::string lastBundle;
    std::string failure;  ///< why it stopped, when it failed (the last checkpoint stays loadable)
};

/// Trains FAI-CLS on a dataset, on the caller's thread. The run folder is written through one
/// owner (config.json, metrics.jsonl, last/best bundles, the state resume needs; see run_log.h).
class Trainer {
public:
    explicit Trainer(TrainingRequest request);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    /// Runs the whole training. Problems with the request (dataset, config) throw EngineError;
    /// a failure during training (e.g. a loss that is not finite) ends the run and is in
    /// `failure`. `job`: pause, resume and cancel from any thread, taking effect between two
    /// batches (a cancelled run keeps its last checkpoint and is `cancelled`); progress phase
    /// "training", in iterations (the dataset scan before it: "reading headers").
    TrainingSummary run(TrainingListener* listener = nullptr, JobHandle* job = nullptr);

private:
    TrainingRequest m_request;
};

}  // namespace faicls
