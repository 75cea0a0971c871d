#include "runner/engine_controller.h"

#include "faicls/version.h"

namespace faicls::gui {

namespace {

void registerEngineTypes() {
    static const bool done = [] {
        qRegisterMetaType<faicls::TrainingProgress>();
        qRegisterMetaType<std::vector<faicls::TrainingProgress>>();
        qRegisterMetaType<faicls::EpochResult>();
        qRegisterMetaType<faicls::TrainingSummary>();
        qRegisterMetaType<faicls::TrainingRequest>();
        qRegisterMetaType<faicls::PredictOptions>();
        qRegisterMetaType<std::vector<faicls::PredictionOutcome>>();
        qRegisterMetaType<faicls::ExportResult>();
        qRegisterMetaType<faicls::EvaluationMetrics>();
        qRegisterMetaType<faicls::EvaluationDetails>();
        qRegisterMetaType<faicls::gui::ScannedDataset>();
        return true;
    }();
    (void)done;
}

}  // namespace

EngineController::EngineController(QObject* parent) : QObject(parent) {
    registerEngineTypes();
    m_trainingWorker = new EngineWorker(m_trainingControl);
    m_taskWorker = new EngineWorker(m_taskControl);
    m_trainingWorker->moveToThread(&m_trainingThread);
    m_taskWorker->moveToThread(&m_taskThread);
    connect(&m_trainingThread, &QThread::finished, m_trainingWorker, &QObject::deleteLater);
    connect(&m_taskThread, &QThread::finished, m_taskWorker, &QObject::deleteLater);
    m_trainingThread.setObjectName(QStringLiteral("faicls-training"));
    m_taskThread.setObjectName(QStringLiteral("faicls-tasks"));
    auto ended = [this] {
        m_training = false;
        m_paused = false;
        Q_EMIT trainingStateChanged();
    };
    connect(m_trainingWorker, &EngineWorker::trainingFinished, this, ended);
    connect(m_trainingWorker, &EngineWorker::trainingFailed, this, ended);
    m_trainingThread.start();
    m_taskThread.start();
}

EngineController::~EngineController() {
    m_trainingControl->cancel();
    m_taskControl->cancel();
    m_trainingThread.quit();
    m_taskThread.quit();
    m_trainingThread.wait();
    m_taskThread.wait();
}

QString EngineController::deviceDescription() {
    return QString::fromStdString(computeDeviceDescription());
}

void EngineController::scanDataset(const QString& root) {
    QMetaObject::invokeMethod(m_taskWorker, "scanDataset", Qt::QueuedConnection,
                              Q_ARG(QString, root));
}

void EngineController::startTraining(const TrainingRequest& request) {
    if (m_training)
        return;
    m_trainingControl->reset();
    m_training = true;
    m_paused = false;
    Q_EMIT trainingStateChanged();
    QMetaObject::invokeMethod(m_trainingWorker, "train", Qt::QueuedConnection,
                              Q_ARG(faicls::TrainingRequest, request));
}

void EngineController::pauseTraining() {
    if (!m_training || m_paused)
        return;
    m_trainingControl->pause();
    m_paused = true;
    Q_EMIT trainingStateChanged();
}

void EngineController::resumeTraining() {
    if (!m_training || !m_paused)
        return;
    m_trainingControl->resume();
    m_paused = false;
    Q_EMIT trainingStateChanged();
}

void EngineController::stopTraining() {
    if (!m_training)
        return;
    m_trainingControl->resume();
    m_trainingControl->cancel();
}

void EngineController::predict(const QString& bundlePath, const QStringList& imagePaths,
                               const PredictOptions& options) {
    m_taskControl->reset();
    QMetaObject::invokeMethod(m_taskWorker, "predict", Qt::QueuedConnection,
                              Q_ARG(QString, bundlePath), Q_ARG(QStringList, imagePaths),
                              Q_ARG(faicls::PredictOptions, options));
}

void EngineController::cancelPrediction() {
    m_taskControl->cancel();
}

void EngineController::exportModel(const QString& bundlePath, ExportFormat format,
                                   const QString& out) {
    QMetaObject::invokeMethod(m_taskWorker, "exportModel", Qt::QueuedConnection,
                              Q_ARG(QString, bundlePath), Q_ARG(int, static_cast<int>(format)),
                              Q_ARG(QString, out));
}

void EngineController::evaluate(const QString& bundlePath, const QString& datasetRoot,
                                Split split) {
    QMetaObject::invokeMethod(m_taskWorker, "evaluate", Qt::QueuedConnection,
                              Q_ARG(QString, bundlePath), Q_ARG(QString, datasetRoot),
                              Q_ARG(int, static_cast<int>(split)));
}

void EngineController::buildDemo(const QString& folder) {
    QMetaObject::invokeMethod(m_taskWorker, "buildDemo", Qt::QueuedConnection,
                              Q_ARG(QString, folder));
}

}  // namespace faicls::gui
