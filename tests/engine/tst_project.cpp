// A project folder: project.json round trip (paths relative inside the project, so it can move),
// what a damaged file says, the refusal of a project inside its dataset, run folder names, the
// runs listed with their state, and renaming a run.

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/project.h"
#include "faicls/run_summary.h"

using namespace faicls;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

void writeText(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << text;
}

// A run folder as the trainer leaves it, written by hand: `epoch` of `epochs` done, the
// given validation F1 per epoch.
void fakeRun(const fs::path& folder, int epoch, int epochs, const std::vector<double>& f1s,
             bool finished) {
    ExperimentConfig config;
    config.model.numClasses = 2;
    config.model.backbone.modelType = "resnet";
    config.model.backbone.depth = 18;
    config.train.epochs = epochs;
    writeText(folder / "config.json", toJson(config).dump());
    std::string log;
    for (size_t i = 0; i < f1s.size(); ++i)
        log += json{{"type", "evaluation"}, {"epoch", static_cast<int>(i) + 1},
                    {"F1", f1s[i]},         {"accuracy", f1s[i] + 1},
                    {"train_loss", 1.0},    {"valid_loss", 1.0}}
                   .dump() +
               "\n";
    writeText(folder / "metrics.jsonl", log);
    json state = {{"dataset", "/data"},
                  {"epoch", epoch},
                  {"iteration", epoch * 10},
                  {"evaluated", !f1s.empty()},
                  {"best_f1", 0.0},
                  {"evaluations_without_improvement", 0},
                  {"training_seconds", 12.5 * epoch}};
    if (finished)
        state["finished"] = true;
    writeText(folder / "trainer_state.json", state.dump());
}

}  // namespace

class TestProject : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path root() const { return m_dir.path().toStdString(); }

private Q_SLOTS:
    void savedAndReadBack() {
        const fs::path folder = root() / "roundtrip";
        Project project;
        project.folder = folder.string();
        project.datasetRoot = (root() / "photos").string();
        fs::create_directories(project.datasetRoot);
        project.classNames = {"cat", "dog"};
        ExperimentConfig experiment;
        experiment.model.backbone.modelType = "resnet";
        experiment.model.backbone.depth = 34;
        experiment.train.epochs = 7;
        project.experiment = experiment;
        project.currentModel = (folder / "runs" / "a" / "best.faicls").string();
        saveProject(project);
        QVERIFY(isProjectFolder(folder.string()));
        QVERIFY(fs::is_directory(folder / "runs"));
        QVERIFY(fs::is_directory(folder / "exports"));
        // Inside the project, the model is stored relative to it.
        std::ifstream in(folder / kProjectFileName);
        const json saved = json::parse(in);
        QCOMPARE(saved.at("current_model").get<std::string>(), std::string("runs/a/best.faicls"));

        const Project read = readProject(folder.string());
        QCOMPARE(read.datasetRoot, project.datasetRoot);
        QCOMPARE(read.classNames, project.classNames);
        QVERIFY(read.experiment);
        QCOMPARE(read.experiment->model.backbone.depth, 34);
        QCOMPARE(read.experiment->train.epochs, 7);
        QCOMPARE(read.currentModel, project.currentModel);
        QVERIFY(read.notes.empty());
    }

    // Moved with its dataset beside it: both are found again.
    void aMovedProjectFindsItsDatasetAndModel() {
        const fs::path before = root() / "before";
        Project project;
        project.folder = (before / "project").string();
        project.datasetRoot = (before / "data").string();
        fs::create_directories(project.datasetRoot);
        project.currentModel = (before / "project" / "runs" / "r" / "best.faicls").string();
        saveProject(project);
        const fs::path after = root() / "after";
        fs::rename(before, after);
        const Project read = readProject((after / "project").string());
        QCOMPARE(fs::path(read.datasetRoot).lexically_normal(),
                 (after / "data").lexically_normal());
        QCOMPARE(read.currentModel, (after / "project" / "runs" / "r" / "best.faicls").string());
    }

    void damagedFilesNameTheFile_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{\"format\": "
                                  << "malformed JSON";
        QTest::newRow("another json") << "[1, 2]"
                                      << "not a FAI-CLS Studio project file";
        QTest::newRow("wrong format") << "{\"format\": \"other\"}"
                                      << "not a FAI-CLS Studio project file";
        QTest::newRow("dataset a number") << "{\"format\": \"faicls-project\", \"dataset\": 5}"
                                          << "not a FAI-CLS Studio project";
    }

    void damagedFilesNameTheFile() {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        const fs::path folder = root() / ("damaged-" + std::string(QTest::currentDataTag()));
        writeText(folder / kProjectFileName, content.toStdString());
        try {
            (void)readProject(folder.string());
            QFAIL("a damaged project file was read");
        } catch (const EngineError& error) {
            const std::string message = error.what();
            QVERIFY2(message.find((folder / kProjectFileName).string()) != std::string::npos,
                     message.c_str());
            QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        }
        QVERIFY_THROWS_EXCEPTION(EngineError, readProject((root() / "no-project").string()));
    }

    // A bad config section does not lose the project: it is read as far as it goes, noted.
    void aBadConfigIsANote() {
        const fs::path folder = root() / "bad-config";
        writeText(folder / kProjectFileName,
                  "{\"format\": \"faicls-project\", \"dataset\": \"/d\", "
                  "\"config\": {\"train\": {\"epochs\": -3}}}");
        const Project read = readProject(folder.string());
        QCOMPARE(read.datasetRoot, std::string("/d"));
        QVERIFY(read.experiment);
        QCOMPARE(read.notes.size(), size_t{1});
        QVERIFY2(read.notes[0].find("epochs") != std::string::npos, read.notes[0].c_str());
    }

    void aProjectInsideItsDatasetIsRefused() {
        Project project;
        project.datasetRoot = (root() / "dataset").string();
        project.folder = (root() / "dataset" / "my-project").string();
        fs::create_directories(project.datasetRoot);
        QVERIFY_THROWS_EXCEPTION(EngineError, saveProject(project));
        QVERIFY(!fs::exists(project.folder));
        QVERIFY(isInsideFolder(project.folder, project.datasetRoot + "/"));
        QVERIFY(!isInsideFolder((root() / "dataset-2").string(), project.datasetRoot));
    }

    void runFoldersAreNamedByDateAndModel() {
        const fs::path folder = root() / "naming";
        std::tm when{};
        when.tm_year = 2026 - 1900;
        when.tm_mon = 11;
        when.tm_mday = 2;
        when.tm_hour = 9;
        when.tm_min = 5;
        when.tm_isdst = -1;
        const std::time_t time = std::mktime(&when);
        const std::string first = newRunFolder(folder.string(), "resnet18", time);
        QCOMPARE(first, (folder / "runs" / "20261202-0905-resnet18").string());
        fs::create_directories(first);
        QCOMPARE(newRunFolder(folder.string(), "resnet18", time), first + "-2");
        ModelConfig model;
        model.backbone.modelType = "stdc";
        model.backbone.size = "nano";
        QCOMPARE(runLabel(model), std::string("stdc-nano"));
        model.backbone.modelType = "efficientnet";
        QCOMPARE(runLabel(model), std::string("efficientnet-b0"));
    }

    void runsAreListedWithTheirState() {
        const fs::path folder = root() / "listing";
        fakeRun(folder / "runs" / "20261201-1000-resnet18", 3, 3, {40, 70, 60}, true);
        fakeRun(folder / "runs" / "20261202-0800-resnet18", 2, 10, {50, 55}, false);
        fakeRun(folder / "runs" / "20261202-0900-old", 5, 5, {}, false);  // before "finished"
        fs::create_directories(folder / "runs" / "empty-folder");
        const auto runs = projectRuns(folder.string());
        QCOMPARE(runs.size(), size_t{3});
        QCOMPARE(runs[0].name, std::string("20261202-0900-old"));
        QCOMPARE(runs[0].status, RunStatus::Finished);  // all planned epochs ran
        QVERIFY(!runs[0].evaluated);
        QCOMPARE(runs[1].status, RunStatus::Interrupted);
        QCOMPARE(runs[1].epochsDone, 2);
        QCOMPARE(runs[1].epochsPlanned, 10);
        QCOMPARE(runs[1].trainingSeconds, 25.0);
        QCOMPARE(runs[2].status, RunStatus::Finished);
        QCOMPARE(runs[2].bestF1, 70.0);
        QCOMPARE(runs[2].bestAccuracy, 71.0);  // at the best-F1 epoch
        QCOMPARE(runs[2].model, std::string("resnet18"));
        const auto interrupted = interruptedRun(folder.string());
        QVERIFY(interrupted);
        QCOMPARE(interrupted->name, std::string("20261202-0800-resnet18"));
    }

    void aRunIsRenamed() {
        const fs::path folder = root() / "renaming" / "runs";
        fakeRun(folder / "a", 1, 2, {10}, false);
        fakeRun(folder / "b", 1, 2, {10}, false);
        for (const std::string bad : {"", "x/y", ".hidden", "b"})
            QVERIFY_THROWS_EXCEPTION(EngineError, renameRun((folder / "a").string(), bad));
        const std::string renamed = renameRun((folder / "a").string(), "baseline");
        QCOMPARE(renamed, (folder / "baseline").string());
        QVERIFY(fs::exists(folder / "baseline" / "trainer_state.json"));
        QVERIFY(!fs::exists(folder / "a"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
