#pragma once

// Internal: one training run, step by step (what Trainer::run does).

#include <torch/torch.h>

#include <chrono>
#include <memory>
#include <optional>
#include <set>

#include "data/data_loader.h"
#include "faicls/job_handle.h"
#include "faicls/trainer.h"
#include "nn/fai_classifier.h"
#include "runtime/mixed_precision.h"
#include "train/early_stopping.h"
#include "train/feature_cache.h"
#include "train/run_folder.h"

namespace faicls::train {

class TrainingRun {
public:
    TrainingRun(TrainingRequest request, TrainingListener& listener, JobHandle& job);
    /// Problems with the request throw EngineError; a failure while training is in the summary.
    TrainingSummary run();

private:
    void readResumePoint();
    void refuseRunFolderInsideDataset() const;
    void loadDataset();
    void buildNetwork();
    void choosePrecisionFor(const TrainConfig& train);
    void makeLoaders();
    void restoreProgress();
    /// False when cancelled meanwhile.
    bool computeFeatureCaches();
    /// False when the run must end now (cancelled, or a loss that is not finite).
    bool trainEpoch(int epoch, double& meanLoss);
    void setBackboneFrozen(bool frozen, int epoch);
    /// The schedule's rates for this iteration; returns its factor.
    double scheduleLearningRates();
    bool trainStep(const data::Batch& batch, int epoch, double& lossValue);
    bool trainCachedStep(const FeatureCache::Rows& rows, int epoch, double& lossValue);
    /// Backward, clipping and the optimiser step for a computed loss; false if it is not finite.
    bool applyStep(const torch::Tensor& loss, int64_t images, int epoch, double factor,
                   double& lossValue);
    void reportStep(int64_t images, int epoch, double lossValue, double factor);
    /// Evaluates when it is due and saves the checkpoints; false when cancelled meanwhile.
    bool finishEpoch(int epoch, double trainLoss, EpochResult& result);
    void saveCheckpoint(int epoch, const EvaluationMetrics* metrics, bool best);
    void reportSkippedImages();

    TrainingRequest m_request;
    TrainingListener& m_out;
    JobHandle& m_job;
    RunFolder m_folder;
    TrainerState m_resumeState;
    std::shared_ptr<const DatasetIndex> m_dataset;
    ModelConfig m_modelConfig;
    torch::Device m_device = torch::kCPU;
    Precision m_precision = Precision::Float32;
    nn::FaiClassifier m_model{nullptr};
    PreprocessPolicy m_policy;
    data::LoaderOptions m_trainOptions;
    std::unique_ptr<data::DataLoader> m_trainLoader;
    std::optional<FeatureCache> m_trainFeatures;  ///< set in head-only mode (usesFeatureCache)
    std::optional<FeatureCache> m_validFeatures;
    std::unique_ptr<data::DataLoader> m_validLoader;
    std::set<std::string> m_reportedSkips;  ///< images whose decode failure was said
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::vector<double> m_baseRates;
    int64_t m_iterationsPerEpoch = 0;
    int64_t m_totalIterations = 0;
    int64_t m_warmupIterations = 0;
    int64_t m_iteration = 0;
    int m_firstEpoch = 1;
    std::optional<EarlyStopping> m_stopping;
    std::optional<runtime::GradientScaler> m_scaler;
    BundleInfo m_info;
    TrainingSummary m_summary;
    std::chrono::steady_clock::time_point m_started;
    std::chrono::steady_clock::time_point m_batchStarted;
};

}  // namespace faicls::train
