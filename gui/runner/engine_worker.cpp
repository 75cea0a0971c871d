#include "runner/engine_worker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "faicls/demo_datasets.h"
#include "faicls/engine_error.h"
#include "faicls/weights_catalog.h"
#include "runner/error_text.h"

namespace faicls::gui {

namespace {

// Forwards the trainer's callbacks (on the worker thread) as grouped signals: iterations at
// most every 100 ms, so that the GUI thread is never flooded; epochs and messages at once.
class SignallingListener : public TrainingListener {
public:
    explicit SignallingListener(EngineWorker* worker) : m_worker(worker) { m_sinceFlush.start(); }
    ~SignallingListener() override { flush(); }

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

EngineWorker::EngineWorker(QObject* parent) : QObject(parent) {}
EngineWorker::~EngineWorker() = default;

template <typename Work, typename Result>
void EngineWorker::runJob(Work&& work, void (EngineWorker::*finished)(const Result&),
                          void (EngineWorker::*failed)(const QString&)) {
    Result result;
    try {
        result = work();
    } catch (const std::exception& error) {
        Q_EMIT(this->*failed)(ErrorText::describe(error));
        return;
    }
    Q_EMIT(this->*finished)(result);
}

void EngineWorker::scanDataset(const QString& root, const ScanOptions& options,
                               const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            ScannedDataset dataset;
            auto index = std::make_shared<DatasetIndex>(
                faicls::scanDataset(root.toStdString(), options, job.get()));
            dataset.report = makeReport(*index);
            dataset.index = std::move(index);
            return dataset;
        },
        &EngineWorker::datasetScanned, &EngineWorker::scanFailed);
}

void EngineWorker::train(const TrainingRequest& request, const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            SignallingListener listener(this);
            return Trainer(request).run(&listener, job.get());
        },
        &EngineWorker::trainingFinished, &EngineWorker::trainingFailed);
}

Predictor& EngineWorker::predictorFor(const QString& bundlePath) {
    if (!m_predictor || m_predictorBundle != bundlePath) {
        m_predictor.reset();
        m_predictorBundle.clear();
        m_predictor = std::make_unique<Predictor>(bundlePath.toStdString());
        m_predictorBundle = bundlePath;
    }
    return *m_predictor;
}

void EngineWorker::predict(const QString& bundlePath, const QStringList& paths,
                           const PredictOptions& options, const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            PredictionResults results;
            results.bundlePath = bundlePath;
            results.requestedPaths = paths;
            std::vector<std::string> missing;
            const auto files = collectImageFiles(toStdStrings(paths), &missing);
            for (const auto& path : missing)
                results.missingPaths << QString::fromStdString(path);
            if (files.empty())
                return results;
            Predictor& predictor = predictorFor(bundlePath);
            job->setProgressHandler([this](const JobProgress& p) {
                Q_EMIT predictionProgress(static_cast<int>(p.done), static_cast<int>(p.total));
            });
            results.outcomes = predictor.predictFiles(files, options, job.get());
            results.precision = QString::fromStdString(predictor.precisionName());
            results.cancelled = job->isCancelled();
            return results;
        },
        &EngineWorker::predictionsReady, &EngineWorker::predictionFailed);
}

Explainer& EngineWorker::explainerFor(const QString& bundlePath) {
    if (!m_explainer || m_explainerBundle != bundlePath) {
        m_explainer.reset();
        m_explainerBundle.clear();
        m_explainer = std::make_unique<Explainer>(bundlePath.toStdString());
        m_explainerBundle = bundlePath;
    }
    return *m_explainer;
}

void EngineWorker::explain(const QString& bundlePath, const QString& imagePath, int classId,
                           const std::shared_ptr<JobHandle>& job) {
    // Not runJob: a failure names its picture, so that each view waiting for one knows its own.
    ExplanationResult result;
    try {
        throwIfCancelled(*job, imagePath.toStdString());  // superseded before it started
        result.bundlePath = bundlePath;
        result.imagePath = imagePath;
        result.map = explainerFor(bundlePath).explain(imagePath.toStdString(), classId);
    } catch (const std::exception& error) {
        Q_EMIT explanationFailed(imagePath, ErrorText::describe(error));
        return;
    }
    Q_EMIT explanationReady(result);
}

void EngineWorker::exportModel(const QString& bundlePath, ExportFormat format, const QString& out,
                               const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            return faicls::exportModel(bundlePath.toStdString(), format, out.toStdString(), {},
                                       job.get());
        },
        &EngineWorker::exportFinished, &EngineWorker::exportFailed);
}

void EngineWorker::evaluate(const QString& bundlePath, const QString& datasetRoot, Split split,
                            const QString& precision, const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            return evaluateBundleDetailed(bundlePath.toStdString(), datasetRoot.toStdString(),
                                          split, {}, job.get(), precision.toStdString());
        },
        &EngineWorker::evaluationFinished, &EngineWorker::evaluationFailed);
}

void EngineWorker::quantize(const QString& bundlePath, const QString& datasetRoot,
                            const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            job->setProgressHandler([this](const JobProgress& p) {
                Q_EMIT int8Progress(QString::fromStdString(p.phase), p.done, p.total);
            });
            return quantizeBundle(bundlePath.toStdString(), datasetRoot.toStdString(), {}, {},
                                  job.get());
        },
        &EngineWorker::int8Measured, &EngineWorker::int8Failed);
}

void EngineWorker::keepInt8Variant(const Int8Candidate& candidate) {
    runJob(
        [&] {
            const QString bundlePath = QString::fromStdString(candidate.bundlePath);
            if (m_predictorBundle == bundlePath) {  // it would go on without the variant
                m_predictor.reset();
                m_predictorBundle.clear();
            }
            faicls::keepInt8Variant(candidate);
            return bundlePath;
        },
        &EngineWorker::int8Kept, &EngineWorker::int8Failed);
}

void EngineWorker::reviewLabels(const QString& bundlePath, const QString& datasetRoot,
                                const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            job->setProgressHandler([this](const JobProgress& p) {
                Q_EMIT reviewProgress(QString::fromStdString(p.phase), p.done, p.total);
            });
            LabelReviewResult result;
            result.bundlePath = bundlePath;
            result.datasetRoot = datasetRoot;
            result.details = heldOutScores(bundlePath.toStdString(), datasetRoot.toStdString(),
                                           {Split::Valid, Split::Test}, &result.splitOf, job.get());
            result.review = findLabelIssues(result.details);
            return result;
        },
        &EngineWorker::labelReviewReady, &EngineWorker::labelReviewFailed);
}

void EngineWorker::reviewTrainingSplit(const TrainingRequest& request,
                                       const CrossValidationOptions& options,
                                       const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            job->setProgressHandler([this](const JobProgress& p) {
                Q_EMIT reviewProgress(QString::fromStdString(p.phase), p.done, p.total);
            });
            // The folds' runs are only a means: they go whatever happens, and what a crash left
            // of an earlier review goes before (the folder is the app's own scratch space).
            struct RemoveWork {
                QString folder;
                ~RemoveWork() { QDir(folder).removeRecursively(); }
            } removeWork{QString::fromStdString(options.workFolder)};
            QDir(removeWork.folder).removeRecursively();
            LabelReviewResult result;
            result.datasetRoot = QString::fromStdString(request.datasetRoot);
            result.details = crossValidatedScores(request, options, job.get());
            result.splitOf.assign(result.details.images.size(), Split::Train);
            result.review = findLabelIssues(result.details);
            return result;
        },
        &EngineWorker::labelReviewReady, &EngineWorker::labelReviewFailed);
}

void EngineWorker::applyEdits(const QString& datasetRoot, const EditJournal& journal,
                              const std::shared_ptr<JobHandle>& job) {
    runJob([&] { return faicls::applyEdits(datasetRoot.toStdString(), journal, job.get()); },
           &EngineWorker::editsApplied, &EngineWorker::editsFailed);
}

void EngineWorker::undoAppliedEdits(const QString& datasetRoot) {
    runJob(
        [&] {
            faicls::undoAppliedEdits(datasetRoot.toStdString());
            return datasetRoot;
        },
        &EngineWorker::editsUndone, &EngineWorker::editsFailed);
}

void EngineWorker::buildDemo(const QString& folder, const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            const QString classification =
                QDir(folder).filePath(QStringLiteral("fashion-mnist-folder"));
            if (QFileInfo::exists(QDir(classification).filePath(QStringLiteral("train"))))
                return classification;
            return QString::fromStdString(
                buildDemoDatasets(folder.toStdString(), {}, job.get()).classificationFolder);
        },
        &EngineWorker::demoReady, &EngineWorker::demoFailed);
}

void EngineWorker::fetchWeights(const QString& name, const std::shared_ptr<JobHandle>& job) {
    runJob(
        [&] {
            const auto entry = findWeights(weightsCatalog(), name.toStdString());
            if (!entry)
                throw EngineError(ErrorCode::InvalidConfig,
                                  name.toStdString() + ": not in the weights catalogue");
            job->setProgressHandler([this](const JobProgress& p) {
                Q_EMIT weightsProgress(static_cast<qint64>(p.done), static_cast<qint64>(p.total));
            });
            return QString::fromStdString(faicls::fetchWeights(*entry, job.get()));
        },
        &EngineWorker::weightsReady, &EngineWorker::weightsFailed);
}

}  // namespace faicls::gui
