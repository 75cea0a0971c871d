#pragma once

#include <QObject>
#include <QThread>
#include <memory>

#include "runner/engine_worker.h"

namespace faicls::gui {

/// The GUI thread's door to the engine. Training runs on one thread of its own; scanning,
/// prediction, export and evaluation share another, so that a long training never blocks a
/// scan. Requests are queued calls; results come back as the workers' signals (connect to
/// `trainingWorker()` and `taskWorker()`). The destructor cancels what runs and waits.
class EngineController : public QObject {
    Q_OBJECT
public:
    explicit EngineController(QObject* parent = nullptr);
    ~EngineController() override;

    EngineWorker* trainingWorker() const { return m_trainingWorker; }
    EngineWorker* taskWorker() const { return m_taskWorker; }

    bool isTraining() const { return m_training; }
    bool isPaused() const { return m_paused; }
    /// "CPU" or "CUDA (device name)".
    static QString deviceDescription();

public Q_SLOTS:
    void scanDataset(const QString& root);
    void startTraining(const faicls::TrainingRequest& request);
    void pauseTraining();
    void resumeTraining();
    void stopTraining();
    void predict(const QString& bundlePath, const QStringList& imagePaths,
                 const faicls::PredictOptions& options);
    void cancelPrediction();
    void exportModel(const QString& bundlePath, faicls::ExportFormat format, const QString& out);
    void evaluate(const QString& bundlePath, const QString& datasetRoot, faicls::Split split);
    void buildDemo(const QString& folder);

Q_SIGNALS:
    /// Training started, paused, resumed or ended: for the status bar and the buttons.
    void trainingStateChanged();

private:
    QThread m_trainingThread;
    QThread m_taskThread;
    std::shared_ptr<JobControl> m_trainingControl = std::make_shared<JobControl>();
    std::shared_ptr<JobControl> m_taskControl = std::make_shared<JobControl>();
    EngineWorker* m_trainingWorker = nullptr;
    EngineWorker* m_taskWorker = nullptr;
    bool m_training = false;
    bool m_paused = false;
};

}  // namespace faicls::gui
