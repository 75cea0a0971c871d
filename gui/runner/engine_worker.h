#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "runner/engine_types.h"

namespace faicls::gui {

/// Runs engine jobs on the thread it lives on (EngineController moves it there and calls these
/// members with queued calls) and reports back with signals carrying value types. Every job
/// ends with exactly one signal: its result, or its failure (an engine exception, in words).
class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(QObject* parent = nullptr);
    ~EngineWorker() override;

    void scanDataset(const QString& root, const ScanOptions& options,
                     const std::shared_ptr<JobHandle>& job);
    void train(const faicls::TrainingRequest& request, const std::shared_ptr<JobHandle>& job);
    /// `paths`: files and folders (searched recursively for pictures, here on the worker).
    void predict(const QString& bundlePath, const QStringList& paths,
                 const faicls::PredictOptions& options, const std::shared_ptr<JobHandle>& job);
    /// The Grad-CAM heat map of class `classId` (< 0: the best-scoring one) in a picture.
    void explain(const QString& bundlePath, const QString& imagePath, int classId,
                 const std::shared_ptr<JobHandle>& job);
    void exportModel(const QString& bundlePath, faicls::ExportFormat format, const QString& out,
                     const std::shared_ptr<JobHandle>& job);
    /// `precision`: "float32" (the network), "bfloat16" or "int8" (as prediction computes).
    void evaluate(const QString& bundlePath, const QString& datasetRoot, faicls::Split split,
                  const QString& precision, const std::shared_ptr<JobHandle>& job);
    /// An int8 variant of the bundle, calibrated and measured on the dataset, not yet kept.
    void quantize(const QString& bundlePath, const QString& datasetRoot,
                  const std::shared_ptr<JobHandle>& job);
    /// Adds the measured variant to its bundle (prediction then uses it).
    void keepInt8Variant(const faicls::Int8Candidate& candidate);
    /// Likely label errors among the validation and test pictures, by `bundlePath`'s scores.
    void reviewLabels(const QString& bundlePath, const QString& datasetRoot,
                      const std::shared_ptr<JobHandle>& job);
    /// Likely label errors among the training pictures: out-of-fold scores of short trainings
    /// (their runs go to `options.workFolder`, removed afterwards).
    void reviewTrainingSplit(const faicls::TrainingRequest& request,
                             const faicls::CrossValidationOptions& options,
                             const std::shared_ptr<JobHandle>& job);
    void applyEdits(const QString& datasetRoot, const faicls::EditJournal& journal,
                    const std::shared_ptr<JobHandle>& job);
    void undoAppliedEdits(const QString& datasetRoot);
    /// Builds the Fashion-MNIST demo datasets under `folder` unless they are there already.
    void buildDemo(const QString& folder, const std::shared_ptr<JobHandle>& job);
    /// The weights catalogue entry `name`: from a cache, else downloaded (the user asked).
    void fetchWeights(const QString& name, const std::shared_ptr<JobHandle>& job);

Q_SIGNALS:
    void datasetScanned(const faicls::gui::ScannedDataset& dataset);
    void scanFailed(const QString& message);

    /// Every iteration, sent in groups about ten times a second.
    void trainingProgress(const std::vector<faicls::TrainingProgress>& steps);
    void epochFinished(const faicls::EpochResult& result);
    void trainingMessage(const QString& message);
    void trainingFinished(const faicls::TrainingSummary& summary);
    void trainingFailed(const QString& message);

    void predictionProgress(int done, int total);
    void predictionsReady(const faicls::gui::PredictionResults& results);
    void predictionFailed(const QString& message);

    void explanationReady(const faicls::gui::ExplanationResult& result);
    /// `imagePath`: the picture whose map could not be made.
    void explanationFailed(const QString& imagePath, const QString& message);

    void exportFinished(const faicls::ExportResult& result);
    void exportFailed(const QString& message);

    void evaluationFinished(const faicls::EvaluationDetails& details);
    void evaluationFailed(const QString& message);

    void int8Progress(const QString& phase, qint64 done, qint64 total);
    void int8Measured(const faicls::Int8Candidate& candidate);
    /// The variant is in the bundle at `bundlePath`.
    void int8Kept(const QString& bundlePath);
    void int8Failed(const QString& message);

    void reviewProgress(const QString& phase, qint64 done, qint64 total);
    void labelReviewReady(const faicls::gui::LabelReviewResult& result);
    void labelReviewFailed(const QString& message);

    void editsApplied(const faicls::AppliedEdits& applied);
    /// The dataset at `datasetRoot` is as it was before the last apply.
    void editsUndone(const QString& datasetRoot);
    void editsFailed(const QString& message);

    /// The demo's class-folder dataset is ready at `datasetFolder`.
    void demoReady(const QString& datasetFolder);
    void demoFailed(const QString& message);

    /// Bytes of the download so far and in all (0 while unknown).
    void weightsProgress(qint64 done, qint64 total);
    /// The entry's file is on this machine at `file`.
    void weightsReady(const QString& file);
    void weightsFailed(const QString& message);

private:
    /// Runs `work`; emits `finished` with its result, or `failed` with any exception in words.
    template <typename Work, typename Result>
    void runJob(Work&& work, void (EngineWorker::*finished)(const Result&),
                void (EngineWorker::*failed)(const QString&));
    Predictor& predictorFor(const QString& bundlePath);

    Explainer& explainerFor(const QString& bundlePath);

    std::unique_ptr<Predictor> m_predictor;  ///< kept between requests for the same bundle
    QString m_predictorBundle;
    std::unique_ptr<Explainer> m_explainer;  ///< the same
    QString m_explainerBundle;
};

}  // namespace faicls::gui
