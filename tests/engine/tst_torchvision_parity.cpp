// Our ResNet-18/50, EfficientNet-B0 and MobileNetV2 with imported torchvision weights give
// PyTorch's logits (eval mode, max abs diff <= 1e-4), through a bundle written and read back.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "faicls/engine_error.h"
#include "faicls/model_import.h"
#include "io/torch_file_reader.h"
#include "model/bundle_file.h"
#include "model/model_factory.h"
#include "nn/fai_classifier.h"
#include "nn/weight_import.h"
#include "test_support.h"

using namespace faicls;

namespace {

ModelConfig configFor(const QString& name) {
    ModelConfig config;
    config.numClasses = 0;  // taken from the ImageNet classifier
    config.numLayers = 1;
    config.features = "res5";
    if (name.startsWith("resnet")) {
        config.backbone.modelType = "resnet";
        config.backbone.depth = name.mid(6).toInt();
    } else if (name == "mobilenet_v2") {
        config.backbone.modelType = "mobilenet_v2";
    } else {
        config.backbone.modelType = "efficientnet";
        config.backbone.variant = name.mid(13).toStdString();
    }
    return config;
}

}  // namespace

class TestTorchvisionParity : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_torchvision_reference.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void logitsMatchPyTorch_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("ResNet-18") << "resnet18";
        QTest::newRow("ResNet-50") << "resnet50";
        QTest::newRow("EfficientNet-B0") << "efficientnet_b0";
        QTest::newRow("MobileNetV2") << "mobilenet_v2";
    }

    void logitsMatchPyTorch() {
        QFETCH(QString, name);
        const std::string bundlePath = m_generated.path(name + ".faicls");
        const auto result =
            importTorchvision(m_generated.path(name + ".pth"), configFor(name), {}, bundlePath);
        QCOMPARE(result.bundle.model.numClasses, 1000);
        QVERIFY2(result.report.skipped.empty() && result.report.missing.empty() &&
                     result.report.unexpected.empty(),
                 result.report.summary().c_str());

        auto model = modelFromBundle(readBundle(bundlePath));
        const auto io = io::readTorchFile(m_generated.path(name + "_io.pth"));
        torch::Tensor logits;
        {
            torch::NoGradGuard noGrad;
            logits = model->forward(test::tensorAt(io, "input"));
        }
        const auto expected = test::tensorAt(io, "logits");
        QCOMPARE(logits.sizes().vec(), expected.sizes().vec());
        const double difference = test::maxAbsDifference(logits, expected);
        qInfo("%s: max |logit| %.3f, max abs diff %.3g", qPrintable(name),
              expected.abs().max().item<double>(), difference);
        QVERIFY2(difference <= 1e-4, qPrintable(QString::number(difference)));

        QCOMPARE(test::parameterCount(*model->backbone()),
                 test::integerAt(io, "backbone_parameters"));
        QCOMPARE(test::parameterCount(*model), test::integerAt(io, "total_parameters"));
    }

    void layoutsMatchTorchvision() {
        const QString layoutsPath = m_generated.folder() + "/layouts.json";
        const QString problem =
            test::runReferenceScript("describe_torchvision_layouts.py", {layoutsPath});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QFile file(layoutsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto layouts = nlohmann::json::parse(file.readAll().toStdString());
        QCOMPARE(layouts.size(), size_t{9});
        for (const auto& [name, expected] : layouts.items()) {
            const auto backbone =
                nn::makeBackbone(configFor(QString::fromStdString(name)).backbone);
            std::map<std::string, std::vector<int64_t>> ours;
            for (const auto& item : backbone->named_parameters())
                ours[item.key()] = item.value().sizes().vec();
            for (const auto& item : backbone->named_buffers())
                ours[item.key()] = item.value().sizes().vec();
            QCOMPARE(ours.size(), expected.size());
            for (const auto& [key, shape] : expected.items()) {
                const auto found = ours.find(key);
                QVERIFY2(found != ours.end(),
                         qPrintable(QString::fromStdString(name + ": no " + key)));
                QVERIFY2(found->second == shape.get<std::vector<int64_t>>(),
                         qPrintable(QString::fromStdString(name + ": shape of " + key)));
            }
        }
    }

    void pretrainedBackboneFromConfig() {
        ModelConfig config = configFor("resnet18");
        config.numClasses = 4;
        config.numLayers = 2;
        config.backbone.pretrained = m_generated.path("resnet18.pth");
        ImportReport report;
        auto model = faicls::buildModel(config, &report);
        QCOMPARE(report.unexpected.size(),
                 size_t{2});  // fc.weight, fc.bias: no place in a 2-layer head
        QCOMPARE(report.missing.size(), size_t{4});  // the head, initialised fresh
        const auto file = io::readStateDict(m_generated.path("resnet18.pth"));
        QVERIFY(torch::equal(model->backbone()->named_parameters()["layer3.1.conv2.weight"],
                             std::find_if(file.begin(), file.end(), [](const auto& item) {
                                 return item.first == "layer3.1.conv2.weight";
                             })->second));
        config.backbone.pretrained = m_generated.path("efficientnet_b0.pth");
        QVERIFY_THROWS_EXCEPTION(EngineError, faicls::buildModel(config));
    }

    void wrongArchitectureIsRefused() {
        ModelConfig config = configFor("resnet18");
        try {
            importTorchvision(m_generated.path("resnet50.pth"), config, {},
                              m_generated.path("wrong.faicls"));
            QFAIL("ResNet-50 weights were accepted for a ResNet-18");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::ArchitectureMismatch);
            const QString message = error.what();
            QVERIFY2(message.contains("resnet50.pth") && message.contains("ResNet-50"),
                     error.what());
        }
        QVERIFY(!QFile::exists(QString::fromStdString(m_generated.path("wrong.faicls"))));
    }

    void imagenetClassifierSkippedForOtherClassCounts() {
        ModelConfig config = configFor("resnet18");
        config.numClasses = 5;
        const auto result =
            importTorchvision(m_generated.path("resnet18.pth"), config, {"a", "b", "c", "d", "e"},
                              m_generated.path("five.faicls"));
        QCOMPARE(result.report.skipped.size(), size_t{2});  // fc.weight, fc.bias
        QVERIFY(QString::fromStdString(result.report.skipped[0]).startsWith("fc.weight"));
        QCOMPARE(readBundleInfo(m_generated.path("five.faicls")).classNames.size(), size_t{5});
    }
};

QTEST_GUILESS_MAIN(TestTorchvisionParity)
#include "tst_torchvision_parity.moc"
