// STDC: shapes and channels of every size, parameter counts against the reference, and a
// reference-format checkpoint (written by a PyTorch model built from the reference facts)
// imported with `import --focoos` giving the same logits.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "faicls/model_import.h"
#include "infer/bundle_file.h"
#include "io/torch_file_reader.h"
#include "nn/fai_classifier.h"
#include "nn/stdc.h"
#include "test_support.h"

using namespace faicls;

namespace {

int64_t parameterCount(const torch::nn::Module& module) {
    int64_t count = 0;
    for (const auto& p : module.parameters()) count += p.numel();
    return count;
}

int64_t strided(int64_t size, int steps) {
    for (int i = 0; i < steps; ++i) size = (size + 1) / 2;  // padding k/2 → ceil per stride-2 step
    return size;
}

}  // namespace

class TestStdc : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const QString& name) const { return (m_dir.path() + "/" + name).toStdString(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString problem = test::runReferenceScript("make_focoos_reference.py", {m_dir.path()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void shapesAndParameters_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("inputPx");
        QTest::addColumn<qint64>("parameters");
        QTest::addColumn<int>("base");
        for (int input : {224, 225, 97}) {
            QTest::addRow("nano %d", input) << "nano" << input << qint64(1334096) << 32;
            QTest::addRow("small %d", input) << "small" << input << qint64(5318304) << 64;
            QTest::addRow("large %d", input) << "large" << input << qint64(9348768) << 64;
        }
    }

    void shapesAndParameters() {
        QFETCH(QString, size);
        QFETCH(int, inputPx);
        QFETCH(qint64, parameters);
        QFETCH(int, base);
        BackboneConfig config;
        config.modelType = "stdc";
        config.size = size.toStdString();
        auto backbone = nn::makeBackbone(config);
        backbone->eval();
        QCOMPARE(parameterCount(*backbone), parameters);
        QCOMPARE(backbone->channels(), (std::array<int64_t, 4>{base, 4 * base, 8 * base, 16 * base}));
        torch::NoGradGuard noGrad;
        const auto features = backbone->forwardFeatures(torch::randn({1, 3, inputPx, inputPx}), 3);
        for (int level = 0; level < 4; ++level) {
            const int64_t side = strided(inputPx, level + 2);
            QCOMPARE(features[level].sizes().vec(),
                     (std::vector<int64_t>{1, backbone->channels()[level], side, side}));
        }
    }

    void referenceZooParameterCounts() {
        // fai-cls-n-coco: STDC nano, res4, 1-layer head, 80 classes; fai-cls-m-coco: small, res5.
        ModelConfig nano;
        nano.numClasses = 80;
        nano.backbone.size = "nano";
        nano.features = "res4";
        nano.numLayers = 1;
        QCOMPARE(parameterCount(*nn::FaiClassifier(nano)), int64_t{1354656});
        ModelConfig medium = nano;
        medium.backbone.size = "small";
        medium.features = "res5";
        QCOMPARE(parameterCount(*nn::FaiClassifier(medium)), int64_t{5400304});
    }

    void referenceCheckpointImports_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("nano, res4, one-layer head") << "nano_res4_1layer";
        QTest::newRow("small, res5, two-layer head") << "small_res5_2layer";
    }

    void referenceCheckpointImports() {
        QFETCH(QString, name);
        const std::string bundlePath = path(name + "/imported.faicls");
        const auto result = importFocoos(path(name + "/model_final.pth"), path(name + "/model_info.json"), bundlePath);
        QVERIFY2(result.report.skipped.empty() && result.report.missing.empty(), result.report.summary().c_str());
        QCOMPARE(result.report.unexpected, std::vector<std::string>{"criterion.ce_loss.pos_weight"});

        const auto bundle = readBundle(bundlePath);
        QVERIFY(bundle.info.model.multiLabel);
        QCOMPARE(bundle.info.model.posWeight, 2.0);
        QCOMPARE(bundle.info.preprocessing.resizeMode, std::string("stretch"));
        QCOMPARE(bundle.info.classNames.front(), name.startsWith("nano") ? std::string("cat") : std::string("a"));
        QCOMPARE(bundle.info.validationMetrics["classification/F1"].get<double>(), 61.9222);

        const auto io = io::readTorchFile(path(name + "/io.pth"));
        auto model = modelFromBundle(bundle);
        torch::NoGradGuard noGrad;
        const auto logits = model->forward(test::tensorAt(io, "input"));
        const double difference = test::maxAbsDifference(logits, test::tensorAt(io, "logits"));
        QVERIFY2(difference <= 1e-4, qPrintable(QString::number(difference)));
    }

    void shapeMismatchesAreReportedAndSkipped() {
        // The same checkpoint with one class fewer in model_info.json: the head no longer fits.
        const QString folder = m_dir.path() + "/nano_res4_1layer/";
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
        QVERIFY2(QString::fromStdString(result.report.skipped[0]).contains("cls_head.classifier.2.weight: file [3, 256, 1, 1]"),
                 result.report.skipped[0].c_str());
        QCOMPARE(result.bundle.classNames.size(), size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestStdc)
#include "tst_stdc.moc"
