// A FocoosAI reference-format checkpoint ({"model": state_dict} + model_info.json), written by
// PyTorch networks built from the reference facts (STDC, ResNet-d, 1x1-conv heads), imported with
// `import --focoos`: same logits, multi-label, the reference's class names; shape mismatches
// reported and skipped.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "faicls/model_import.h"
#include "io/torch_file_reader.h"
#include "model/bundle_file.h"
#include "nn/fai_classifier.h"
#include "test_support.h"

using namespace faicls;

class TestReferenceImport : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_focoos_reference.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void resnetDStateDictEntries_data() {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("entries");
        // Reference facts §5.2: 115 (R18), 195 (R34), 275 (R50), 530 (R101).
        QTest::newRow("18") << 18 << 115;
        QTest::newRow("34") << 34 << 195;
        QTest::newRow("50") << 50 << 275;
        QTest::newRow("101") << 101 << 530;
    }

    void resnetDStateDictEntries() {
        QFETCH(int, depth);
        QFETCH(int, entries);
        BackboneConfig config;
        config.modelType = "resnet";
        config.depth = depth;
        config.variant = "d";
        const auto backbone = nn::makeBackbone(config);
        QCOMPARE(int(backbone->named_parameters().size() + backbone->named_buffers().size()),
                 entries);
        QVERIFY(backbone->named_buffers().contains(
            "res_layers.1.blocks.0.short.conv.norm.running_var"));
        QVERIFY(backbone->named_parameters().contains("conv1.conv1_3.conv.weight"));
    }

    void referenceCheckpointImports_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("nano, res4, one-layer head") << "nano_res4_1layer";
        QTest::newRow("small, res5, two-layer head") << "small_res5_2layer";
        QTest::newRow("ResNet-18-d, res5, one-layer head") << "resnet18d_res5_1layer";
        QTest::newRow("ResNet-50-d, res4, two-layer head") << "resnet50d_res4_2layer";
    }

    void referenceCheckpointImports() {
        QFETCH(QString, name);
        const std::string bundlePath = m_generated.path(name + "/imported.faicls");
        const auto result = importFocoos(m_generated.path(name + "/model_final.pth"),
                                         m_generated.path(name + "/model_info.json"), bundlePath);
        QVERIFY2(result.report.skipped.empty() && result.report.missing.empty(),
                 result.report.summary().c_str());
        QCOMPARE(result.report.unexpected,
                 std::vector<std::string>{"criterion.ce_loss.pos_weight"});

        const auto bundle = readBundle(bundlePath);
        QVERIFY(bundle.info.model.multiLabel);
        QCOMPARE(bundle.info.model.posWeight, 2.0);
        QCOMPARE(bundle.info.preprocessing.resizeMode, std::string("stretch"));
        QCOMPARE(bundle.info.classNames.size(), size_t(bundle.info.model.numClasses));
        QCOMPARE(bundle.info.validationMetrics["classification/F1"].get<double>(), 61.9222);

        const auto io = io::readTorchFile(m_generated.path(name + "/io.pth"));
        auto model = modelFromBundle(bundle);
        torch::NoGradGuard noGrad;
        const auto logits = model->forward(test::tensorAt(io, "input"));
        const double difference = test::maxAbsDifference(logits, test::tensorAt(io, "logits"));
        QVERIFY2(difference <= 1e-4, qPrintable(QString::number(difference)));
    }

    void shapeMismatchesAreReportedAndSkipped() {
        // The same checkpoint with one class fewer in model_info.json: the head no longer fits.
        const QString folder = m_generated.folder() + "/nano_res4_1layer/";
        QFile in(folder + "model_info.json");
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto info = nlohmann::json::parse(in.readAll().toStdString());
        info["classes"] = {"cat", "dog"};
        info["config"]["num_classes"] = 2;
        QFile out(folder + "two_classes.json");
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(info.dump()));
        out.close();
        const auto result = importFocoos((folder + "model_final.pth").toStdString(),
                                         (folder + "two_classes.json").toStdString(),
                                         (folder + "two.faicls").toStdString());
        QCOMPARE(result.report.skipped.size(), size_t{2});
        QVERIFY2(QString::fromStdString(result.report.skipped[0])
                     .contains("cls_head.classifier.2.weight: file [3, 256, 1, 1]"),
                 result.report.skipped[0].c_str());
        QCOMPARE(result.bundle.classNames.size(), size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestReferenceImport)
#include "tst_reference_import.moc"
