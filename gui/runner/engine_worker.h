#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>

#include "runner/engine_types.h"

namespace faicls::gui {

/// Pause and cancel requests for the job a worker is running, safe from any thread. A request
/// that comes before the job has started is applied when it starts.
class JobControl {
public:
    void attachTrainer(Trainer* trainer);
    void attachPredictor(Predictor* predictor);
    void detach();
    void pause();
    void resume();
    void cancel();
    void reset();
    bool cancelled() const { return m_cancelled; }

private:
    std::mutex m_mutex;
    Trainer* m_trainer = nullptr;
    Predictor* m_predictor = nullptr;
    std::atomic<bool> m_cancelled{false};
    bool m_paused = false;
};

/// Runs engine jobs on the thread it lives on (EngineController moves it there) and reports
/// back with signals carrying value types. Engine exceptions stop here and become `failed`.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(std::shared_ptr<JobControl> control, QObject* parent = nullptr);

public Q_SLOTS:
    void scanDataset(const QString& root);
    void train(const faicls::TrainingRequest& request);
    void predict(const QString& bundlePath, const QStringList& imagePaths,
                 const faicls::PredictOptions& options);
    void exportModel(const QString& bundlePath, int format, const QString& out);
    void evaluate(const QString& bundlePath, const QString& datasetRoot, int split);
    /// Builds the Fashion-MNIST demo datasets under `folder` unless they are there already.
    void buildDemo(const QString& folder);

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
    void predictionsReady(const QString& bundlePath,
                          const std::vector<faicls::PredictionOutcome>& outcomes);
    void predictionFailed(const QString& message);

    void exportFinished(const faicls::ExportResult& result);
    void exportFailed(const QString& message);

    void evaluationFinished(const faicls::EvaluationDetails& details);
    void evaluationFailed(const QString& message);

    /// The demo's class-folder dataset is ready at `datasetFolder`.
    void demoReady(const QString& datasetFolder);
    void demoFailed(const QString& message);

private:
    std::shared_ptr<JobControl> m_control;
    std::unique_ptr<Predictor> m_predictor;  ///< kept between requests for the same bundle
    QString m_predictorBundle;
};

}  // namespace faicls::gui
