#include "runner/engine_controller.h"

#include "faicls/version.h"

#include <algorithm>

namespace faicls::gui {

namespace {

void cancelAll(std::vector<std::weak_ptr<JobHandle>>& jobs) {
    for (const auto& weak : jobs)
        if (const auto job = weak.lock())
            job->cancel();
}

}  // namespace

EngineController::EngineController(QObject* parent) : QObject(parent) {
    m_trainingWorker = new EngineWorker;
    m_taskWorker = new EngineWorker;
    m_downloadWorker = new EngineWorker;
    m_trainingWorker->moveToThread(&m_trainingThread);
    m_taskWorker->moveToThread(&m_taskThread);
    m_downloadWorker->moveToThread(&m_downloadThread);
    connect(&m_trainingThread, &QThread::finished, m_trainingWorker, &QObject::deleteLater);
    connect(&m_taskThread, &QThread::finished, m_taskWorker, &QObject::deleteLater);
    connect(&m_downloadThread, &QThread::finished, m_downloadWorker, &QObject::deleteLater);
    m_trainingThread.setObjectName(QStringLiteral("faicls-training"));
    m_taskThread.setObjectName(QStringLiteral("faicls-tasks"));
    m_downloadThread.setObjectName(QStringLiteral("faicls-downloads"));
    auto ended = [this] {
        m_training = false;
        m_paused = false;
        m_trainingJob.reset();
        Q_EMIT trainingStateChanged();
    };
    connect(m_trainingWorker, &EngineWorker::trainingFinished, this, ended);
    connect(m_trainingWorker, &EngineWorker::trainingFailed, this, ended);
    connect(m_trainingWorker, &EngineWorker::labelReviewReady, this, ended);
    connect(m_trainingWorker, &EngineWorker::labelReviewFailed, this, ended);
    m_trainingThread.start();
    m_taskThread.start();
    m_downloadThread.start();
}

EngineController::~EngineController() {
    if (m_trainingJob)
        m_trainingJob->cancel();
    cancelTasks();
    cancelDownloads();
    m_trainingThread.quit();
    m_taskThread.quit();
    m_downloadThread.quit();
    m_trainingThread.wait();
    m_taskThread.wait();
    m_downloadThread.wait();
}

QString EngineController::deviceDescription() {
    return QString::fromStdString(computeDeviceDescription());
}

std::shared_ptr<JobHandle> EngineController::newTaskJob(
    std::vector<std::weak_ptr<JobHandle>>& kind) {
    kind.erase(std::remove_if(kind.begin(), kind.end(),
                              [](const std::weak_ptr<JobHandle>& job) { return job.expired(); }),
               kind.end());
    auto job = std::make_shared<JobHandle>();
    kind.push_back(job);
    return job;
}

// A queued call of the worker on its own thread (the worker outlives it: it goes only when the
// thread has finished).
template <typename Call>
void EngineController::queue(EngineWorker* worker, Call&& call) {
    QMetaObject::invokeMethod(worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void EngineController::scanDataset(const QString& root, const ScanOptions& options) {
    auto job = newTaskJob(m_otherTaskJobs);
    queue(m_taskWorker,
          [worker = m_taskWorker, root, options, job] { worker->scanDataset(root, options, job); });
}

void EngineController::startTraining(const TrainingRequest& request) {
    if (m_training)
        return;
    m_trainingJob = std::make_shared<JobHandle>();
    m_training = true;
    m_paused = false;
    Q_EMIT trainingStateChanged();
    queue(m_trainingWorker, [worker = m_trainingWorker, request, job = m_trainingJob] {
        worker->train(request, job);
    });
}

void EngineController::pauseTraining() {
    if (!m_training || m_paused)
        return;
    m_trainingJob->pause();
    m_paused = true;
    Q_EMIT trainingStateChanged();
}

void EngineController::resumeTraining() {
    if (!m_training || !m_paused)
        return;
    m_trainingJob->resume();
    m_paused = false;
    Q_EMIT trainingStateChanged();
}

void EngineController::stopTraining() {
    if (!m_training)
        return;
    m_trainingJob->cancel();
}

void EngineController::predict(const QString& bundlePath, const QStringList& paths,
                               const PredictOptions& options) {
    auto job = newTaskJob(m_predictionJobs);
    queue(m_taskWorker, [worker = m_taskWorker, bundlePath, paths, options, job] {
        worker->predict(bundlePath, paths, options, job);
    });
}

void EngineController::explain(const QString& bundlePath, const QString& imagePath, int classId) {
    cancelAll(m_explanationJobs);  // only the picture shown now matters
    auto job = newTaskJob(m_explanationJobs);
    queue(m_taskWorker, [worker = m_taskWorker, bundlePath, imagePath, classId, job] {
        worker->explain(bundlePath, imagePath, classId, job);
    });
}

void EngineController::cancelPredictions() {
    cancelAll(m_predictionJobs);
}

void EngineController::cancelTasks() {
    cancelAll(m_predictionJobs);
    cancelAll(m_explanationJobs);
    cancelAll(m_reviewJobs);
    cancelAll(m_otherTaskJobs);
}

void EngineController::reviewLabels(const QString& bundlePath, const QString& datasetRoot) {
    auto job = newTaskJob(m_reviewJobs);
    queue(m_taskWorker, [worker = m_taskWorker, bundlePath, datasetRoot, job] {
        worker->reviewLabels(bundlePath, datasetRoot, job);
    });
}

void EngineController::reviewTrainingSplit(const TrainingRequest& request,
                                           const CrossValidationOptions& options) {
    if (m_training)
        return;
    // The training job's slot: stopTraining() and the window's close stop it like a training.
    m_trainingJob = newTaskJob(m_reviewJobs);
    m_training = true;
    m_paused = false;
    Q_EMIT trainingStateChanged();
    queue(m_trainingWorker, [worker = m_trainingWorker, request, options, job = m_trainingJob] {
        worker->reviewTrainingSplit(request, options, job);
    });
}

void EngineController::cancelReview() {
    cancelAll(m_reviewJobs);
}

void EngineController::applyEdits(const QString& datasetRoot, const EditJournal& journal) {
    auto job = newTaskJob(m_otherTaskJobs);
    queue(m_taskWorker, [worker = m_taskWorker, datasetRoot, journal, job] {
        worker->applyEdits(datasetRoot, journal, job);
    });
}

void EngineController::undoAppliedEdits(const QString& datasetRoot) {
    queue(m_taskWorker,
          [worker = m_taskWorker, datasetRoot] { worker->undoAppliedEdits(datasetRoot); });
}

void EngineController::exportModel(const QString& bundlePath, ExportFormat format,
                                   const QString& out) {
    auto job = newTaskJob(m_otherTaskJobs);
    queue(m_taskWorker, [worker = m_taskWorker, bundlePath, format, out, job] {
        worker->exportModel(bundlePath, format, out, job);
    });
}

void EngineController::evaluate(const QString& bundlePath, const QString& datasetRoot, Split split,
                                const QString& precision) {
    auto job = newTaskJob(m_otherTaskJobs);
    queue(m_taskWorker, [worker = m_taskWorker, bundlePath, datasetRoot, split, precision, job] {
        worker->evaluate(bundlePath, datasetRoot, split, precision, job);
    });
}

void EngineController::quantize(const QString& bundlePath, const QString& datasetRoot) {
    auto job = newTaskJob(m_otherTaskJobs);
    queue(m_taskWorker, [worker = m_taskWorker, bundlePath, datasetRoot, job] {
        worker->quantize(bundlePath, datasetRoot, job);
    });
}

void EngineController::keepInt8Variant(const Int8Candidate& candidate) {
    queue(m_taskWorker, [worker = m_taskWorker, candidate] { worker->keepInt8Variant(candidate); });
}

void EngineController::buildDemo(const QString& folder) {
    auto job = newTaskJob(m_otherTaskJobs);
    queue(m_taskWorker, [worker = m_taskWorker, folder, job] { worker->buildDemo(folder, job); });
}

void EngineController::fetchWeights(const QString& name) {
    auto job = newTaskJob(m_downloadJobs);
    queue(m_downloadWorker,
          [worker = m_downloadWorker, name, job] { worker->fetchWeights(name, job); });
}

void EngineController::cancelDownloads() {
    cancelAll(m_downloadJobs);
}

}  // namespace faicls::gui
