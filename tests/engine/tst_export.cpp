// Exports: ONNX (onnx.checker; OpenCV DNN gives the engine's logits), TorchScript (Python's
// torch.jit.load gives them), the reference checkpoint (the reference-structured PyTorch model
// loads it strictly and gives them; our importer reads it back), for every backbone.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "export/onnx_reader_check.h"
#include "faicls/engine_error.h"
#include "faicls/exporter.h"
#include "faicls/model_import.h"
#include "model/bundle_file.h"
#include "test_support.h"

using namespace faicls;

namespace {

constexpr int kSide = 64;

// ResNet-d runs at 72 px: its ceil-mode shortcut pools then see odd sizes (9 → 5).
int sideFor(const QString& backbone) {
    return backbone.endsWith("-d") ? 72 : kSide;
}

ModelConfig configFor(const QString& backbone, int layers) {
    ModelConfig config;
    config.resolution = {sideFor(backbone), sideFor(backbone)};
    config.hiddenDim = 24;
    config.numLayers = layers;
    config.features = "res5";
    config.backbone = test::backboneFor(backbone);
    return config;
}

const std::vector<std::string> kClasses = {"a", "b", "c"};

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const QString& name) const {
        return (m_dir.path() + "/" + name).toStdString();
    }

    torch::Tensor engineLogits(const std::string& bundle, const torch::Tensor& images) {
        torch::NoGradGuard noGrad;
        return modelFromBundle(readBundle(bundle))->forward(images);
    }

    void addRows() {
        QTest::addColumn<QString>("backbone");
        QTest::addColumn<int>("layers");
        QTest::newRow("resnet18") << "resnet18" << 2;
        QTest::newRow("resnet18-d") << "resnet18-d" << 1;
        QTest::newRow("stdc nano cat 2-layer") << "stdc-cat" << 2;
        QTest::newRow("stdc nano cat 1-layer") << "stdc-cat" << 1;
        QTest::newRow("stdc nano add") << "stdc-add" << 2;
        QTest::newRow("efficientnet-b0") << "efficientnet" << 2;
        QTest::newRow("mobilenet_v2") << "mobilenet_v2" << 1;
    }

    std::string bundleFor(const QString& backbone, int layers) {
        const QString name = QString("%1-%2.faicls").arg(backbone).arg(layers);
        return test::writeRandomBundle(path(name), configFor(backbone, layers), kClasses,
                                       static_cast<uint64_t>(qHash(name) % 1000));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void onnx_data() { addRows(); }
    void onnx() {
        QFETCH(QString, backbone);
        QFETCH(int, layers);
        const std::string bundle = bundleFor(backbone, layers);
        const std::string out = path(backbone + QString::number(layers) + "/model.onnx");
        const ExportResult result = exportModel(bundle, ExportFormat::Onnx, out);
        QVERIFY2(result.verification.passed,
                 qPrintable(QString("OpenCV DNN: max |difference| %1")
                                .arg(result.verification.maxAbsDifference)));
        QVERIFY(result.verification.images >= 4);
        QVERIFY(result.verification.runtime.find("OpenCV") != std::string::npos);
        const QString check =
            test::runReferenceScript("check_exports.py", {"onnx", QString::fromStdString(out), "3",
                                                          QString::number(sideFor(backbone)),
                                                          QString::number(sideFor(backbone))});
        QVERIFY2(check.isEmpty(), qPrintable(check));
        // The reader that checks the int8 export runs this one as OpenCV does.
        const int side = sideFor(backbone);
        const auto images = torch::randn({3, 3, side, side});
        torch::Tensor expected;
        {
            torch::NoGradGuard noGrad;
            expected = modelFromBundle(readBundle(bundle))->forward(images);
        }
        QVERIFY(test::maxAbsDifference(exporting::runOnnxAsWritten(out, images), expected) < 1e-4);
    }

    void torchscript_data() { addRows(); }
    void torchscript() {
        QFETCH(QString, backbone);
        QFETCH(int, layers);
        const std::string bundle = bundleFor(backbone, layers);
        const std::string out = path(backbone + QString::number(layers) + "/model.pt");
        const ExportResult result = exportModel(bundle, ExportFormat::TorchScript, out);
        QVERIFY2(result.verification.passed,
                 qPrintable(QString::number(result.verification.maxAbsDifference)));
        // Python's loader, on images of its own batch size (the batch is dynamic).
        torch::manual_seed(21);
        const int side = sideFor(backbone);
        const auto images = torch::randn({5, 3, side, side});
        test::writeRawFloats(path("ts-input.bin"), images);
        const QString check = test::runReferenceScript(
            "check_exports.py",
            {"torchscript", QString::fromStdString(out),
             QString::fromStdString(path("ts-input.bin")), "5", QString::number(side),
             QString::number(side), QString::fromStdString(path("ts-output.bin"))});
        QVERIFY2(check.isEmpty(), qPrintable(check));
        const auto python = test::readRawFloats(path("ts-output.bin"), {5, 3});
        const double difference = test::maxAbsDifference(python, engineLogits(bundle, images));
        QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
    }

    void focoos_data() {
        QTest::addColumn<int>("layers");
        QTest::newRow("1-layer head") << 1;
        QTest::newRow("2-layer head") << 2;
    }
    void focoos() {
        QFETCH(int, layers);
        const std::string bundle = bundleFor("stdc-cat", layers);
        const std::string folder = path(QString("focoos-%1").arg(layers));
        const ExportResult result = exportModel(bundle, ExportFormat::Focoos, folder);
        // model_final.pth, model_info.json, faicls_model.json
        QCOMPARE(result.files.size(), size_t(3));
        QVERIFY2(result.verification.passed,
                 qPrintable(QString::number(result.verification.maxAbsDifference)));
        torch::manual_seed(22);
        const auto images = torch::randn({2, 3, kSide, kSide});
        test::writeRawFloats(path("fc-input.bin"), images);
        const QString check = test::runReferenceScript(
            "check_exports.py",
            {"focoos", QString::fromStdString(folder), QString::fromStdString(path("fc-input.bin")),
             "2", QString::number(kSide), QString::number(kSide),
             QString::fromStdString(path("fc-output.bin"))});
        QVERIFY2(check.isEmpty(), qPrintable(check));
        const auto python = test::readRawFloats(path("fc-output.bin"), {2, 3});
        const double difference = test::maxAbsDifference(python, engineLogits(bundle, images));
        QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
    }

    void focoosRefusesTorchvisionLayouts() {
        const std::string bundle = bundleFor("resnet18", 1);
        try {
            exportModel(bundle, ExportFormat::Focoos, path("focoos-resnet"));
            QFAIL("exported a torchvision ResNet to the reference format");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::UnsupportedFormat);
            QVERIFY(QString(error.what()).contains("ONNX"));
        }
        // ResNet-d is a reference backbone: exported and verified by our importer.
        const ExportResult d =
            exportModel(bundleFor("resnet18-d", 2), ExportFormat::Focoos, path("focoos-resnet-d"));
        QVERIFY(d.verification.passed);
    }

    // The reference's files say nothing of single- or multi-label: our record beside them
    // keeps the kind through a round trip, and without it the import says what it assumed.
    void referenceExportKeepsTheModelKind() {
        ModelConfig config = configFor("resnet18-d", 1);
        for (const bool multiLabel : {false, true}) {
            config.multiLabel = multiLabel;
            const QString name = multiLabel ? "kind-multi" : "kind-single";
            const std::string bundle =
                test::writeRandomBundle(path(name + ".faicls"), config, kClasses, 7, 0.3);
            const ExportResult exported = exportModel(bundle, ExportFormat::Focoos, path(name));
            QVERIFY(exported.verification.passed);
            const ImportResult imported =
                importFocoos(path(name + "/model_final.pth"), path(name + "/model_info.json"),
                             path(name + "-back.faicls"));
            QCOMPARE(readBundleInfo(path(name + "-back.faicls")).model.multiLabel, multiLabel);
            QCOMPARE(imported.bundle.threshold, 0.3);
            QVERIFY(imported.notes.empty());
        }
        QVERIFY(QFile::remove(QString::fromStdString(path("kind-single/faicls_model.json"))));
        const ImportResult unknown =
            importFocoos(path("kind-single/model_final.pth"), path("kind-single/model_info.json"),
                         path("kind-unknown.faicls"));
        QVERIFY(unknown.bundle.model.multiLabel);
        QCOMPARE(unknown.notes.size(), size_t{1});
        QVERIFY2(unknown.notes[0].find("cannot be known") != std::string::npos,
                 unknown.notes[0].c_str());
    }

    void badInputs() {
        QVERIFY_THROWS_EXCEPTION(EngineError, exportFormatFromName("tflite"));
        QVERIFY_THROWS_EXCEPTION(EngineError, exportModel(path("missing.faicls"),
                                                          ExportFormat::Onnx, path("never.onnx")));
    }

    void cliPrintsTheCheck() {
        const std::string bundle = bundleFor("stdc-cat", 2);
        QProcess cli;
        cli.start(FAICLS_CLI_PATH,
                  {"export", "--model", QString::fromStdString(bundle), "--format", "onnx", "--out",
                   QString::fromStdString(path("cli/model.onnx"))});
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(out.contains("check: OpenCV DNN") && out.contains("passed"), qPrintable(out));
        cli.start(FAICLS_CLI_PATH, {"export", "--model", QString::fromStdString(bundle), "--format",
                                    "keras", "--out", "x"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
