#include "runner/engine_worker.h"

#include <QElapsedTimer>

#include <QDir>
#include <QFileInfo>

#include "faicls/demo_datasets.h"
#include "faicls/engine_error.h"
#include "runner/error_text.h"

namespace faicls::gui {

void JobControl::attachTrainer(Trainer* trainer) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_trainer = trainer;
    if (m_paused)
        trainer->pause();
    if (m_cancelled)
        trainer->cancel();
}

void JobControl::attachPredictor(Predictor* predictor) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_predictor = predictor;
}

void JobControl::detach() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_trainer = nullptr;
    m_predictor = nullptr;
}

void JobControl::pause() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = true;
    if (m_trainer)
        m_trainer->pause();
}

void JobControl::resume() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = false;
    if (m_trainer)
        m_trainer->resume();
}

void JobControl::cancel() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    if (m_trainer)
        m_trainer->cancel();
    if (m_predictor)
        m_predictor->cancel();
}

void JobControl::reset() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = false;
    m_paused = false;
}

namespace {

// Forwards the trainer's callbacks (on the worker thread) as grouped signals: iterations at
// most every 100 ms, so that the GUI thread is never flooded; epochs and messages at once.
class SignallingListener : public TrainingListener {
public:
    explicit SignallingListener(EngineWorker* worker) : m_worker(worker) { m_sinceFlush.start(); }

    void onIteration(const TrainingProgress& progress) override {
        m_pending.push_back(progress);
        const bool endOfEpoch = progress.iterationsPerEpoch > 0 &&
                                progress.iteration % progress.iterationsPerEpoch == 0;
        if (endOfEpoch || m_sinceFlush.elapsed() >= 100)
            flush();
    }
    void onEpoch(const EpochResult& result) override {
        flush();
        Q_EMIT m_worker->epochFinished(result);
    }
    void onMessage(const std::string& message) override {
        Q_EMIT m_worker->trainingMessage(QString::fromStdString(message));
    }
    void flush() {
        if (!m_pending.empty())
            Q_EMIT m_worker->trainingProgress(m_pending);
        m_pending.clear();
        m_sinceFlush.restart();
    }

private:
    EngineWorker* m_worker;
    std::vector<TrainingProgress> m_pending;
    QElapsedTimer m_sinceFlush;
};

std::vector<std::string> toStdStrings(const QStringList& list) {
    std::vector<std::string> out;
    out.reserve(static_cast<size_t>(list.size()));
    for (const auto& s : list)
        out.push_back(s.toStdString());
    return out;
}

}  // namespace

EngineWorker::EngineWorker(std::shared_ptr<JobControl> control, QObject* parent)
    : QObject(parent), m_control(std::move(control)) {}

void EngineWorker::scanDataset(const QString& root) {
    try {
        ScannedDataset dataset;
        auto index = std::make_shared<DatasetIndex>(faicls::scanDataset(root.toStdString()));
        dataset.report = makeReport(*index);
        dataset.index = std::move(index);
        Q_EMIT datasetScanned(dataset);
    } catch (const std::exception& error) {
        Q_EMIT scanFailed(ErrorText::describe(error));
    }
}

void EngineWorker::train(const TrainingRequest& request) {
    try {
        Trainer trainer(request);
        m_control->attachTrainer(&trainer);
        SignallingListener listener(this);
        const TrainingSummary summary = trainer.run(&listener);
        listener.flush();
        m_control->detach();
        Q_EMIT trainingFinished(summary);
    } catch (const std::exception& error) {
        m_control->detach();
        Q_EMIT trainingFailed(ErrorText::describe(error));
    }
}

void EngineWorker::predict(const QString& bundlePath, const QStringList& imagePaths,
                           const PredictOptions& options) {
    try {
        if (!m_predictor || m_predictorBundle != bundlePath) {
            m_predictor.reset();
            m_predictor = std::make_unique<Predictor>(bundlePath.toStdString());
            m_predictorBundle = bundlePath;
        }
        m_control->attachPredictor(m_predictor.get());
        const auto outcomes = m_predictor->predictFiles(
            toStdStrings(imagePaths), options, [this](size_t done, size_t total) {
                Q_EMIT predictionProgress(static_cast<int>(done), static_cast<int>(total));
            });
        m_control->detach();
        Q_EMIT predictionsReady(bundlePath, outcomes);
    } catch (const std::exception& error) {
        m_control->detach();
        m_predictor.reset();
        m_predictorBundle.clear();
        Q_EMIT predictionFailed(ErrorText::describe(error));
    }
}

void EngineWorker::exportModel(const QString& bundlePath, int format, const QString& out) {
    try {
        Q_EMIT exportFinished(faicls::exportModel(
            bundlePath.toStdString(), static_cast<ExportFormat>(format), out.toStdString()));
    } catch (const std::exception& error) {
        Q_EMIT exportFailed(ErrorText::describe(error));
    }
}

void EngineWorker::evaluate(const QString& bundlePath, const QString& datasetRoot, int split) {
    try {
        Q_EMIT evaluationFinished(evaluateBundleDetailed(
            bundlePath.toStdString(), datasetRoot.toStdString(), static_cast<Split>(split)));
    } catch (const std::exception& error) {
        Q_EMIT evaluationFailed(ErrorText::describe(error));
    }
}

void EngineWorker::buildDemo(const QString& folder) {
    try {
        const QString classification =
            QDir(folder).filePath(QStringLiteral("fashion-mnist-folder"));
        if (!QFileInfo::exists(QDir(classification).filePath(QStringLiteral("train")))) {
            const DemoDatasets built = buildDemoDatasets(folder.toStdString());
            Q_EMIT demoReady(QString::fromStdString(built.classificationFolder));
            return;
        }
        Q_EMIT demoReady(classification);
    } catch (const std::exception& error) {
        Q_EMIT demoFailed(ErrorText::describe(error));
    }
}

}  // namespace faicls::gui
