// A run folder survives what happens to a training: a kill while a checkpoint is written (the
// checkpoint is one step: completed on resume once committed, dropped before), a full disk, a
// second training into the same folder, and a log line cut short.

#include <signal.h>
#include <sys/resource.h>

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "faicls/demo_datasets.h"
#include "faicls/engine_error.h"
#include "faicls/run_log.h"
#include "faicls/run_summary.h"
#include "faicls/trainer.h"
#include "test_support.h"

using namespace faicls;
namespace fs = std::filesystem;

namespace {

const char* const kCheckpointFiles[] = {"last.faicls", "best.faicls", "last.optimizer",
                                        "trainer_state.json"};

fs::path pending(const fs::path& folder, const std::string& file) {
    return folder / ("." + file + ".pending");
}

int savedEpoch(const fs::path& folder) {
    std::ifstream in(folder / "trainer_state.json");
    return nlohmann::json::parse(in).at("epoch").get<int>();
}

bool hasPendingFiles(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().find(".pending") != std::string::npos)
            return true;
    return false;
}

}  // namespace

class TestRunFolder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_dataset;
    fs::path m_afterEpochOne;               ///< a run folder saved after epoch 1 of 3
    fs::path m_afterEpochTwo;               ///< the same run, resumed and saved after epoch 2
    std::vector<EpochResult> m_epochThree;  ///< what resuming m_afterEpochTwo trains

    fs::path copyOf(const fs::path& folder, const std::string& name) {
        const fs::path copy = fs::path(m_dir.path().toStdString()) / name;
        fs::copy(folder, copy, fs::copy_options::recursive);
        return copy;
    }

    // Trains the run in `folder` (resumed when it exists) and cancels when epoch `stopAt`
    // begins; returns the finished epochs.
    std::vector<EpochResult> train(const fs::path& folder, int stopAt, bool resume) {
        TrainingRequest request{m_dataset, {}, test::tinyExperiment(3), folder.string()};
        if (resume)
            request = TrainingRequest{{}, {}, {}, folder.string(), true};
        JobHandle job;
        test::RecordingListener listener;
        listener.iteration = [&](const TrainingProgress& p) {
            if (p.epoch == stopAt)
                job.cancel();
        };
        const TrainingSummary summary = Trainer(request).run(&listener, &job);
        if (!summary.failure.empty())
            qWarning("%s", summary.failure.c_str());
        return listener.epochs;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoOptions demo;
        demo.trainPerClass = 20;
        demo.validPerClass = 5;
        demo.testPerClass = 1;
        demo.trainMosaics = 0;
        demo.validMosaics = 0;
        demo.testMosaics = 0;
        m_dataset =
            buildDemoDatasets((m_dir.path() + "/demo").toStdString(), demo).classificationFolder;
        m_afterEpochOne = fs::path(m_dir.path().toStdString()) / "epoch1";
        QCOMPARE(train(m_afterEpochOne, 2, false).size(), size_t{1});
        QCOMPARE(savedEpoch(m_afterEpochOne), 1);
        m_afterEpochTwo = copyOf(m_afterEpochOne, "epoch2");
        QCOMPARE(train(m_afterEpochTwo, 3, true).size(), size_t{1});
        QCOMPARE(savedEpoch(m_afterEpochTwo), 2);
        const fs::path finished = copyOf(m_afterEpochTwo, "epoch3");
        m_epochThree = train(finished, 0, true);
        QCOMPARE(m_epochThree.size(), size_t{1});

        // What a table of runs shows: stopped after epoch 1 of 3, then finished, with the
        // training time summed over the sessions.
        const auto stopped = summarizeRun(m_afterEpochOne.string());
        QVERIFY(stopped);
        QCOMPARE(stopped->status, RunStatus::Interrupted);
        QCOMPARE(stopped->epochsDone, 1);
        QCOMPARE(stopped->epochsPlanned, 3);
        QVERIFY(stopped->trainingSeconds > 0);
        const auto done = summarizeRun(finished.string());
        QVERIFY(done);
        QCOMPARE(done->status, RunStatus::Finished);
        QCOMPARE(done->epochsDone, 3);
        QVERIFY(done->evaluated);
        QVERIFY(done->trainingSeconds > stopped->trainingSeconds);
        QCOMPARE(done->name, std::string("epoch3"));
        QVERIFY(!summarizeRun(m_dir.path().toStdString() + "/nothing-here"));
        // Its figures alone: the same evaluations, no iterations parsed.
        const RunLog whole = readRunLog(finished.string());
        const RunLog figures = readRunLog(finished.string(), RunLogContent::EvaluationsAndFailures);
        QVERIFY(!whole.iterations.empty());
        QVERIFY(figures.iterations.empty());
        QCOMPARE(figures.evaluations.size(), whole.evaluations.size());
        QCOMPARE(figures.evaluations.back().metrics.f1, whole.evaluations.back().metrics.f1);
    }

    // QTemporaryDir cannot remove names that are not UTF-8 (namesThatAreNotUtf8...).
    void cleanupTestCase() { fs::remove_all(m_dir.path().toStdString()); }

    // Killed after the commit, some files renamed, some not: resume finishes the renames and
    // continues after epoch 2 exactly as the uninterrupted run does.
    void aCommittedCheckpointIsCompletedOnResume() {
        const fs::path folder = copyOf(m_afterEpochOne, "committed");
        nlohmann::json journal = {{"files", nlohmann::json::array()}};
        for (const std::string file : kCheckpointFiles) {
            if (!fs::exists(m_afterEpochTwo / file))
                continue;
            fs::copy_file(m_afterEpochTwo / file, pending(folder, file));
            journal["files"].push_back(file);
        }
        fs::rename(pending(folder, "last.faicls"), folder / "last.faicls");  // already renamed
        std::ofstream(folder / ".checkpoint.journal") << journal.dump();
        const auto resumed = train(folder, 0, true);
        QCOMPARE(resumed.size(), size_t{1});
        QCOMPARE(resumed[0].epoch, 3);
        QCOMPARE(resumed[0].trainLoss, m_epochThree[0].trainLoss);
        QCOMPARE(resumed[0].metrics.f1, m_epochThree[0].metrics.f1);
        QVERIFY(!fs::exists(folder / ".checkpoint.journal"));
        QVERIFY(!hasPendingFiles(folder));
    }

    // Killed before the commit: the written files are dropped; the previous checkpoint holds.
    void anUncommittedCheckpointIsDropped() {
        const fs::path folder = copyOf(m_afterEpochOne, "uncommitted");
        for (const std::string file : kCheckpointFiles)
            if (fs::exists(m_afterEpochTwo / file))
                fs::copy_file(m_afterEpochTwo / file, pending(folder, file));
        const auto resumed = train(folder, 3, true);
        QCOMPARE(resumed.size(), size_t{1});
        QCOMPARE(resumed[0].epoch, 2);
        QVERIFY(!hasPendingFiles(folder));
    }

    // A disk that fills while the checkpoint of epoch 2 is written: the training fails with a
    // message naming the file, leaves no partial file, and the run resumes after epoch 1.
    void aFullDiskKeepsThePreviousCheckpoint() {
        const fs::path folder = copyOf(m_afterEpochOne, "full-disk");
        const auto bundleSize = static_cast<rlim_t>(fs::file_size(folder / "last.faicls"));
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit limit = previous;
        limit.rlim_cur = bundleSize / 2;
        setrlimit(RLIMIT_FSIZE, &limit);
        std::string failure;
        try {
            train(folder, 3, true);
        } catch (const EngineError& error) {
            failure = error.what();
        }
        setrlimit(RLIMIT_FSIZE, &previous);
        QVERIFY2(failure.find("cannot write") != std::string::npos, failure.c_str());
        QVERIFY2(failure.find(".faicls") != std::string::npos, failure.c_str());
        QCOMPARE(savedEpoch(folder), 1);
        QVERIFY(!hasPendingFiles(folder));
        const auto resumed = train(folder, 3, true);
        QCOMPARE(resumed.size(), size_t{1});
        QCOMPARE(resumed[0].epoch, 2);
    }

    // While one training runs in a folder, a second one into it is refused, naming the folder.
    void aSecondTrainingIntoTheFolderIsRefused() {
        const fs::path folder = copyOf(m_afterEpochOne, "locked");
        std::mutex mutex;
        std::condition_variable changed;
        bool running = false;
        bool checked = false;
        std::thread first([&] {
            JobHandle job;
            test::RecordingListener listener;
            listener.iteration = [&](const TrainingProgress&) {
                std::unique_lock<std::mutex> lock(mutex);
                running = true;
                changed.notify_all();
                changed.wait(lock, [&] { return checked; });
                job.cancel();
            };
            Trainer(TrainingRequest{{}, {}, {}, folder.string(), true}).run(&listener, &job);
        });
        std::string refusal;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return running; });
        }
        QVERIFY(runFolderIsInUse(folder.string()));
        QCOMPARE(summarizeRun(folder.string())->status, RunStatus::Running);
        try {  // the same run resumed a second time, at once: the lock refuses it
            Trainer(TrainingRequest{{}, {}, {}, folder.string(), true}).run();
        } catch (const EngineError& error) {
            refusal = error.what();
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            checked = true;
        }
        changed.notify_all();
        first.join();
        QVERIFY(!runFolderIsInUse(folder.string()));
        QVERIFY2(refusal.find("another training is using this run folder") != std::string::npos,
                 refusal.c_str());
        QVERIFY2(refusal.find(folder.string()) != std::string::npos, refusal.c_str());
        QCOMPARE(savedEpoch(folder), 1);  // the refused run changed nothing
        // Once the first has ended, the folder is free again.
        QCOMPARE(train(folder, 3, true).size(), size_t{1});
    }

    // An image that passes the scan (a sound header and end) but does not decode is skipped
    // by the loader and said, once, with its file.
    void anImageThatFailsToDecodeIsReported() {
        const fs::path dataset = copyOf(m_dataset, "undecodable-data");
        fs::path victim;
        for (const auto& entry : fs::recursive_directory_iterator(dataset / "train"))
            if (entry.path().extension() == ".png") {
                victim = entry.path();
                break;
            }
        QVERIFY(!victim.empty());
        std::fstream png(victim, std::ios::in | std::ios::out | std::ios::binary);
        png.seekp(40);  // inside the pixel data, after the header
        png.write("garbage!garbage!", 16);
        png.close();
        JobHandle job;
        test::RecordingListener listener;
        const TrainingSummary summary =
            Trainer(
                TrainingRequest{dataset.string(),
                                {},
                                test::tinyExperiment(2),
                                (fs::path(m_dir.path().toStdString()) / "undecodable").string()})
                .run(&listener, &job);
        QVERIFY2(summary.completed, summary.failure.c_str());
        const std::string name = victim.filename().string();
        int said = 0;
        for (const auto& message : listener.messages)
            said += message.find(name) != std::string::npos &&
                    message.find("skipped while loading") != std::string::npos;
        QCOMPARE(said, 1);
    }

    // Linux names may be any bytes: a dataset and a run folder whose names are not UTF-8
    // train, save, and resume (the state keeps such a path exactly, as hex).
    void namesThatAreNotUtf8TrainAndResume() {
        const fs::path dataset = copyOf(m_dataset, "data-\xff\xfe");
        const fs::path folder = fs::path(m_dir.path().toStdString()) / "run-\xfa";
        JobHandle job;
        test::RecordingListener first;
        first.iteration = [&](const TrainingProgress& p) {
            if (p.epoch == 2)
                job.cancel();
        };
        const TrainingSummary started =
            Trainer(TrainingRequest{dataset.string(), {}, test::tinyExperiment(2), folder.string()})
                .run(&first, &job);
        QVERIFY2(started.failure.empty(), started.failure.c_str());
        QCOMPARE(first.epochs.size(), size_t{1});
        std::ifstream state(folder / "trainer_state.json");
        const auto saved = nlohmann::json::parse(state);
        QVERIFY2(saved["dataset"].is_object() && saved["dataset"].contains("hex"),
                 saved.dump().c_str());
        test::RecordingListener rest;
        const TrainingSummary resumed =
            Trainer(TrainingRequest{{}, {}, {}, folder.string(), true}).run(&rest);
        QVERIFY2(resumed.completed, resumed.failure.c_str());
        QCOMPARE(rest.epochs.size(), size_t{1});
        QCOMPARE(readRunLog(folder.string()).evaluations.size(), size_t{2});
    }

    // A kill while a log line was written: on resume that line goes and every line is whole.
    void aTornLogLineIsDroppedOnResume() {
        const fs::path folder = copyOf(m_afterEpochOne, "torn-log");
        std::ofstream(folder / "metrics.jsonl", std::ios::app) << "{\"type\":\"iteration\",\"ep";
        QCOMPARE(train(folder, 3, true).size(), size_t{1});
        std::ifstream in(folder / "metrics.jsonl");
        int lines = 0;
        for (std::string line; std::getline(in, line); ++lines)
            QVERIFY2(nlohmann::json::accept(line), line.c_str());
        QVERIFY(lines > 2);
        QCOMPARE(readRunLog(folder.string()).evaluations.size(), size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestRunFolder)
#include "tst_run_folder.moc"
