// A review's edits written into a dataset: the journal's file, applying it to a folder layout
// and to a Roboflow COCO export (relabel, exclude, move to a split), undo leaving every file
// byte for byte as before, refusals that change nothing, and kill -9 during apply-edits
// leaving a dataset that scans as the old one or the new one.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <signal.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "faicls/dataset.h"
#include "faicls/dataset_edits.h"
#include "faicls/engine_error.h"
#include "test_support.h"

using namespace faicls;
namespace fs = std::filesystem;

namespace {

// Every file under `root` with its bytes: what "byte-identical" is compared on.
std::map<std::string, std::string> filesUnder(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        files[entry.path().lexically_relative(root).string()] =
            std::string(std::istreambuf_iterator<char>(in), {});
    }
    return files;
}

// What a scan says of a dataset: each picture's split and labels.
std::map<std::string, std::string> scanned(const std::string& root) {
    ScanOptions options;
    options.nearDuplicateDistance = -1;
    const DatasetIndex index = scanDataset(root, options);
    std::map<std::string, std::string> pictures;
    for (const auto& image : index.images) {
        std::string labels = splitName(image.split);
        for (int label : image.labels)
            labels += " " + index.classNames[static_cast<size_t>(label)];
        pictures[image.relativePath] = labels;
    }
    return pictures;
}

void writePicture(const fs::path& path, int seed) {
    fs::create_directories(path.parent_path());
    cv::Mat picture(12 + seed % 5, 16, CV_8UC3);
    cv::randu(picture, cv::Scalar::all(seed % 7), cv::Scalar::all(255));
    QVERIFY(cv::imwrite(path.string(), picture));
}

DatasetEdit relabel(const std::string& path, std::vector<std::string> labels) {
    return {EditKind::Relabel, path, std::move(labels), Split::Train};
}
DatasetEdit exclude(const std::string& path) {
    return {EditKind::Exclude, path, {}, Split::Train};
}
DatasetEdit move(const std::string& path, Split split) {
    return {EditKind::MoveToSplit, path, {}, split};
}

}  // namespace

class TestDatasetEdits : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_datasets = 0;

    // DIR/NAME: train/{cat,dog} with three pictures each, valid/{cat,dog} with one, a note.
    std::string folderDataset(const QString& name) {
        const fs::path root = (m_dir.path() + "/" + name).toStdString();
        int seed = ++m_datasets * 100;
        for (const char* split : {"train", "valid"})
            for (const char* label : {"cat", "dog"})
                for (int i = 0; i < (std::string(split) == "train" ? 3 : 1); ++i)
                    writePicture(root / split / label / (std::to_string(i) + ".png"), ++seed);
        std::ofstream(root / "README.txt") << "pictures of pets\n";
        return root.string();
    }

    // A Roboflow export: category 0 the placeholder, 1 mask, 2 nomask; train has four
    // pictures (one with both classes), valid one.
    std::string cocoDataset(const QString& name) {
        const fs::path root = (m_dir.path() + "/" + name).toStdString();
        const nlohmann::json categories = {
            {{"id", 0}, {"name", "faces"}, {"supercategory", "none"}},
            {{"id", 1}, {"name", "mask"}, {"supercategory", "faces"}},
            {{"id", 2}, {"name", "nomask"}, {"supercategory", "faces"}}};
        auto write = [&](const std::string& split, int pictures) {
            nlohmann::json images = nlohmann::json::array(), annotations = images;
            for (int i = 0; i < pictures; ++i) {
                const std::string file = split + std::to_string(i) + ".jpg";
                writePicture(root / split / file, 10 * i + int(split.size()));
                images.push_back({{"id", i}, {"file_name", file}, {"width", 16}, {"height", 12}});
                annotations.push_back({{"id", 2 * i},
                                       {"image_id", i},
                                       {"category_id", 1 + i % 2},
                                       {"bbox", {1, 1, 5, 5}},
                                       {"area", 25},
                                       {"iscrowd", 0}});
                if (i == 3)
                    annotations.push_back({{"id", 2 * i + 1},
                                           {"image_id", i},
                                           {"category_id", 1},
                                           {"bbox", {6, 2, 4, 4}},
                                           {"area", 16},
                                           {"iscrowd", 0}});
            }
            std::ofstream(root / split / "_annotations.coco.json")
                << nlohmann::json({{"info", {{"year", "2022"}}},
                                   {"categories", categories},
                                   {"images", images},
                                   {"annotations", annotations}})
                       .dump();
        };
        write("train", 4);
        write("valid", 1);
        return root.string();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void journalRoundTripsAndRefusesDamage() {
        const std::string path = (m_dir.path() + "/edits.json").toStdString();
        QVERIFY(readEditJournal(path).edits.empty());  // no file yet: no edits
        EditJournal journal;
        journal.add(relabel("train/caf\xe9/1.png", {"dog"}));
        journal.add(exclude("valid/cat/0.png"));
        journal.add(move("train/dog/2.png", Split::Test));
        saveEditJournal(path, journal);
        const EditJournal back = readEditJournal(path);
        QCOMPARE(back.edits.size(), size_t{3});
        QCOMPARE(back.edits[0].relativePath, std::string("train/caf\xe9/1.png"));
        QCOMPARE(back.edits[0].labels, std::vector<std::string>{"dog"});
        QVERIFY(back.edits[1].kind == EditKind::Exclude);
        QVERIFY(back.edits[2].kind == EditKind::MoveToSplit && back.edits[2].split == Split::Test);

        const std::pair<const char*, const char*> damaged[] = {
            {"{\"format\": 1, \"edits\": [{\"path\": \"a.png\"}]}", "needs a \"kind\""},
            {"{\"format\": 1, \"edits\": [{\"kind\": \"rename\", \"path\": \"a.png\"}]}",
             "not one of"},
            {"{\"format\": 1, \"edits\": [{\"kind\": \"move\", \"path\": \"a.png\", \"split\": "
             "\"dev\"}]}",
             "\"split\""},
            {"{\"format\": 1, \"edits\": [{\"kind\": \"relabel\", \"path\": \"a.png\"}]}",
             "\"labels\""},
            {"{\"format\": 2, \"edits\": []}", "format 2"},
            {"[1, 2]", "not an edit journal"}};
        for (const auto& [text, expected] : damaged) {
            std::ofstream(path) << text;
            try {
                readEditJournal(path);
                QFAIL(text);
            } catch (const EngineError& error) {
                QVERIFY2(QString(error.what()).contains(expected) &&
                             QString(error.what()).contains("edits.json"),
                         error.what());
            }
        }
    }

    void folderLayoutAppliesAndUndoesByteForByte() {
        const std::string root = folderDataset("pets");
        const auto before = filesUnder(root);
        const auto scannedBefore = scanned(root);
        QVERIFY(!canUndoAppliedEdits(root));

        EditJournal journal;
        journal.add(relabel("train/cat/0.png", {"cat"}));  // changed its mind, below
        journal.add(relabel("train/cat/0.png", {"dog"}));  // train/dog/0.png exists
        journal.add(exclude("train/dog/1.png"));
        journal.add(move("valid/cat/0.png", Split::Test));
        journal.add(relabel("train/cat/2.png", {"cat"}));  // no change at all
        const AppliedEdits applied = applyEdits(root, journal);
        QCOMPARE(applied.relabelled, 1);
        QCOMPARE(applied.excluded, 1);
        QCOMPARE(applied.moved, 1);

        const auto after = scanned(root);
        QCOMPARE(after.size(), scannedBefore.size() - 1);
        QCOMPARE(after.at("train/dog/0-2.png"), std::string("train dog"));
        QVERIFY(!after.count("train/cat/0.png") && !after.count("train/dog/1.png"));
        QCOMPARE(after.at("test/cat/0.png"), std::string("test cat"));
        const auto files = filesUnder(root);
        QCOMPARE(files.at("train/dog/0-2.png"), before.at("train/cat/0.png"));
        QCOMPARE(files.at("test/cat/0.png"), before.at("valid/cat/0.png"));
        QCOMPARE(files.at("README.txt"), before.at("README.txt"));
        // Excluded: beside the dataset, never deleted; the dataset before: its backup.
        QCOMPARE(applied.excludedFolder, root + "-excluded");
        QCOMPARE(applied.excludedFiles,
                 std::vector<std::string>{root + "-excluded/train/dog/1.png"});
        QCOMPARE(filesUnder(applied.excludedFolder).at("train/dog/1.png"),
                 before.at("train/dog/1.png"));
        QVERIFY(filesUnder(applied.backupFolder) == before);
        QVERIFY(canUndoAppliedEdits(root));

        undoAppliedEdits(root);
        QVERIFY(filesUnder(root) == before);
        QVERIFY(scanned(root) == scannedBefore);
        QVERIFY(!fs::exists(applied.backupFolder));
        QVERIFY(!fs::exists(root + "-excluded"));  // nothing was left in it
        QVERIFY(!canUndoAppliedEdits(root));
        QVERIFY_THROWS_EXCEPTION(EngineError, undoAppliedEdits(root));
        // No state files left beside the dataset but the excluded folder.
        for (const auto& entry : fs::directory_iterator(fs::path(root).parent_path()))
            QVERIFY2(entry.path().filename().string().find("pets.faicls") == std::string::npos,
                     entry.path().c_str());
    }

    // Opened through a link: the folder the link points to is rewritten, the link stays one.
    void aLinkToTheDatasetRewritesTheFolderItself() {
        const std::string real = folderDataset("linked");
        const std::string link = (m_dir.path() + "/link-to-linked").toStdString();
        fs::create_directory_symlink(real, link);
        EditJournal journal;
        journal.add(exclude("valid/dog/0.png"));
        const AppliedEdits applied = applyEdits(link, journal);
        QVERIFY(fs::is_symlink(link));
        QVERIFY(!fs::exists(real + "/valid/dog/0.png"));
        QCOMPARE(applied.excludedFolder, real + "-excluded");
        QVERIFY(fs::exists(real + "-excluded/valid/dog/0.png"));
        undoAppliedEdits(link);
        QVERIFY(fs::exists(real + "/valid/dog/0.png"));
    }

    void refusedEditsChangeNothing() {
        const std::string root = folderDataset("refused");
        const auto before = filesUnder(root);
        const std::pair<DatasetEdit, const char*> refused[] = {
            {relabel("train/cat/9.png", {"dog"}), "not a usable picture"},
            {relabel("train/cat/0.png", {"horse"}), "'horse' is not a class"},
            {relabel("train/cat/0.png", {"cat", "dog"}), "one class"}};
        for (const auto& [edit, expected] : refused) {
            EditJournal journal;
            journal.add(exclude("train/dog/0.png"));  // a good edit before the bad one
            journal.add(edit);
            try {
                applyEdits(root, journal);
                QFAIL(expected);
            } catch (const EngineError& error) {
                QVERIFY2(QString(error.what()).contains(expected) &&
                             QString(error.what()).contains("nothing was changed"),
                         error.what());
            }
            QVERIFY(filesUnder(root) == before);
        }
        QVERIFY(!canUndoAppliedEdits(root));

        // A damaged marker of an interrupted rewrite is said, not acted on.
        const std::string marker =
            (fs::path(root).parent_path() / ".refused.faicls-rewrite.json").string();
        for (const char* damaged : {"{\"kind\": 5}", "{\"backup\": [1]}", "not json"}) {
            std::ofstream(marker) << damaged;
            EditJournal journal;
            journal.add(exclude("train/dog/0.png"));
            try {
                applyEdits(root, journal);
                QFAIL(damaged);
            } catch (const EngineError& error) {
                QVERIFY2(QString(error.what()).contains(".refused.faicls-rewrite.json"),
                         error.what());
            }
            QVERIFY(filesUnder(root) == before);
        }
        fs::remove(marker);

        // Without split folders there is no split to move to.
        const fs::path flat = (m_dir.path() + "/flat").toStdString();
        writePicture(flat / "cat" / "a.png", 1);
        writePicture(flat / "dog" / "b.png", 2);
        EditJournal journal;
        journal.add(move("cat/a.png", Split::Test));
        QVERIFY_THROWS_EXCEPTION(EngineError, applyEdits(flat.string(), journal));
    }

    void undoIsRefusedWhenTheDatasetChanged() {
        const std::string root = folderDataset("changed");
        EditJournal journal;
        journal.add(relabel("train/dog/0.png", {"cat"}));
        applyEdits(root, journal);
        const auto edited = filesUnder(root);
        std::ofstream(root + "/train/cat/1.png", std::ios::app) << "more";
        try {
            undoAppliedEdits(root);
            QFAIL("undone over a change");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("train/cat/1.png changed"), error.what());
        }
        QCOMPARE(filesUnder(root).size(), edited.size());
        QVERIFY(fs::exists(root + "/train/cat/0-2.png"));
    }

    void cocoExportAppliesAndUndoesByteForByte() {
        const std::string root = cocoDataset("faces");
        const auto before = filesUnder(root);
        const auto scannedBefore = scanned(root);
        QCOMPARE(scannedBefore.at("train/train0.jpg"), std::string("train mask"));
        QCOMPARE(scannedBefore.at("train/train3.jpg"), std::string("train mask nomask"));

        EditJournal journal;
        journal.add(relabel("train/train0.jpg", {"nomask"}));
        journal.add(relabel("train/train3.jpg", {"mask"}));
        journal.add(relabel("train/train2.jpg", {"mask", "nomask"}));
        journal.add(exclude("train/train1.jpg"));
        journal.add(move("train/train2.jpg", Split::Valid));
        const AppliedEdits applied = applyEdits(root, journal);
        QCOMPARE(applied.relabelled, 3);
        QCOMPARE(applied.excluded, 1);
        QCOMPARE(applied.moved, 1);

        const auto after = scanned(root);
        QCOMPARE(after.size(), size_t{4});
        QCOMPARE(after.at("train/train0.jpg"), std::string("train nomask"));
        QCOMPARE(after.at("train/train3.jpg"), std::string("train mask"));
        QCOMPARE(after.at("valid/train2.jpg"), std::string("valid mask nomask"));
        QCOMPARE(after.at("valid/valid0.jpg"), std::string("valid mask"));
        // The relabelled annotation kept its box; the added class covers the picture.
        std::ifstream trainFile(root + "/train/_annotations.coco.json");
        const auto train = nlohmann::json::parse(trainFile);
        QCOMPARE(train["images"].size(), size_t{2});
        QVERIFY(train.contains("info"));  // what we do not read is kept
        for (const auto& annotation : train["annotations"])
            if (annotation["image_id"] == 0)
                QCOMPARE(annotation["bbox"], nlohmann::json({1, 1, 5, 5}));
        std::ifstream validFile(root + "/valid/_annotations.coco.json");
        const auto valid = nlohmann::json::parse(validFile);
        QCOMPARE(valid["images"].size(), size_t{2});
        QCOMPARE(valid["annotations"].size(), size_t{3});
        QCOMPARE(filesUnder(root).at("valid/train2.jpg"), before.at("train/train2.jpg"));
        QCOMPARE(filesUnder(applied.excludedFolder).at("train/train1.jpg"),
                 before.at("train/train1.jpg"));
        // The previous annotation files are the backup's.
        QVERIFY(filesUnder(applied.backupFolder) == before);

        undoAppliedEdits(root);
        QVERIFY(filesUnder(root) == before);
        QVERIFY(scanned(root) == scannedBefore);
    }

    // apply-edits killed at moments spread over its rewrite of the dataset: the dataset scans
    // as before or as after every time (no recovery run first); the next run finishes the job.
    void killedApplyLeavesTheOldOrTheNewDataset() {
        const fs::path root = (m_dir.path() + "/many").toStdString();
        for (int i = 0; i < 1500; ++i)
            writePicture(root / "train" / (i % 2 ? "cat" : "dog") / (std::to_string(i) + ".png"),
                         i);
        for (int i = 0; i < 20; ++i)
            writePicture(root / "valid" / (i % 2 ? "cat" : "dog") / (std::to_string(i) + ".png"),
                         i + 500);
        EditJournal journal;
        for (int i = 0; i < 1500; i += 10)
            journal.add(relabel(
                "train/" + std::string(i % 2 ? "cat" : "dog") + "/" + std::to_string(i) + ".png",
                {i % 2 ? "dog" : "cat"}));
        journal.add(exclude("valid/cat/1.png"));
        const std::string journalPath = (m_dir.path() + "/many-edits.json").toStdString();
        saveEditJournal(journalPath, journal);
        const auto old = scanned(root.string());
        const std::string marker = (root.parent_path() / ".many.faicls-rewrite.json").string();

        // Runs the command; with `killAfterMs` >= 0, kills it that long after the rewrite's
        // marker appears (the rewrite has begun). -9 when killed.
        auto run = [&](const QStringList& arguments, int killAfterMs) {
            QProcess cli;
            cli.start(FAICLS_CLI_PATH, arguments);
            if (!cli.waitForStarted())
                return -1;
            if (killAfterMs >= 0) {
                QElapsedTimer waited;
                waited.start();
                while (!fs::exists(marker) && cli.state() == QProcess::Running &&
                       waited.elapsed() < 60000)
                    QThread::usleep(200);
                QThread::usleep(static_cast<unsigned long>(killAfterMs) * 1000);
                if (cli.state() == QProcess::Running) {
                    ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
                    cli.waitForFinished();
                    return -9;
                }
            }
            cli.waitForFinished(60000);
            return cli.exitCode();
        };
        const QStringList apply = {"apply-edits", "--data", QString::fromStdString(root), "--edits",
                                   QString::fromStdString(journalPath)};
        const QStringList undo = {"apply-edits", "--data", QString::fromStdString(root), "--undo"};
        QVERIFY(run(apply, -1) == 0);
        const auto edited = scanned(root.string());
        QVERIFY(edited != old);
        QVERIFY(run(undo, -1) == 0);
        QVERIFY(scanned(root.string()) == old);

        int killedMidway = 0, midwayOld = 0, sawOld = 0, sawNew = 0;
        // Ever longer after the rewrite began, until it is over before the kill: kills before
        // the exchange, after it, and in the bookkeeping that follows.
        for (int delay = 0; delay < 4000; delay = delay * 3 / 2 + 2) {
            if (run(apply, delay) != -9)
                break;  // finished before the kill: later delays would too
            const bool midway = fs::exists(marker);
            const auto now = scanned(root.string());
            QVERIFY2(now == old || now == edited, qPrintable(QString::number(delay)));
            killedMidway += midway;
            midwayOld += midway && now == old;
            (now == old ? sawOld : sawNew) += 1;
            // Recovery (what every later apply or undo does first), then back to the start.
            if (canUndoAppliedEdits(root.string()))
                undoAppliedEdits(root.string());
            QVERIFY(!fs::exists(marker));
            QVERIFY(scanned(root.string()) == old);
        }
        qInfo(
            "kills while the rewrite was under way: %d, %d of them before the exchange (old "
            "dataset seen %d times, new %d)",
            killedMidway, midwayOld, sawOld, sawNew);
        QVERIFY(midwayOld > 0);
        // A kill, then the command again: it recovers and applies.
        QCOMPARE(run(apply, 0), -9);
        QCOMPARE(run(apply, -1), 0);
        QVERIFY(scanned(root.string()) == edited);
    }
};

QTEST_GUILESS_MAIN(TestDatasetEdits)
#include "tst_dataset_edits.moc"
