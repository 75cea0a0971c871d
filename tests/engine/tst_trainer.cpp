// Training end to end on the Fashion-MNIST demo data at 32 px: single-label learns well above
// chance, multi-label runs and writes its bundles, cancel, pause, early stopping, a loss that
// stops being finite.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include <nlohmann/json.hpp>

#include "faicls/config_json.h"
#include "faicls/demo_datasets.h"
#include "faicls/engine_error.h"
#include "faicls/evaluation.h"
#include "faicls/predictor.h"
#include "faicls/run_log.h"
#include "faicls/trainer.h"
#include "test_support.h"
#include "train/class_balance.h"
#include "train/early_stopping.h"

using namespace faicls;

namespace {

std::vector<nlohmann::json> readLog(const std::string& path) {
    std::vector<nlohmann::json> records;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
        records.push_back(nlohmann::json::parse(line));
    return records;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoDatasets m_demo;
    int m_runs = 0;
    std::string runFolder() {
        return (m_dir.path() + "/run" + QString::number(m_runs++)).toStdString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoOptions demo;
        demo.trainPerClass = 100;
        demo.validPerClass = 20;
        demo.testPerClass = 10;
        demo.trainMosaics = 200;
        demo.validMosaics = 60;
        demo.testMosaics = 10;
        m_demo = buildDemoDatasets((m_dir.path() + "/demo").toStdString(), demo);
    }

    void singleLabelLearns() {
        TrainingRequest request{
            m_demo.classificationFolder, {}, test::tinyExperiment(4), runFolder()};
        Trainer trainer(request);
        test::RecordingListener listener;
        const TrainingSummary summary = trainer.run(&listener);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        QVERIFY(summary.completed);
        QCOMPARE(summary.epochsRun, 4);
        QCOMPARE(listener.epochs.size(), size_t{4});
        const double accuracy = listener.epochs.back().metrics.accuracy;
        qInfo("validation accuracy after 4 epochs: %.1f%% (chance 10%%)", accuracy);
        QVERIFY2(accuracy > 40, qPrintable(QString::number(accuracy)));  // measured 67.5
        // The best bundle predicts, and says how it was trained.
        Predictor predictor(summary.bestBundle);
        QCOMPARE(predictor.info().classNames.size(), size_t{10});
        QVERIFY(predictor.info().validationMetrics["F1"].get<double>() > 0);
        const auto log = readLog(request.runFolder + "/metrics.jsonl");
        int evaluations = 0;
        for (const auto& record : log)
            evaluations += record["type"] == "evaluation";
        QCOMPARE(evaluations, 4);
        QCOMPARE(
            evaluateBundle(summary.bestBundle, m_demo.classificationFolder, Split::Valid).accuracy,
            listener
                .epochs[static_cast<size_t>(predictor.info().trainingSummary["epoch"].get<int>() -
                                            1)]
                .metrics.accuracy);
    }

    void multiLabelRuns() {
        TrainingRequest request{m_demo.roboflowCoco, {}, test::tinyExperiment(2), runFolder()};
        test::RecordingListener listener;
        const TrainingSummary summary = Trainer(request).run(&listener);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        QVERIFY(listener.epochs.back().metrics.multiLabel);
        QVERIFY(QFile::exists(QString::fromStdString(summary.bestBundle)));
        QVERIFY(QFile::exists(QString::fromStdString(summary.lastBundle)));
        const BundleInfo info = readBundleInfo(summary.bestBundle);
        QVERIFY(info.model.multiLabel);
        QCOMPARE(info.classThresholds.size(), size_t{10});
        QVERIFY(listener.epochs.back().metrics.meanAveragePrecision > 0);
    }

    void resumeIsExact() {
        // Uninterrupted: 3 epochs. Interrupted: cancelled after epoch 1, then resumed.
        ExperimentConfig config = test::tinyExperiment(3);
        config.model.dropoutRate = 0.3;  // random draws must line up too
        test::RecordingListener whole;
        const TrainingSummary straight =
            Trainer(TrainingRequest{m_demo.classificationFolder, {}, config, runFolder()})
                .run(&whole);
        QVERIFY2(straight.failure.empty(), straight.failure.c_str());

        const std::string folder = runFolder();
        Trainer first(TrainingRequest{m_demo.classificationFolder, {}, config, folder});
        JobHandle firstJob;
        test::RecordingListener part;
        part.iteration = [&](const TrainingProgress& p) {
            if (p.iteration == p.iterationsPerEpoch)
                firstJob.cancel();  // after the first epoch's last step
        };
        const TrainingSummary interrupted = first.run(&part, &firstJob);
        QVERIFY(interrupted.cancelled);
        QCOMPARE(interrupted.epochsRun,
                 0);  // cancelled before its evaluation: nothing saved for epoch 1

        // Cancel at the start of epoch 2 instead: epoch 1 is saved.
        const std::string folder2 = runFolder();
        Trainer second(TrainingRequest{m_demo.classificationFolder, {}, config, folder2});
        JobHandle secondJob;
        test::RecordingListener partTwo;
        partTwo.iteration = [&](const TrainingProgress& p) {
            if (p.epoch == 2)
                secondJob.cancel();
        };
        QVERIFY(second.run(&partTwo, &secondJob).cancelled);
        QCOMPARE(partTwo.epochs.size(), size_t{1});

        TrainingRequest again;
        again.runFolder = folder2;
        again.resume = true;
        test::RecordingListener rest;
        const TrainingSummary resumed = Trainer(again).run(&rest);
        QVERIFY2(resumed.failure.empty(), resumed.failure.c_str());
        QCOMPARE(rest.epochs.size(), size_t{2});
        for (size_t i = 0; i < 2; ++i) {
            const EpochResult& a = whole.epochs[i + 1];
            const EpochResult& b = rest.epochs[i];
            QCOMPARE(b.epoch, a.epoch);
            QCOMPARE(b.trainLoss, a.trainLoss);
            QCOMPARE(b.validLoss, a.validLoss);
            QCOMPARE(b.metrics.f1, a.metrics.f1);
        }
        QCOMPARE(resumed.bestF1, straight.bestF1);
    }

    void cancelStopsWithinABatch() {
        TrainingRequest request{
            m_demo.classificationFolder, {}, test::tinyExperiment(50), runFolder()};
        Trainer trainer(request);
        JobHandle job;
        test::RecordingListener listener;
        int64_t lastIteration = 0;
        listener.iteration = [&](const TrainingProgress& p) {
            lastIteration = p.iteration;
            if (p.iteration == 3)
                std::thread([&] { job.cancel(); }).join();
        };
        const TrainingSummary summary = trainer.run(&listener, &job);
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.completed);
        QCOMPARE(lastIteration, int64_t{3});  // not one batch more
    }

    void pauseHoldsTheLoop() {
        TrainingRequest request{
            m_demo.classificationFolder, {}, test::tinyExperiment(1), runFolder()};
        Trainer trainer(request);
        JobHandle job;
        test::RecordingListener listener;
        std::vector<std::chrono::steady_clock::time_point> times;
        std::thread resumer;
        listener.iteration = [&](const TrainingProgress& p) {
            times.push_back(std::chrono::steady_clock::now());
            if (p.iteration == 2) {
                job.pause();
                resumer = std::thread([&] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(400));
                    job.resume();
                });
            }
        };
        const TrainingSummary summary = trainer.run(&listener, &job);
        resumer.join();
        QVERIFY(summary.completed);
        const auto gap =
            std::chrono::duration_cast<std::chrono::milliseconds>(times[2] - times[1]).count();
        QVERIFY2(gap >= 380, qPrintable(QString("%1 ms").arg(gap)));
    }

    void cancelBeforeTheStartWritesNothing() {
        const std::string folder = runFolder();
        JobHandle job;
        job.cancel();
        const TrainingSummary summary =
            Trainer(
                TrainingRequest{m_demo.classificationFolder, {}, test::tinyExperiment(2), folder})
                .run(nullptr, &job);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.epochsRun, 0);
        QVERIFY(!std::filesystem::exists(RunFolderFiles(folder).config));
    }

    void runLogReadsWhatTheTrainerWrote() {
        const std::string folder = runFolder();
        test::RecordingListener listener;
        std::vector<TrainingProgress> steps;
        listener.iteration = [&](const TrainingProgress& p) { steps.push_back(p); };
        ExperimentConfig config = test::tinyExperiment(2);
        config.train.backboneMultiplier.reset();  // automatic
        const TrainingSummary summary =
            Trainer(TrainingRequest{m_demo.classificationFolder, {}, config, folder})
                .run(&listener);
        QVERIFY(summary.completed);
        // A kill mid-write leaves a partial last line: it is skipped, the rest is read.
        {
            std::ofstream log(RunFolderFiles(folder).log, std::ios::app);
            log << "{\"type\": \"iteration\", \"epoch\": 3, \"iter";
        }
        const RunLog log = readRunLog(folder);
        QCOMPARE(log.iterations.size(), steps.size());
        for (size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(log.iterations[i].iteration, steps[i].iteration);
            QCOMPARE(log.iterations[i].loss, steps[i].loss);
            QCOMPARE(log.iterations[i].learningRate, steps[i].learningRate);
        }
        QCOMPARE(log.iterationsPerEpoch(), steps.front().iterationsPerEpoch);
        QCOMPARE(log.evaluations.size(), listener.epochs.size());
        for (size_t i = 0; i < log.evaluations.size(); ++i) {
            QCOMPARE(log.evaluations[i].epoch, listener.epochs[i].epoch);
            QCOMPARE(log.evaluations[i].trainLoss, listener.epochs[i].trainLoss);
            QCOMPARE(log.evaluations[i].metrics.f1, listener.epochs[i].metrics.f1);
            QCOMPARE(log.evaluations[i].metrics.accuracy, listener.epochs[i].metrics.accuracy);
            QCOMPARE(log.evaluations[i].metrics.confusion, listener.epochs[i].metrics.confusion);
        }
        QVERIFY(log.failures.empty());
        QVERIFY_THROWS_EXCEPTION(EngineError, readRunLog(runFolder()));
        // The run records the backbone factor it used (automatic: 1.0 from random weights), so
        // a resumed run uses it too.
        const auto used = loadExperimentConfigFile(RunFolderFiles(folder).config);
        QVERIFY(used.ok());
        QCOMPARE(used.config.train.backboneMultiplier.value_or(-1), 1.0);
    }

    void earlyStoppingCountsEvaluationsWithoutImprovement() {
        train::EarlyStopping stopping(2);
        QVERIFY(stopping.record(40));
        QVERIFY(stopping.record(55));
        QVERIFY(!stopping.record(55));  // equal is not better
        QVERIFY(!stopping.shouldStop());
        QVERIFY(!stopping.record(50));
        QVERIFY(stopping.shouldStop());
        QCOMPARE(stopping.best(), 55.0);
    }

    void classBalancingWeights() {
        DatasetIndex single;
        single.classNames = {"a", "b", "c"};
        for (int label : {0, 0, 0, 0, 0, 0, 1, 1, 2, 2})
            single.images.push_back({"", "", Split::Train, {label}, {}, 8, 8, 1});
        const auto weights = train::balancedClassWeights(single);
        QCOMPARE(weights.size(), size_t{3});
        QVERIFY(std::abs(weights[0] - 10.0 / 18) < 1e-12 &&
                std::abs(weights[1] - 10.0 / 6) < 1e-12);
        const auto sampling = train::balancedSamplingWeights(single);
        QCOMPARE(sampling.front(), 1.0 / 6);
        QCOMPARE(sampling.back(), 1.0 / 2);

        DatasetIndex multi;
        multi.multiLabel = true;
        multi.classNames = {"x", "y"};
        for (const auto& labels : std::vector<std::vector<int>>{{0}, {0, 1}, {}, {0}})
            multi.images.push_back({"", "", Split::Train, labels, {}, 8, 8, 1});
        QCOMPARE(train::balancedClassWeights(multi),
                 (std::vector<double>{1.0, 3.0}));  // (4-3)/3 clamped to 1
        QCOMPARE(train::balancedSamplingWeights(multi),
                 (std::vector<double>{1.0 / 3, 1.0, 1.0, 1.0 / 3}));
    }

    void classBalancingTrains() {
        for (const char* mode : {"weights", "sampler"}) {
            ExperimentConfig config = test::tinyExperiment(1);
            config.train.classBalancing = mode;
            const TrainingSummary summary =
                Trainer(TrainingRequest{m_demo.roboflowCoco, {}, config, runFolder()}).run();
            QVERIFY2(summary.failure.empty() && summary.completed, mode);
        }
    }

    void nonFiniteLossStopsWithAMessage() {
        ExperimentConfig config = test::tinyExperiment(1);
        config.train.optimizer = "sgd";
        config.train.learningRate = 10;  // with x10 for the backbone and no clipping: diverges
        config.train.backboneMultiplier = 10;
        config.train.warmupEpochs = 0;
        config.train.clipGradients = 0;
        TrainingRequest request{m_demo.classificationFolder, {}, config, runFolder()};
        const TrainingSummary summary = Trainer(request).run();
        QVERIFY2(summary.failure.find("not finite") != std::string::npos, summary.failure.c_str());
        const auto log = readLog(request.runFolder + "/metrics.jsonl");
        QCOMPARE(log.back()["type"].get<std::string>(), std::string("failure"));
    }

    void badRequestsAreRefused() {
        ExperimentConfig config = test::tinyExperiment(1);
        config.train.device = "cuda:7";
        QVERIFY_THROWS_EXCEPTION(
            EngineError,
            Trainer(TrainingRequest{m_demo.classificationFolder, {}, config, runFolder()}).run());
        QVERIFY_THROWS_EXCEPTION(EngineError,
                                 Trainer(TrainingRequest{(m_dir.path() + "/nothing").toStdString(),
                                                         {},
                                                         test::tinyExperiment(1),
                                                         runFolder()})
                                     .run());
        // One training image: BatchNorm cannot train on it; said before anything runs.
        const QString single = m_dir.path() + "/single/train/cat";
        QDir().mkpath(single);
        QDir().mkpath(m_dir.path() + "/single/train/dog");
        const std::string demoCat =
            m_demo.classificationFolder + "/train/" + fashionMnistClassNames()[0];
        const auto first = *std::filesystem::directory_iterator(demoCat);
        std::filesystem::copy_file(first.path(), (single + "/a.png").toStdString());
        try {
            Trainer(TrainingRequest{(m_dir.path() + "/single").toStdString(),
                                    {},
                                    test::tinyExperiment(1),
                                    runFolder()})
                .run();
            QFAIL("trained on one image");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("one training image") != std::string::npos,
                     error.what());
        }
    }

    void aRunWithRelativePathsResumesFromAnywhere() {
        // Trained from inside the temporary folder with relative paths, cancelled after epoch
        // 1, resumed from elsewhere by the run folder's absolute path.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const std::string dataset =
            std::filesystem::relative(m_demo.classificationFolder, m_dir.path().toStdString())
                .string();
        JobHandle job;
        test::RecordingListener first;
        first.iteration = [&](const TrainingProgress& p) {
            if (p.epoch == 2)
                job.cancel();
        };
        QVERIFY(Trainer(TrainingRequest{dataset, {}, test::tinyExperiment(2), "relative-run"})
                    .run(&first, &job)
                    .cancelled);
        QVERIFY(QDir::setCurrent(QDir::rootPath()));
        // What a kill in the middle of a write leaves goes when the run resumes.
        const QString leftover = m_dir.path() + "/relative-run/.last.faicls.tmp12345";
        QFile(leftover).open(QIODevice::WriteOnly);
        QVERIFY(QFile::exists(leftover));
        TrainingRequest resume;
        resume.runFolder = (m_dir.path() + "/relative-run").toStdString();
        resume.resume = true;
        test::RecordingListener rest;
        const TrainingSummary summary = Trainer(resume).run(&rest);
        QDir::setCurrent(previous);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        QVERIFY(summary.completed);
        QCOMPARE(rest.epochs.size(), size_t{1});
        QVERIFY(QFile::exists(QString::fromStdString(summary.bestBundle)));
        QVERIFY(!QFile::exists(leftover));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
