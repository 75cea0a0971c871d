// The checks before a training: what blocks it (one class, no training or validation images,
// a class with no training images) and what only warns (tiny classes, copies across splits);
// the trainer refuses the blocking ones with their message.

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include <opencv2/imgcodecs.hpp>

#include "faicls/dataset.h"
#include "faicls/engine_error.h"
#include "faicls/trainer.h"
#include "faicls/training_checks.h"
#include "test_support.h"

using namespace faicls;
namespace fs = std::filesystem;

class TestTrainingChecks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_datasets = 0;

    // A folder-per-class dataset: "split/class" → image count (shades differ: no duplicates).
    std::string dataset(const std::vector<std::pair<std::string, int>>& folders) {
        const fs::path root =
            fs::path(m_dir.path().toStdString()) / ("data" + std::to_string(m_datasets++));
        int shade = 0;
        for (const auto& [folder, count] : folders) {
            fs::create_directories(root / folder);
            for (int i = 0; i < count; ++i, shade += 3)
                cv::imwrite((root / folder / (std::to_string(i) + ".png")).string(),
                            cv::Mat(16, 16, CV_8UC3, cv::Scalar(shade % 256, shade / 256, 7)));
        }
        return root.string();
    }

    static bool says(const std::vector<TrainingCheck>& checks, bool blocking,
                     const std::string& text) {
        for (const auto& check : checks)
            if (check.blocking == blocking && check.message.find(text) != std::string::npos)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aGoodDatasetHasNoChecks() {
        const auto checks = checkDatasetForTraining(scanDataset(
            dataset({{"train/cat", 6}, {"train/dog", 6}, {"valid/cat", 2}, {"valid/dog", 2}})));
        QVERIFY(checks.empty());
    }

    void oneClassBlocks() {
        const auto checks =
            checkDatasetForTraining(scanDataset(dataset({{"train/cat", 6}, {"valid/cat", 2}})));
        QVERIFY(says(checks, true, "needs at least two"));
    }

    void noValidationImagesBlock() {
        // No split folders and classes of one image: nothing can be set aside for validation.
        const auto checks = checkDatasetForTraining(scanDataset(dataset({{"cat", 1}, {"dog", 1}})));
        QVERIFY(says(checks, true, "no validation images"));
    }

    void aClassWithoutTrainingImagesBlocks() {
        const auto checks = checkDatasetForTraining(scanDataset(
            dataset({{"train/cat", 6}, {"train/dog", 6}, {"valid/cat", 2}, {"valid/bird", 2}})));
        QVERIFY(says(checks, true, "class 'bird' has no training images"));
    }

    void tinyClassesAndLeakageWarn() {
        const std::string root =
            dataset({{"train/cat", 6}, {"train/dog", 2}, {"valid/cat", 2}, {"valid/dog", 2}});
        fs::copy_file(fs::path(root) / "train/cat/0.png", fs::path(root) / "valid/cat/copy.png");
        const auto checks = checkDatasetForTraining(scanDataset(root));
        QVERIFY(says(checks, false, "class 'dog' has only 2 training image(s)"));
        QVERIFY(says(checks, false, "appear in more than one split"));
        QVERIFY(blockingProblems(checks).empty());
    }

    void theTrainerRefusesWhatBlocks() {
        try {
            Trainer(TrainingRequest{dataset({{"train/cat", 6}, {"valid/cat", 2}}),
                                    {},
                                    test::tinyExperiment(1),
                                    (m_dir.path() + "/run").toStdString()})
                .run();
            QFAIL("trained a one-class dataset");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("needs at least two") != std::string::npos,
                     error.what());
        }
    }

    // Where a run goes: never inside the dataset, never over a previous run.
    void runFoldersInsideTheDatasetOrOverARunAreRefused() {
        const std::string root =
            dataset({{"train/cat", 6}, {"train/dog", 6}, {"valid/cat", 2}, {"valid/dog", 2}});
        auto refusal = [&](const std::string& folder) {
            try {
                Trainer(TrainingRequest{root, {}, test::tinyExperiment(1), folder}).run();
            } catch (const EngineError& error) {
                return std::string(error.what());
            }
            return std::string();
        };
        for (const std::string& inside : {root, root + "/runs/a", root + "/train/cat/../x"}) {
            const std::string message = refusal(inside);
            QVERIFY2(message.find("is inside the dataset") != std::string::npos, inside.c_str());
        }
        QVERIFY(!fs::exists(root + "/runs"));
        const std::string run = (m_dir.path() + "/finished-run").toStdString();
        QCOMPARE(refusal(run), std::string());
        const auto before = fs::last_write_time(run + "/last.faicls");
        QVERIFY(refusal(run).find("holds a previous training run") != std::string::npos);
        QVERIFY(fs::last_write_time(run + "/last.faicls") == before);
    }
};

QTEST_GUILESS_MAIN(TestTrainingChecks)
#include "tst_training_checks.moc"
