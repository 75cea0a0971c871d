// faicls-cli as a user runs it: version and help, import of torchvision and reference
// checkpoints, prediction as JSON, and exit code 2 with a message naming the file for bad input.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "faicls/json_text.h"
#include "model/bundle_file.h"
#include "test_support.h"

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// One CSV row's fields, quotes undone (a message may hold commas).
QStringList csvFields(const QString& row) {
    QStringList fields{QString()};
    bool quoted = false;
    for (int i = 0; i < row.size(); ++i) {
        const QChar c = row[i];
        if (quoted && c == '"' && i + 1 < row.size() && row[i + 1] == '"') {
            fields.last() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

CliRun runCli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(FAICLS_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.path() + "/" + name; }

    void writeFile(const QString& name, const QByteArray& content) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString problem =
            faicls::test::runReferenceScript("make_focoos_reference.py", {m_dir.path()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = faicls::test::runReferenceScript("make_torchvision_reference.py",
                                                   {m_dir.path(), "resnet18"});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = faicls::test::runReferenceScript("make_pth_fixtures.py",
                                                   {m_dir.path(), path("MARKER")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        cv::Mat image(120, 90, CV_8UC3, cv::Scalar(30, 140, 220));
        cv::circle(image, {45, 60}, 25, cv::Scalar(250, 250, 250), -1);
        QVERIFY(cv::imwrite(path("photo.jpg").toStdString(), image));
    }

    void versionAndHelp() {
        const CliRun version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("faicls-cli 0."), qPrintable(version.out));
        const CliRun help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"train", "predict", "eval"}) {
            const CliRun commandHelp = runCli({command, "--help"});
            QCOMPARE(commandHelp.exitCode, 0);
            QCOMPARE(commandHelp.out, help.out);
        }
        QVERIFY(help.out.contains("import --torchvision") && help.out.contains("predict --model"));
        QCOMPARE(runCli({}).exitCode, 2);
        const CliRun unknown = runCli({"frobnicate"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
    }

    void importFocoosThenPredict() {
        const QString bundle = path("ref.faicls");
        const CliRun import =
            runCli({"import", "--focoos", path("nano_res4_1layer/model_final.pth"), "--info",
                    path("nano_res4_1layer/model_info.json"), "--out", bundle});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY(import.err.contains("3 classes") && import.err.contains("multi-label"));
        const CliRun predict = runCli({"predict", "--model", bundle, path("photo.jpg"), "--json"});
        QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
        const auto output = nlohmann::json::parse(predict.out.toStdString());
        QCOMPARE(output["multi_label"].get<bool>(), true);
        const auto json = output["results"][0];
        QCOMPARE(json["scores"].size(), size_t{3});
        QCOMPARE(json["scores"][0]["label"].get<std::string>(), std::string("cat"));
        for (const auto& p : json["predictions"])
            QVERIFY(p["conf"].get<double>() > 0.5);
    }

    void importTorchvisionThenPredict() {
        writeFile("resnet18.json",
                  R"({"backbone_config": {"model_type": "resnet", "depth": 18}, "num_layers": 1})");
        const QString bundle = path("resnet18.faicls");
        const CliRun import = runCli({"import", "--torchvision", path("resnet18.pth"), "--config",
                                      path("resnet18.json"), "--out", bundle});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.err.contains("1000 classes"), qPrintable(import.err));
        const CliRun predict = runCli({"predict", "--model", bundle, path("photo.jpg"), "--json"});
        QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
        const auto json = nlohmann::json::parse(predict.out.toStdString())["results"][0];
        QCOMPARE(json["scores"].size(), size_t{1000});
        QCOMPARE(json["predictions"].size(), size_t{1});
        double sum = 0;
        for (const auto& s : json["scores"])
            sum += s["conf"].get<double>();
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        const CliRun plain = runCli({"predict", "--model", bundle, path("photo.jpg")});
        QVERIFY(plain.out.contains("photo.jpg: class_"));
    }

    void inspectRealDataset() {
        const QString root = QStringLiteral(FAICLS_SHARED_DATA) + "/roboflow-facemask";
        const CliRun json = runCli({"inspect", root, "--json"});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const auto report = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(report["layout"].get<std::string>(), std::string("ROBOFLOW_COCO"));
        QCOMPARE(report["splits"]["train"]["images"].get<int>(), 650);
        QCOMPARE(report["duplicates"].size(), size_t{17});
        const CliRun text = runCli({"inspect", root});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Layout: ROBOFLOW_COCO, multi-label, 5 classes"));
        QVERIFY(text.out.contains("17 group(s), 6 across splits, 17 with conflicting labels"));
        const CliRun missing = runCli({"inspect", path("no-such-dataset")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no-such-dataset: folder not found"));
        QCOMPARE(runCli({"inspect", root, "--layout", "yolo"}).exitCode, 2);
    }

    void demoTrainEval() {
        const CliRun demo =
            runCli({"demo", "--out", path("demo"), "--per-class", "20", "--mosaics", "20"});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        writeFile(
            "tiny.json",
            R"({"model": {"backbone_config": {"size": "nano"}, "resolution": 32, "num_layers": 1},
                                   "train": {"epochs": 1, "batch_size": 16, "workers": 2}})");
        const CliRun train =
            runCli({"train", "--data", path("demo/fashion-mnist-folder"), "--config",
                    path("tiny.json"), "--out", path("run"), "--json"});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        QVERIFY(train.err.contains("epoch 1: train loss"));
        const auto summary = nlohmann::json::parse(train.out.toStdString());
        QVERIFY(summary["completed"].get<bool>());
        QVERIFY(QFile::exists(QString::fromStdString(summary["best"].get<std::string>())));
        const CliRun eval =
            runCli({"eval", "--model", path("run/best.faicls"), "--data",
                    path("demo/fashion-mnist-folder"), "--split", "test", "--json"});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const auto metrics = nlohmann::json::parse(eval.out.toStdString());
        QCOMPARE(metrics["images"].get<int>(), 40);  // 4 per class in test
        QVERIFY(metrics.contains("accuracy") && metrics.contains("F1-trouser"));
        const CliRun wrongData = runCli({"eval", "--model", path("run/best.faicls"), "--data",
                                         path("demo/fashion-mnist-mosaics")});
        QCOMPARE(wrongData.exitCode, 2);
        QVERIFY(wrongData.err.contains("classes differ"));
    }

    // Runs after demoTrainEval: its trained model on the demo's test folder.
    void predictFolderThenExport() {
        const QString model = path("run/best.faicls");
        const QString folder = path("demo/fashion-mnist-folder/test");
        writeFile("demo/fashion-mnist-folder/test/coat/broken.png", "\x89PNG\r\n not really");
        writeFile("demo/fashion-mnist-folder/test/readme.txt", "not an image");
        const CliRun predict = runCli({"predict", "--model", model, folder, "--top-k", "2", "--csv",
                                       path("predictions.csv"), "--annotate", path("annotated"),
                                       "--explain", path("explained")});
        QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
        QVERIFY2(predict.err.contains("broken.png") && predict.err.contains("1 of 41"),
                 qPrintable(predict.err));
        QFile csv(path("predictions.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
        QCOMPARE(rows.size(), 42);  // header + 40 images + the broken one
        QCOMPARE(rows[0], QString("path,labels,confidences,error"));
        int withTwoLabels = 0;
        for (const QString& row : rows.mid(1)) {
            const QStringList fields = csvFields(row);
            QCOMPARE(fields.size(), 4);
            if (fields[0].endsWith("broken.png")) {
                QVERIFY(!fields[3].isEmpty());
                continue;
            }
            withTwoLabels += fields[1].split(';').size() == 2 && fields[2].split(';').size() == 2;
        }
        QCOMPARE(withTwoLabels, 40);
        QCOMPARE(QDir(path("annotated")).entryList(QDir::Files).size(), 40);
        // One heat map per predicted label (top-k 2): NAME-LABEL.png, the picture's size.
        const QStringList explained = QDir(path("explained")).entryList(QDir::Files);
        QCOMPARE(explained.size(), 80);
        const QString firstPicture = QDir(folder + "/bag").entryList(QDir::Files).first();
        const QStringList ofFirst = explained.filter(QRegularExpression(
            "^" + QFileInfo(firstPicture).completeBaseName() + "-[a-z_-]+\\.png$"));
        QCOMPARE(ofFirst.size(), 2);
        const cv::Mat heatMap = cv::imread(path("explained/" + ofFirst.first()).toStdString());
        const cv::Mat picture = cv::imread((folder + "/bag/" + firstPicture).toStdString());
        QVERIFY(!heatMap.empty() && heatMap.size() == picture.size());

        const CliRun exported =
            runCli({"export", "--model", model, "--format", "torchscript", "--out",
                    path("export/model.pt"), path("demo/fashion-mnist-folder/test/coat")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(
            exported.out.contains("check: torch::jit::load") && exported.out.contains("passed"),
            qPrintable(exported.out));
        QCOMPARE(
            runCli({"predict", "--model", model, path("empty-folder-that-is-missing")}).exitCode,
            2);
    }

    // Runs after demoTrainEval: an int8 variant of its model, measured, kept, then used.
    void quantizeThenPredictInInt8() {
        const QString model = path("run/best.faicls");
        const QString data = path("demo/fashion-mnist-folder");
        const CliRun measured =
            runCli({"quantize", "--model", model, "--data", data, "--calibration", "64", "--json"});
        QVERIFY2(measured.exitCode == 0, qPrintable(measured.err));
        const auto report = nlohmann::json::parse(measured.out.toStdString());
        QCOMPARE(report["calibration"]["images"].get<int>(), 64);
        QCOMPARE(report["validation"]["images"].get<int>(), 40);
        QVERIFY(report["validation"]["int8"].contains("accuracy"));
        QVERIFY(!report["kept"].get<bool>());
        QVERIFY(!faicls::readBundleInfo(model.toStdString()).hasInt8Variant());

        const CliRun kept =
            runCli({"quantize", "--model", model, "--data", data, "--calibration", "64", "--keep"});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        QVERIFY2(kept.out.contains("int8 on 40 validation images: accuracy") &&
                     kept.out.contains("kept in"),
                 qPrintable(kept.out));
        QVERIFY(faicls::readBundleInfo(model.toStdString()).hasInt8Variant());
        const QString coats = data + "/test/coat";
        const CliRun int8 =
            runCli({"predict", "--model", model, coats, "--precision", "int8", "--json"});
        QVERIFY2(int8.exitCode == 0, qPrintable(int8.err));
        const CliRun float32 =
            runCli({"predict", "--model", model, coats, "--precision", "float32", "--json"});
        QVERIFY2(float32.exitCode == 0, qPrintable(float32.err));
        QVERIFY(int8.out != float32.out);  // two computations: the scores differ a little
        QCOMPARE(nlohmann::json::parse(int8.out.toStdString()).size(),
                 nlohmann::json::parse(float32.out.toStdString()).size());
    }

    void killedDuringTrainingLeavesLoadableCheckpoints() {
        // Kill the trainer at varied moments (it saves every epoch, atomically): whatever the
        // moment, last.faicls and best.faicls load, and resuming works.
        writeFile(
            "many.json",
            R"({"model": {"backbone_config": {"size": "nano"}, "resolution": 32, "num_layers": 1},
                                   "train": {"epochs": 500, "batch_size": 16, "workers": 1}})");
        int checked = 0;
        const int attempts = 8;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            // The first and the last run live until they have saved an epoch (however loaded
            // the machine is), so that there is a run to resume at the end; the others die at
            // varied moments, often while saving. A fresh run drops the old state first.
            // The first starts the run; the others resume it (a fresh training would not
            // replace it), and a run killed before its first save starts afresh.
            const bool untilSaved = attempt == 0 || attempt == attempts - 1;
            if (attempt == 0)
                QDir(path("killed")).removeRecursively();
            const bool resume = QFile::exists(path("killed/trainer_state.json")) ||
                                QFile::exists(path("killed/.checkpoint.journal"));
            if (!resume)
                QDir(path("killed")).removeRecursively();
            const QDateTime savedBefore =
                QFileInfo(path("killed/trainer_state.json")).lastModified();
            QProcess train;
            train.start(QStringLiteral(FAICLS_CLI_PATH),
                        resume
                            ? QStringList{"train", "--resume", path("killed")}
                            : QStringList{"train", "--data", path("demo/fashion-mnist-folder"),
                                          "--config", path("many.json"), "--out", path("killed")});
            QVERIFY(train.waitForStarted());
            if (untilSaved)
                QTRY_VERIFY_WITH_TIMEOUT(
                    QFileInfo(path("killed/trainer_state.json")).lastModified() != savedBefore,
                    120000);
            QTest::qWait(900 + attempt * 137);
            train.kill();  // SIGKILL: no clean-up runs
            QVERIFY(train.waitForFinished());
            for (const char* name : {"killed/last.faicls", "killed/best.faicls"}) {
                if (!QFile::exists(path(name)))
                    continue;
                try {
                    faicls::readBundle(path(name).toStdString());
                    ++checked;
                } catch (const std::exception& error) {
                    QFAIL(qPrintable(
                        QString("%1 does not load after a kill: %2").arg(name, error.what())));
                }
            }
        }
        QVERIFY2(checked > 4, qPrintable(QString::number(checked)));
        const CliRun resume =
            runCli({"train", "--resume", path("killed"), "--epochs", "1", "--json"});
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    }

    void annotatingIntoTheInputFolderReplacesNothing() {
        QDir().mkpath(path("annotate-here"));
        QVERIFY(QFile::copy(path("photo.jpg"), path("annotate-here/photo.jpg")));
        const CliRun run = runCli({"predict", "--model", path("resnet18.faicls"),
                                   path("annotate-here"), "--annotate", path("annotate-here")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is the input"), qPrintable(run.err));
        QFile original(path("photo.jpg")), kept(path("annotate-here/photo.jpg"));
        QVERIFY(original.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
        QVERIFY(original.readAll() == kept.readAll());
    }

    // A file and folder whose names are not UTF-8 (Linux allows any bytes): predict --json and
    // inspect --json print valid JSON, and predict names the file exactly (as hex).
    void namesThatAreNotUtf8PrintValidJson() {
        namespace fs = std::filesystem;
        const fs::path odd = fs::path(m_dir.path().toStdString()) / "odd-\xff";
        fs::create_directories(odd / "caf\xe9");
        fs::create_directories(odd / "tea");
        for (const char* name : {"caf\xe9/a\xfe.jpg", "caf\xe9/b.jpg", "tea/c.jpg", "tea/d.jpg"})
            fs::copy_file(path("photo.jpg").toStdString(), odd / name);
        const std::string image = (odd / "caf\xe9/a\xfe.jpg").string();
        ::setenv("FAICLS_ODD_IMAGE", image.c_str(), 1);
        ::setenv("FAICLS_ODD_DATA", odd.string().c_str(), 1);
        ::setenv("FAICLS_MODEL", path("resnet18.faicls").toStdString().c_str(), 1);
        auto run = [](const std::string& arguments, std::string& out) {
            const std::string command =
                std::string("'") + FAICLS_CLI_PATH + "' " + arguments + " 2>/dev/null";
            FILE* pipe = ::popen(command.c_str(), "r");
            char buffer[4096];
            for (size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
                out.append(buffer, got);
            return WEXITSTATUS(::pclose(pipe));
        };
        std::string predicted;
        QCOMPARE(run("predict --model \"$FAICLS_MODEL\" \"$FAICLS_ODD_IMAGE\" --json", predicted),
                 0);
        const auto results = nlohmann::json::parse(predicted)["results"];
        QCOMPARE(results.size(), size_t{1});
        QVERIFY2(results[0]["image"].is_object(), predicted.c_str());
        QCOMPARE(faicls::pathFromJson(results[0]["image"]), image);
        std::string inspected;
        QCOMPARE(run("inspect \"$FAICLS_ODD_DATA\" --json", inspected), 0);
        QVERIFY2(nlohmann::json::accept(inspected), inspected.c_str());
        fs::remove_all(odd);  // QTemporaryDir cannot remove such names
    }

    void anInterruptStopsTrainingCleanly() {
        // SIGTERM (as Ctrl+C sends SIGINT) once an epoch is saved: the training stops after its
        // current step, says how to go on, and the run resumes.
        writeFile(
            "long.json",
            R"({"model": {"backbone_config": {"size": "nano"}, "resolution": 32, "num_layers": 1},
                                   "train": {"epochs": 500, "batch_size": 16, "workers": 1}})");
        QProcess train;
        train.start(QStringLiteral(FAICLS_CLI_PATH),
                    {"train", "--data", path("demo/fashion-mnist-folder"), "--config",
                     path("long.json"), "--out", path("interrupted")});
        QVERIFY(train.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path("interrupted/trainer_state.json")), 120000);
        train.terminate();
        QVERIFY(train.waitForFinished(60000));
        QCOMPARE(train.exitStatus(), QProcess::NormalExit);
        QCOMPARE(train.exitCode(), 130);
        const QString err = QString::fromUtf8(train.readAllStandardError());
        QVERIFY2(err.contains("--resume " + path("interrupted")), qPrintable(err));
        const CliRun resume =
            runCli({"train", "--resume", path("interrupted"), "--epochs", "2", "--json"});
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hostile weights")
            << QStringList{"import",          "--torchvision", "@/hostile.pth", "--config",
                           "@/resnet18.json", "--out",         "@/x.faicls"}
            << "hostile.pth: refused";
        QTest::newRow("missing weights")
            << QStringList{"import",          "--torchvision", "@/absent.pth", "--config",
                           "@/resnet18.json", "--out",         "@/x.faicls"}
            << "absent.pth: file not found";
        QTest::newRow("bad config")
            << QStringList{"import",     "--torchvision", "@/resnet18.pth", "--config",
                           "@/bad.json", "--out",         "@/x.faicls"}
            << "backbone_config.depth: 19 is not one of 18, 34, 50, 101";
        QTest::newRow("missing --out")
            << QStringList{"import", "--focoos", "@/a.pth", "--info", "@/b.json"}
            << "missing --out";
        QTest::newRow("unknown option")
            << QStringList{"predict", "--modle", "x"} << "unknown option --modle";
        QTest::newRow("not an image")
            << QStringList{"predict", "--model", "@/resnet18.faicls", "@/resnet18.json"}
            << "resnet18.json: not an image this program reads";
        QTest::newRow("not a bundle")
            << QStringList{"predict", "--model", "@/resnet18.json", "@/photo.jpg"}
            << "resnet18.json: not a valid FAI-CLS model bundle";
        // An output never replaces an input.
        QTest::newRow("export over its model")
            << QStringList{"export", "--model", "@/resnet18.faicls", "--format",
                           "onnx",   "--out",   "@/resnet18.faicls"}
            << "--out " + m_dir.path() + "/resnet18.faicls is the input";
        QTest::newRow("import over its weights")
            << QStringList{"import",          "--torchvision", "@/resnet18.pth", "--config",
                           "@/resnet18.json", "--out",         "@/resnet18.pth"}
            << "is the input";
        QTest::newRow("csv over the model")
            << QStringList{"predict", "--model",           "@/resnet18.faicls",
                           "--csv",   "@/resnet18.faicls", "@/photo.jpg"}
            << "--csv " + m_dir.path() + "/resnet18.faicls is the input";
        // Numbers are read whole: no prefix of them is taken, nothing that is not finite.
        QTest::newRow("epochs with a suffix")
            << QStringList{"train", "--data", "@/demo/fashion-mnist-folder", "--epochs", "2x"}
            << "--epochs takes a whole number in [1, 100000], not '2x'";
        QTest::newRow("resume epochs not a number")
            << QStringList{"train", "--resume", "@/demo-run", "--epochs", "abc"}
            << "--epochs takes a whole number in [1, 100000], not 'abc'";
        QTest::newRow("threshold nan") << QStringList{"predict",     "--model", "@/resnet18.faicls",
                                                      "--threshold", "nan",     "@/photo.jpg"}
                                       << "--threshold takes a number in [0, 1], not 'nan'";
        QTest::newRow("threshold with a suffix")
            << QStringList{"predict",     "--model", "@/resnet18.faicls",
                           "--threshold", "0.5abc",  "@/photo.jpg"}
            << "not '0.5abc'";
        QTest::newRow("no such device")
            << QStringList{"predict",  "--model", "@/resnet18.faicls",
                           "--device", "bogus",   "@/photo.jpg"}
            << "device: \"bogus\" is not one of auto, cpu, cuda, cuda:N";
        QTest::newRow("no such precision")
            << QStringList{"train", "--data", "@/demo/fashion-mnist-folder", "--precision", "half"}
            << "precision: \"half\" is not one of";
        QTest::newRow("no such prediction precision")
            << QStringList{"predict",     "--model", "@/resnet18.faicls",
                           "--precision", "int4",    "@/photo.jpg"}
            << "no such precision: int4";
        QTest::newRow("int8 without a variant")
            << QStringList{"predict",     "--model", "@/resnet18.faicls",
                           "--precision", "int8",    "@/photo.jpg"}
            << "resnet18.faicls: the model has no int8 variant";
        QTest::newRow("quantize on other classes")
            << QStringList{"quantize", "--model", "@/run/best.faicls", "--data",
                           "@/demo/fashion-mnist-mosaics"}
            << "classes differ";
        QTest::newRow("no megapixels")
            << QStringList{"inspect", "@/demo/fashion-mnist-folder", "--max-megapixels", "0"}
            << "--max-megapixels takes a number in [0.001, 1e+06], not '0'";
    }

    void badInput() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        writeFile("bad.json", R"({"backbone_config": {"model_type": "resnet", "depth": 19}})");
        for (QString& argument : arguments)
            argument.replace("@/", m_dir.path() + "/");
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(path("x.faicls")));
        QVERIFY2(!QFile::exists(path("MARKER")), "the hostile payload ran");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
