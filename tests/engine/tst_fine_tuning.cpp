// Fine-tuning from pretrained weights on the Fashion-MNIST demo at 32 px: a frozen backbone keeps
// its weights, "head first" unfreezes it after N epochs (and resumes), the cached head-only mode
// trains the same head as features computed every epoch, and transfer works through the whole
// download path: a ResNet-18 trained on five classes, saved as a torchvision file, served on
// 127.0.0.1, fetched by `train --fetch-weights` and fine-tuned on five other classes with few
// pictures beats the same training from random weights.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "faicls/config_json.h"
#include "faicls/demo_datasets.h"
#include "faicls/evaluation.h"
#include "faicls/trainer.h"
#include "io/sha256.h"
#include "io/torch_file_writer.h"
#include "model/bundle_file.h"
#include "test_support.h"
#include "weights_server.h"

using namespace faicls;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The trainer tests' tiny experiment, without warmup or early stopping; the backbone factor
// automatic (0.1 with pretrained weights).
ExperimentConfig tinyConfig(int epochs) {
    ExperimentConfig config = test::tinyExperiment(epochs);
    config.train.warmupEpochs = 0;
    config.train.earlyStop = false;
    config.train.backboneMultiplier.reset();
    return config;
}

void turnAugmentationOff(TrainConfig& train) {
    train.augmentation.scaleJitter = false;
    train.augmentation.horizontalFlip = 0;
    train.augmentation.colorJitter = 0;
}

// The tensors of a bundle (or a state dict file) whose names start with `prefix`.
std::map<std::string, torch::Tensor> tensorsOf(const io::StateDict& weights,
                                               const std::string& prefix) {
    std::map<std::string, torch::Tensor> selected;
    for (const auto& [name, tensor] : weights)
        if (name.rfind(prefix, 0) == 0)
            selected[name] = tensor;
    return selected;
}

double largestDifference(const std::map<std::string, torch::Tensor>& a,
                         const std::map<std::string, torch::Tensor>& b) {
    double largest = 0;
    for (const auto& [name, tensor] : a)
        largest = std::max(
            largest,
            (tensor.to(torch::kDouble) - b.at(name).to(torch::kDouble)).abs().max().item<double>());
    return largest;
}

// A dataset of some classes of the demo: every valid picture, the first `trainPerClass` train.
std::string subsetOf(const std::string& demo, const std::string& out,
                     const std::vector<int>& classes, size_t trainPerClass) {
    for (const char* split : {"train", "valid"}) {
        for (int c : classes) {
            const fs::path from = fs::path(demo) / split / fashionMnistClassNames()[c];
            const fs::path to = fs::path(out) / split / fashionMnistClassNames()[c];
            fs::create_directories(to);
            std::vector<fs::path> files;
            for (const auto& entry : fs::directory_iterator(from))
                files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            if (std::string(split) == "train" && files.size() > trainPerClass)
                files.resize(trainPerClass);
            for (const auto& file : files)
                fs::copy_file(file, to / file.filename());
        }
    }
    return out;
}

}  // namespace

class TestFineTuning : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DemoDatasets m_demo;
    std::string m_pretrainedFile;  // a bundle of a randomly initialised STDC nano, 10 classes
    int m_runs = 0;

    std::string runFolder() {
        return (m_dir.path() + "/run" + QString::number(m_runs++)).toStdString();
    }

    TrainingSummary train(const ExperimentConfig& config, test::RecordingListener& listener,
                          const std::string& dataset, JobHandle* job = nullptr) {
        return Trainer(TrainingRequest{dataset, {}, config, runFolder()}).run(&listener, job);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoOptions demo;
        demo.trainPerClass = 100;
        demo.validPerClass = 30;
        demo.testPerClass = 1;
        demo.trainMosaics = 1;
        demo.validMosaics = 1;
        demo.testMosaics = 1;
        m_demo = buildDemoDatasets((m_dir.path() + "/demo").toStdString(), demo);
        // "Pretrained" weights: one epoch from scratch, so the backbone's numbers are not the
        // seeded initialisation a run would draw anyway.
        test::RecordingListener listener;
        const auto summary = train(tinyConfig(1), listener, m_demo.classificationFolder);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        m_pretrainedFile = summary.lastBundle;
    }

    void aFrozenBackboneKeepsItsWeights() {
        ExperimentConfig config = tinyConfig(2);
        config.model.backbone.pretrained = m_pretrainedFile;
        config.train.freezeBackbone = true;  // augmentation on: features computed every step
        test::RecordingListener listener;
        const auto summary = train(config, listener, m_demo.classificationFolder);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        QVERIFY(listener.said("backbone frozen: only the head trains"));
        QVERIFY(!listener.said("features computed once"));
        const auto before = readBundle(m_pretrainedFile).weights;
        const auto after = readBundle(summary.lastBundle).weights;
        // Weights and BatchNorm statistics alike: not a bit changed.
        QCOMPARE(largestDifference(tensorsOf(before, "backbone."), tensorsOf(after, "backbone.")),
                 0.0);
        QVERIFY(largestDifference(tensorsOf(before, "head."), tensorsOf(after, "head.")) > 1e-3);
    }

    void theHeadTrainsFirstThenTheWholeNetwork() {
        ExperimentConfig config = tinyConfig(2);
        config.model.backbone.pretrained = m_pretrainedFile;
        config.train.freezeBackboneEpochs = 1;
        const std::string folder = runFolder();
        JobHandle job;
        test::RecordingListener first;
        first.iteration = [&](const TrainingProgress& p) {
            if (p.epoch == 2)
                job.cancel();
        };
        QVERIFY(Trainer(TrainingRequest{m_demo.classificationFolder, {}, config, folder})
                    .run(&first, &job)
                    .cancelled);
        QVERIFY(first.said("backbone frozen for epochs 1-1"));
        const auto pretrained = tensorsOf(readBundle(m_pretrainedFile).weights, "backbone.");
        const std::string last = folder + "/last.faicls";
        QCOMPARE(largestDifference(pretrained, tensorsOf(readBundle(last).weights, "backbone.")),
                 0.0);
        TrainingRequest resume;
        resume.runFolder = folder;
        resume.resume = true;
        test::RecordingListener rest;
        const auto summary = Trainer(resume).run(&rest);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        QVERIFY(rest.said("epoch 2: the whole network trains"));
        QVERIFY(largestDifference(pretrained, tensorsOf(readBundle(last).weights, "backbone.")) >
                1e-4);
    }

    void cachedFeaturesTrainTheSameHead() {
        ExperimentConfig config = tinyConfig(3);
        config.model.backbone.pretrained = m_pretrainedFile;
        config.model.numLayers = 2;
        config.model.hiddenDim = 64;
        config.model.dropoutRate = 0.3;  // the dropout draws must line up too
        config.train.freezeBackbone = true;
        turnAugmentationOff(config.train);
        test::RecordingListener cached;
        const auto fast = train(config, cached, m_demo.classificationFolder);
        QVERIFY2(fast.failure.empty(), fast.failure.c_str());
        QVERIFY(cached.said("features computed once"));
        config.train.cacheFeatures = false;
        test::RecordingListener everyEpoch;
        const auto slow = train(config, everyEpoch, m_demo.classificationFolder);
        QVERIFY(!everyEpoch.said("features computed once"));
        const double difference =
            largestDifference(tensorsOf(readBundle(fast.lastBundle).weights, "head."),
                              tensorsOf(readBundle(slow.lastBundle).weights, "head."));
        qInfo("largest head weight difference, cached against every epoch: %.2e", difference);
        QVERIFY2(difference < 1e-4, std::to_string(difference).c_str());
        QVERIFY(cached.epochs.back().trainLoss < cached.epochs.front().trainLoss);  // it learns
        for (size_t e = 0; e < 3; ++e) {
            QVERIFY(std::abs(cached.epochs[e].trainLoss - everyEpoch.epochs[e].trainLoss) < 1e-4);
            QVERIFY(std::abs(cached.epochs[e].validLoss - everyEpoch.epochs[e].validLoss) < 1e-4);
            QCOMPARE(cached.epochs[e].metrics.accuracy, everyEpoch.epochs[e].metrics.accuracy);
        }
    }

    void transferThroughTheDownloadPathBeatsRandomWeights() {
        // The source task: five garment classes, all their pictures.
        const std::string source =
            subsetOf(m_demo.classificationFolder, (m_dir.path() + "/source").toStdString(),
                     {0, 2, 5, 7, 8}, 100);
        ExperimentConfig pretrain = tinyConfig(10);
        pretrain.model.backbone.modelType = "resnet";
        pretrain.model.backbone.depth = 18;
        pretrain.train.backboneMultiplier = 1.0;
        test::RecordingListener pretrainListener;
        const auto pretrained = train(pretrain, pretrainListener, source);
        QVERIFY2(pretrained.failure.empty(), pretrained.failure.c_str());
        qInfo("source task (5 classes) accuracy: %.1f%%",
              pretrainListener.epochs.back().metrics.accuracy);

        // Its backbone as torchvision publishes ResNet-18: torchvision names, a 1000-class fc.
        io::StateDict torchvision;
        for (const auto& [name, tensor] : readBundle(pretrained.lastBundle).weights)
            if (name.rfind("backbone.", 0) == 0)
                torchvision.emplace_back(name.substr(9), tensor);
        torchvision.emplace_back("fc.weight", torch::zeros({1000, 512}));
        torchvision.emplace_back("fc.bias", torch::zeros({1000}));
        fs::create_directories(m_dir.filePath("served").toStdString());
        const std::string served = m_dir.filePath("served/fmnist-resnet18.pth").toStdString();
        io::writeTorchStateDict(served, torchvision);

        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const std::string catalog = m_dir.filePath("catalog.json").toStdString();
        test::writeTestCatalog(catalog,
                               {json{{"name", "fmnist-resnet18"},
                                     {"backbone", {{"model_type", "resnet"}, {"depth", 18}}},
                                     {"url", server.url("fmnist-resnet18.pth")},
                                     {"sha256", io::sha256OfFile(served)}}});

        // The target task: five other classes, 8 pictures each.
        const std::string target =
            subsetOf(m_demo.classificationFolder, (m_dir.path() + "/target").toStdString(),
                     {1, 3, 4, 6, 9}, 8);
        ExperimentConfig fineTune = tinyConfig(40);
        fineTune.model.backbone = pretrain.model.backbone;
        fineTune.train.batchSize = 16;
        fineTune.model.backbone.pretrained = "fmnist-resnet18";
        // What Create ML does with few pictures: the backbone frozen, the head trained on cached
        // features (res4: at 32 px res5 is one pixel). A full fine-tune from a backbone that saw
        // only 500 pictures does not beat a training from scratch on this easy data (77 against
        // 85 %), so this is the path asserted.
        fineTune.train.freezeBackbone = true;
        fineTune.model.features = "res4";
        turnAugmentationOff(fineTune.train);
        const std::string configFile = m_dir.filePath("fine_tune.json").toStdString();
        std::ofstream(configFile) << toJson(fineTune).dump(2);
        const std::string fineTuned = runFolder();
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("FAICLS_WEIGHTS_CATALOG", QString::fromStdString(catalog));
        environment.insert("XDG_CACHE_HOME", m_dir.filePath("xdg"));
        environment.insert("TORCH_HOME", m_dir.filePath("torch"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(FAICLS_CLI_PATH),
                  {"train", "--data", QString::fromStdString(target), "--config",
                   QString::fromStdString(configFile), "--out", QString::fromStdString(fineTuned),
                   "--fetch-weights", "--json"});
        QVERIFY(cli.waitForFinished(600000));
        const QString log = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(log));
        QVERIFY2(log.contains("downloading fmnist-resnet18"), qPrintable(log));
        QCOMPARE(server.requests().size(), size_t{1});

        ExperimentConfig scratch = fineTune;
        scratch.model.backbone.pretrained.clear();
        test::RecordingListener scratchListener;
        const auto fromScratch = train(scratch, scratchListener, target);
        QVERIFY2(fromScratch.failure.empty(), fromScratch.failure.c_str());

        const double transferred =
            evaluateBundle(fineTuned + "/last.faicls", target, Split::Valid).accuracy;
        const double random = evaluateBundle(fromScratch.lastBundle, target, Split::Valid).accuracy;
        qInfo(
            "target task (5 classes, 8 pictures each): %.1f%% fine-tuned, %.1f%% from random "
            "weights",
            transferred, random);
        // Calibrated over seeds 42-44: 62-75 % against 35-41 %.
        QVERIFY2(transferred > random + 15,
                 qPrintable(QString("%1 against %2").arg(transferred).arg(random)));
    }
};

QTEST_GUILESS_MAIN(TestFineTuning)
#include "tst_fine_tuning.moc"
