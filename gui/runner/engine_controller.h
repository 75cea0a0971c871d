#pragma once

#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

#include "runner/engine_worker.h"

namespace faicls::gui {

/// The GUI thread's door to the engine. Training runs on one thread of its own; scanning,
/// prediction, export and evaluation share another, so that a long training never blocks a
/// scan; downloads of pretrained weights have a third, so a slow network blocks neither. Each
/// request becomes a job with its own JobHandle, made here before it is queued, so a cancel that
/// comes before the job has started is kept. Results come back as the workers' signals (connect to
/// `trainingWorker()` and `taskWorker()`). The destructor cancels every job that runs or waits, and
/// waits for the threads.
class EngineController : public QObject {
    Q_OBJECT
public:
    explicit EngineController(QObject* parent = nullptr);
    ~EngineController() override;

    EngineWorker* trainingWorker() const { return m_trainingWorker; }
    EngineWorker* taskWorker() const { return m_taskWorker; }
    EngineWorker* downloadWorker() const { return m_downloadWorker; }

    bool isTraining() const { return m_training; }
    bool isPaused() const { return m_paused; }
    /// "CPU" or "CUDA (device name)".
    static QString deviceDescription();

    void scanDataset(const QString& root, const ScanOptions& options = {});
    void startTraining(const faicls::TrainingRequest& request);
    void pauseTraining();
    void resumeTraining();
    void stopTraining();
    /// `paths`: pictures and folders; folders are searched on the task thread.
    void predict(const QString& bundlePath, const QStringList& paths,
                 const faicls::PredictOptions& options);
    /// A heat map of where the model sees class `classId` (< 0: its best) in a picture
    /// (taskWorker() reports); a request still waiting when the next comes is dropped.
    void explain(const QString& bundlePath, const QString& imagePath, int classId);
    /// Cancels every prediction that runs or waits (the results so far still arrive).
    void cancelPredictions();
    /// Cancels every job of the task thread that runs or waits: predictions, scans, exports,
    /// evaluations, the demo build (those fail with "Cancelled").
    void cancelTasks();
    void exportModel(const QString& bundlePath, faicls::ExportFormat format, const QString& out);
    void evaluate(const QString& bundlePath, const QString& datasetRoot, faicls::Split split,
                  const QString& precision = QStringLiteral("float32"));
    /// Calibrates and measures an int8 variant (taskWorker() reports; cancelTasks() stops it).
    void quantize(const QString& bundlePath, const QString& datasetRoot);
    void keepInt8Variant(const faicls::Int8Candidate& candidate);
    /// Likely label errors among the validation and test pictures (taskWorker() reports).
    void reviewLabels(const QString& bundlePath, const QString& datasetRoot);
    /// Likely label errors among the training pictures, by k-fold trainings: on the training
    /// thread (trainingWorker() reports), and it counts as training (isTraining()).
    void reviewTrainingSplit(const faicls::TrainingRequest& request,
                             const faicls::CrossValidationOptions& options);
    /// Stops the review that runs or waits, on either thread.
    void cancelReview();
    /// Writes the journal's edits into the dataset, or takes the last ones back (taskWorker()).
    void applyEdits(const QString& datasetRoot, const faicls::EditJournal& journal);
    void undoAppliedEdits(const QString& datasetRoot);
    void buildDemo(const QString& folder);
    /// Gets the weights catalogue entry `name` (downloadWorker() reports); only on request.
    void fetchWeights(const QString& name);
    /// Stops the downloads that run or wait (what came is kept for a resume).
    void cancelDownloads();

Q_SIGNALS:
    /// Training started, paused, resumed or ended: for the status bar and the buttons.
    void trainingStateChanged();

private:
    /// A new job for the task thread, remembered until it ends so it can be cancelled.
    std::shared_ptr<JobHandle> newTaskJob(std::vector<std::weak_ptr<JobHandle>>& kind);
    template <typename Call>
    void queue(EngineWorker* worker, Call&& call);

    QThread m_trainingThread;
    QThread m_taskThread;
    QThread m_downloadThread;
    EngineWorker* m_trainingWorker = nullptr;
    EngineWorker* m_taskWorker = nullptr;
    EngineWorker* m_downloadWorker = nullptr;
    std::vector<std::weak_ptr<JobHandle>> m_downloadJobs;
    std::shared_ptr<JobHandle> m_trainingJob;
    std::vector<std::weak_ptr<JobHandle>> m_predictionJobs;
    std::vector<std::weak_ptr<JobHandle>> m_explanationJobs;
    std::vector<std::weak_ptr<JobHandle>> m_reviewJobs;
    std::vector<std::weak_ptr<JobHandle>> m_otherTaskJobs;
    bool m_training = false;
    bool m_paused = false;
};

}  // namespace faicls::gui
