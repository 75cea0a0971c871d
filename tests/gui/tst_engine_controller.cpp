// The engine controller and its workers: a cancel that comes before a job has started is kept,
// a cancel during a job stops it, every job ends with exactly one signal, and destroying the
// controller while a job runs cancels it and returns.

#include <QDir>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "faicls/demo_datasets.h"
#include "runner/engine_controller.h"

using namespace faicls;
using namespace faicls::gui;

namespace {

// Holds a worker's thread until released, so that what is queued behind it has not started.
class ThreadBlocker {
public:
    explicit ThreadBlocker(EngineWorker* worker) {
        QMetaObject::invokeMethod(
            worker, [this] { m_release.acquire(); }, Qt::QueuedConnection);
    }
    ~ThreadBlocker() { release(); }
    void release() {
        if (!m_released)
            m_release.release();
        m_released = true;
    }

private:
    QSemaphore m_release;
    bool m_released = false;
};

TrainingRequest tinyTraining(const std::string& dataset, const QString& runFolder, int epochs) {
    TrainingRequest request;
    request.datasetRoot = dataset;
    request.runFolder = runFolder.toStdString();
    request.config.model.backbone.size = "nano";
    request.config.model.resolution = {32, 32};
    request.config.model.numLayers = 1;
    request.config.train.epochs = epochs;
    request.config.train.batchSize = 8;
    request.config.train.workers = 1;
    return request;
}

}  // namespace

class TestEngineController : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DemoDatasets m_demo;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoOptions small;
        small.trainPerClass = 8;
        small.validPerClass = 2;
        small.testPerClass = 1;
        small.trainMosaics = small.validMosaics = small.testMosaics = 4;
        m_demo = buildDemoDatasets(m_dir.filePath("small").toStdString(), small);
    }

    void trainingCancelledBeforeItStartsWritesNothing() {
        EngineController controller;
        QSignalSpy finished(controller.trainingWorker(), &EngineWorker::trainingFinished);
        QSignalSpy failed(controller.trainingWorker(), &EngineWorker::trainingFailed);
        const QString run = m_dir.filePath("never");
        {
            ThreadBlocker blocker(controller.trainingWorker());
            controller.startTraining(tinyTraining(m_demo.classificationFolder, run, 3));
            controller.stopTraining();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<TrainingSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.epochsRun, 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!QFileInfo::exists(run + "/config.json"));
        QTRY_VERIFY(!controller.isTraining());
    }

    void trainingCancelledWhileItRuns() {
        EngineController controller;
        QSignalSpy progress(controller.trainingWorker(), &EngineWorker::trainingProgress);
        QSignalSpy finished(controller.trainingWorker(), &EngineWorker::trainingFinished);
        controller.startTraining(
            tinyTraining(m_demo.classificationFolder, m_dir.filePath("stopped"), 500));
        QVERIFY(controller.isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
        controller.stopTraining();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<TrainingSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.epochsRun < 500);
        QTRY_VERIFY(!controller.isTraining());
    }

    void taskCancelledBeforeItStartsFailsOnce() {
        EngineController controller;
        QSignalSpy ready(controller.taskWorker(), &EngineWorker::demoReady);
        QSignalSpy failed(controller.taskWorker(), &EngineWorker::demoFailed);
        const QString folder = m_dir.filePath("demo-before");
        {
            ThreadBlocker blocker(controller.taskWorker());
            controller.buildDemo(folder);
            controller.cancelTasks();
        }
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Cancelled")));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!QFileInfo::exists(folder + "/fashion-mnist-folder"));
    }

    void taskCancelledWhileItRunsLeavesNothingHalfDone() {
        EngineController controller;
        QSignalSpy ready(controller.taskWorker(), &EngineWorker::demoReady);
        QSignalSpy failed(controller.taskWorker(), &EngineWorker::demoFailed);
        const QString folder = m_dir.filePath("demo-during");
        controller.buildDemo(folder);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(folder + "/fashion-mnist-folder"), 30000);
        controller.cancelTasks();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count() + ready.count(), 1, 30000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!QFileInfo::exists(folder + "/fashion-mnist-folder"));
        // The thread takes the next job as usual.
        controller.buildDemo(m_dir.filePath("small"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(failed.count(), 1);
    }

    void destroyingTheControllerCancelsWhatRuns() {
        const QString folder = m_dir.filePath("demo-destroyed");
        auto controller = std::make_unique<EngineController>();
        QSignalSpy progress(controller->trainingWorker(), &EngineWorker::trainingProgress);
        QSignalSpy demoReady(controller->taskWorker(), &EngineWorker::demoReady);
        controller->startTraining(
            tinyTraining(m_demo.classificationFolder, m_dir.filePath("destroyed"), 500));
        controller->buildDemo(folder);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(folder + "/fashion-mnist-folder"), 30000);
        QElapsedTimer timer;
        timer.start();
        controller.reset();
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        if (demoReady.count() == 0)  // it was still building: cancelled and cleaned up
            QVERIFY(!QFileInfo::exists(folder + "/fashion-mnist-folder"));
    }
};

QTEST_MAIN(TestEngineController)
#include "tst_engine_controller.moc"
