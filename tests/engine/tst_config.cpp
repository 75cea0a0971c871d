// Configuration: defaults as in the spec, JSON round trip, reference configs load, and a table
// of bad configs with the exact message each must produce.

#include <QTemporaryDir>
#include <QtTest>

#include "faicls/config_json.h"
#include "faicls/config_schema.h"
#include "faicls/engine_error.h"

using namespace faicls;
using nlohmann::json;

namespace {

QStringList texts(const ConfigIssues& issues) {
    QStringList list;
    for (const auto& issue : issues)
        list << QString::fromStdString(issue.text());
    return list;
}

// The model section of the reference zoo's fai-cls-m-coco (shape of its model_info.json).
json referenceZooConfig() {
    return json::parse(R"({
      "num_classes": 80,
      "backbone_config": {"model_type": "stdc", "use_pretrained": false,
        "backbone_url": "stdc_small.pth", "in_chans": 3, "base": 64,
        "layers": [2, 2, 2], "out_features": ["res2", "res3", "res4", "res5"], "block_num": 4,
        "block_type": "cat", "size": "small", "use_conv_last": false},
      "resolution": 224, "pixel_mean": [123.675, 116.28, 103.53], "pixel_std": [58.395, 57.12, 57.375],
      "hidden_dim": 512, "dropout_rate": 0.2, "features": "res5", "num_layers": 1,
      "dense_prediction": false, "use_focal_loss": false, "focal_alpha": 0.75, "focal_gamma": 2.0,
      "label_smoothing": 0.0, "pos_weight": 2.0})");
}

}  // namespace

class TestConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheSpec() {
        const ModelConfig model;
        QCOMPARE(model.backbone.modelType, std::string("stdc"));
        QCOMPARE(model.backbone.size, std::string("small"));
        QCOMPARE(model.resolution.heightPx, 224);
        QCOMPARE(model.hiddenDim, 512);
        QCOMPARE(model.dropoutRate, 0.2);
        QCOMPARE(model.features, std::string("res5"));
        QCOMPARE(model.numLayers, 2);
        QCOMPARE(model.focalAlpha, 0.75);
        QCOMPARE(model.posWeight, 1.0);
        const TrainConfig train;
        QCOMPARE(train.epochs, 30);
        QCOMPARE(train.batchSize, 16);
        QCOMPARE(train.learningRate, 5e-4);
        QVERIFY(!train.backboneMultiplier.has_value());  // automatic
        QCOMPARE(train.weightDecay, 0.02);
        QCOMPARE(train.scheduler, std::string("cosine"));
        QCOMPARE(train.clipGradients, 0.1);
        QCOMPARE(train.patience, 10);
        QCOMPARE(train.seed, 42);
        // The schema's defaults are the structs' defaults.
        for (const auto& entry : modelSchema()) {
            const auto dot = entry.keyPath.find('.');
            const json value = dot == std::string::npos
                                   ? toJson(ModelConfig{})[entry.keyPath]
                                   : toJson(ModelConfig{})[entry.keyPath.substr(0, dot)]
                                                          [entry.keyPath.substr(dot + 1)];
            QCOMPARE(value, entry.defaultValue);
            QVERIFY2(!entry.help.empty(), entry.keyPath.c_str());
        }
        for (const auto& entry : trainSchema())
            QVERIFY2(!entry.help.empty(), entry.keyPath.c_str());
    }

    void roundTrip() {
        ExperimentConfig config;
        config.model.numClasses = 7;
        config.model.backbone.modelType = "resnet";
        config.model.backbone.depth = 34;
        config.model.resolution = {192, 256};
        config.model.multiLabel = true;
        config.train.optimizer = "sgd";
        config.train.augmentation.horizontalFlip = 0.25;
        const json written = toJson(config);
        const auto read = readExperimentConfig(written);
        QVERIFY2(read.ok(), formatIssues(read.errors).c_str());
        QVERIFY(read.warnings.empty());
        QCOMPARE(toJson(read.config), written);
        QCOMPARE(read.config.model.resolution.widthPx, 256);
        QCOMPARE(written["model"]["resolution"], json::array({192, 256}));
        QCOMPARE(written["model"]["backbone_config"]["depth"], json(34));
    }

    void referenceConfigLoadsUnchanged() {
        const auto read = readModelConfig(referenceZooConfig());
        QVERIFY2(read.ok(), formatIssues(read.errors).c_str());
        QCOMPARE(read.config.numClasses, 80);
        QCOMPARE(read.config.numLayers, 1);
        QCOMPARE(read.config.posWeight, 2.0);
        const QStringList warnings = texts(read.warnings);
        QVERIFY(warnings.contains("backbone_config.out_features: reference key, not used here"));
        QVERIFY(warnings.contains("dense_prediction: reference key, not used here"));
    }

    void bareModelSectionIsAModelConfig() {
        const auto read = readExperimentConfig(referenceZooConfig());
        QVERIFY(read.ok());
        QCOMPARE(read.config.model.numClasses, 80);
    }

    void badConfigs_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("resnet depth")
            << R"({"num_classes": 3, "backbone_config": {"model_type": "resnet", "depth": 19}})"
            << QStringList{"backbone_config.depth: 19 is not one of 18, 34, 50, 101"};
        QTest::newRow("backbone type")
            << R"({"num_classes": 3, "backbone_config": {"model_type": "vgg"}})"
            << QStringList{
                   "backbone_config.model_type: \"vgg\" is not one of \"resnet\", \"stdc\", "
                   "\"efficientnet\", \"mobilenet_v2\""};
        QTest::newRow("stdc size")
            << R"({"num_classes": 3, "backbone_config": {"model_type": "stdc", "size": "huge"}})"
            << QStringList{
                   "backbone_config.size: \"huge\" is not one of \"nano\", \"small\", \"large\""};
        QTest::newRow("stdc layers")
            << R"({"num_classes": 3, "backbone_config": {"size": null, "layers": [3, 3, 3]}})"
            << QStringList{"backbone_config.layers: must be [2, 2, 2] or [4, 5, 3]"};
        QTest::newRow("efficientnet variant")
            << R"({"num_classes": 3, "backbone_config": {"model_type": "efficientnet", "variant": "b7"}})"
            << QStringList{
                   "backbone_config.variant: \"b7\" is not one of \"b0\", \"b1\", \"b2\", \"b3\""};
        QTest::newRow("resnet variant")
            << R"({"num_classes": 3, "backbone_config": {"model_type": "resnet", "depth": 50, "variant": "x"}})"
            << QStringList{"backbone_config.variant: \"x\" is not one of \"b\", \"d\""};
        QTest::newRow("num_layers") << R"({"num_classes": 3, "num_layers": 3})"
                                    << QStringList{"num_layers: 3 is not one of 1, 2"};
        QTest::newRow("features")
            << R"({"num_classes": 3, "features": "res6"})"
            << QStringList{
                   "features: \"res6\" is not one of \"res2\", \"res3\", \"res4\", \"res5\""};
        QTest::newRow("dropout out of range")
            << R"({"num_classes": 3, "dropout_rate": 1.5})"
            << QStringList{"dropout_rate: 1.5 is out of range [0, 0.99]"};
        QTest::newRow("type error") << R"({"num_classes": 3, "hidden_dim": "big"})"
                                    << QStringList{"hidden_dim: expected an integer, got \"big\""};
        QTest::newRow("bool type error")
            << R"({"num_classes": 3, "multi_label": "yes"})"
            << QStringList{"multi_label: expected true or false, got \"yes\""};
        QTest::newRow("resolution")
            << R"({"num_classes": 3, "resolution": [224]})"
            << QStringList{"resolution: expected an integer or [height, width], got [224]"};
        QTest::newRow("resolution too small")
            << R"({"num_classes": 3, "resolution": 8})"
            << QStringList{"resolution: 8 pixels is out of range [16, 2048]"};
        QTest::newRow("pixel std") << R"({"num_classes": 3, "pixel_std": [58.0, 0, 57.0]})"
                                   << QStringList{"pixel_std: 0 is out of range [1e-06, 255]",
                                                  "pixel_std: must be greater than 0"};
        QTest::newRow("pixel mean shape")
            << R"({"num_classes": 3, "pixel_mean": [1, 2]})"
            << QStringList{"pixel_mean: expected three numbers [R, G, B], got [1,2]"};
        QTest::newRow("batch of one")
            << R"({"model": {"num_classes": 2}, "train": {"batch_size": 1}})"
            << QStringList{
                   "train.batch_size: must be at least 2: BatchNorm cannot train on one "
                   "image at a time"};
        QTest::newRow("pretrained not text")
            << R"({"num_classes": 3, "backbone_config": {"pretrained": 3}})"
            << QStringList{"backbone_config.pretrained: expected a string, got 3"};
        QTest::newRow("backbone not an object")
            << R"({"num_classes": 3, "backbone_config": "stdc"})"
            << QStringList{"backbone_config: expected an object, got \"stdc\""};
        QTest::newRow("dense prediction")
            << R"({"num_classes": 3, "dense_prediction": true})"
            << QStringList{"dense_prediction: dense prediction heads are not supported"};
        QTest::newRow("in_chans")
            << R"({"num_classes": 3, "backbone_config": {"in_chans": 1}})"
            << QStringList{"backbone_config.in_chans: only 3-channel (RGB) input is supported"};
        QTest::newRow("several problems at once")
            << R"({"num_classes": 3, "focal_gamma": -1, "label_smoothing": 1, "pos_weight": -2})"
            << QStringList{"focal_gamma: -1 is out of range [0, 10]",
                           "label_smoothing: 1 is out of range [0, 0.99]",
                           "pos_weight: -2 is out of range [0, 1000]"};
        QTest::newRow("train section")
            << R"({"model": {"num_classes": 2}, "train": {"optimizer": "adam", "epochs": 0, "device": "gpu", "augmentation": {"horizontal_flip": 2}}})"
            << QStringList{
                   "train.epochs: 0 is out of range [1, 100000]",
                   "train.optimizer: \"adam\" is not one of \"adamw\", \"sgd\"",
                   "train.augmentation.horizontal_flip: 2 is out of range [0, 1]",
                   "train.device: \"gpu\" is not one of \"auto\", \"cpu\", \"cuda\", \"cuda:N\""};
    }

    void badConfigs() {
        QFETCH(QString, json);
        QFETCH(QStringList, expected);
        const auto read = readExperimentConfig(json::parse(json.toStdString()));
        QCOMPARE(texts(read.errors), expected);
    }

    void pretrainedNamesAFileACatalogueEntryOrNothing() {
        QCOMPARE(pretrainedKind(""), PretrainedKind::None);
        QCOMPARE(pretrainedKind("none"), PretrainedKind::None);
        QCOMPARE(pretrainedKind("resnet18-imagenet"), PretrainedKind::CatalogEntry);
        QCOMPARE(pretrainedKind("weights/resnet18.pth"), PretrainedKind::File);
        QCOMPARE(pretrainedKind("resnet18.pth"), PretrainedKind::File);
        QCOMPARE(pretrainedKind("old.faicls"), PretrainedKind::File);
        // The old key is read, with a warning that names the new one.
        const auto read = readModelConfig(
            nlohmann::json{{"backbone_config", {{"weights", "resnet18-imagenet"}}}});
        QCOMPARE(read.config.backbone.pretrained, std::string("resnet18-imagenet"));
        QCOMPARE(texts(read.warnings),
                 QStringList{"backbone_config.weights: renamed to backbone_config.pretrained"});
        QVERIFY(toJson(read.config)["backbone_config"].contains("pretrained"));
        // A file that is not on this machine is no config problem (run folders and bundles
        // travel); it is one when the weights load (locatePretrained).
        QVERIFY(readModelConfig(
                    nlohmann::json{{"backbone_config", {{"pretrained", "/nonexistent/w.pth"}}}})
                    .ok());
    }

    void backboneFactorIsAutomaticUnlessGiven() {
        // Unset: 1.0 from random weights, 0.1 from pretrained ones; a given value always wins.
        ExperimentConfig config;
        QCOMPARE(effectiveBackboneMultiplier(config), 1.0);
        config.model.backbone.pretrained = "/data/resnet18.pth";
        QCOMPARE(effectiveBackboneMultiplier(config), 0.1);
        config.model.backbone.pretrained = "resnet18-imagenet";
        QCOMPARE(effectiveBackboneMultiplier(config), 0.1);
        config.model.backbone.pretrained = "none";
        QCOMPARE(effectiveBackboneMultiplier(config), 1.0);
        config.model.backbone.pretrained = "/data/resnet18.pth";
        config.train.backboneMultiplier = 0.5;
        QCOMPARE(effectiveBackboneMultiplier(config), 0.5);
        // JSON: null (or absent) is automatic, a number is kept, a string is refused.
        QVERIFY(toJson(TrainConfig{})["backbone_multiplier"].is_null());
        const auto given = readTrainConfig(nlohmann::json{{"backbone_multiplier", 0.25}});
        QVERIFY(given.ok());
        QCOMPARE(given.config.backboneMultiplier.value_or(-1), 0.25);
        const auto automatic = readTrainConfig(nlohmann::json{{"backbone_multiplier", nullptr}});
        QVERIFY(automatic.ok());
        QVERIFY(!automatic.config.backboneMultiplier.has_value());
        QVERIFY(validate(automatic.config).empty());
        QVERIFY(!readTrainConfig(nlohmann::json{{"backbone_multiplier", "auto"}}).ok());
        TrainConfig tooLarge;
        tooLarge.backboneMultiplier = 11;
        QCOMPARE(validate(tooLarge).size(), size_t{1});
    }

    void unknownKeysWarn() {
        const auto read = readModelConfig(json::parse(R"({"num_classes": 2, "colour": "blue"})"));
        QVERIFY(read.ok());
        QCOMPARE(texts(read.warnings), QStringList{"colour: unknown key, ignored"});
    }

    void missingClassesAllowedUntilTraining() {
        const auto read = readModelConfig(json::object());
        QVERIFY(read.ok());
        QCOMPARE(texts(validate(read.config, true)),
                 QStringList{"num_classes: 0 is out of range [1, 100000]"});
    }

    void malformedFileNamesLineAndColumn() {
        QTemporaryDir dir;
        const QString path = dir.path() + "/broken.json";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"model\": {\n    \"num_classes\": 3,,\n  }\n}\n");
        file.close();
        const auto read = loadExperimentConfigFile(path.toStdString());
        QCOMPARE(read.errors.size(), size_t{1});
        const QString message = QString::fromStdString(read.errors[0].text());
        QVERIFY2(message.contains("broken.json") && message.contains("line 3, column 22"),
                 qPrintable(message));
        QVERIFY_THROWS_EXCEPTION(
            EngineError, loadExperimentConfigFile((dir.path() + "/absent.json").toStdString()));
    }

    void hostileJsonIsAProblemOfItsFile() {
        // 100,000 nested arrays (copying or printing them would overflow the stack) and a
        // number out of range: each a problem that names the file.
        QTemporaryDir dir;
        const std::pair<const char*, std::string> cases[] = {
            {"deep.json", "{\"model\": {\"resolution\": " + std::string(100000, '[') +
                              std::string(100000, ']') + "}}"},
            {"huge.json", "{\"model\": {\"hidden_dim\": 1e400}}"}};
        for (const auto& [name, text] : cases) {
            const QString path = dir.path() + "/" + name;
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(text));
            file.close();
            const auto read = loadExperimentConfigFile(path.toStdString());
            QCOMPARE(read.errors.size(), size_t{1});
            const QString message = QString::fromStdString(read.errors[0].text());
            QVERIFY2(message.contains(name), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
