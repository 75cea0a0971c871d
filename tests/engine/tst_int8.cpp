// int8 and bfloat16 prediction: the int8 graph follows the float graph for every backbone;
// a model trained on the demo keeps its predictions in int8 (top-1 agreement, largest score
// difference) and in bfloat16; the variant is measured before it is kept, kept atomically
// beside unchanged float weights, and a damaged or mismatched variant is refused by name.

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "faicls/cpu_features.h"
#include "faicls/demo_datasets.h"
#include "faicls/engine_error.h"
#include "faicls/evaluation.h"
#include "faicls/exporter.h"
#include "faicls/image_files.h"
#include "faicls/int8_variant.h"
#include "faicls/predictor.h"
#include "faicls/trainer.h"
#include "graph/quantized_graph.h"
#include "model/bundle_file.h"
#include "test_support.h"

using namespace faicls;

namespace {

ModelConfig configFor(const QString& backbone) {
    ModelConfig config;
    config.backbone = test::backboneFor(backbone);
    config.numClasses = 5;
    config.numLayers = 2;
    config.hiddenDim = 32;
    config.resolution = {64, 64};
    return config;
}

// Normalised photo-like images: smooth, each with its own contrast and brightness per channel
// (a random network's pooled features hardly vary over noise images alone).
torch::Tensor photoLike(int64_t count, int64_t size, uint64_t seed) {
    torch::manual_seed(seed);
    const auto coarse = torch::randn({count, 3, size / 8, size / 8});
    const auto detail = torch::upsample_bilinear2d(coarse, {size, size}, false) +
                        0.3 * torch::randn({count, 3, size, size});
    const auto contrast = torch::exp(0.7 * torch::randn({count, 3, 1, 1}));
    const auto brightness = 0.8 * torch::randn({count, 3, 1, 1});
    return detail * contrast + brightness;
}

std::vector<ImagePrediction> predictAll(Predictor& predictor,
                                        const std::vector<std::string>& images) {
    std::vector<ImagePrediction> predictions;
    for (const auto& outcome : predictor.predictFiles(images))
        predictions.push_back(*outcome.prediction);
    return predictions;
}

struct Agreement {
    double top1 = 0;
    double largestDifference = 0;
};

Agreement agreementOf(const std::vector<ImagePrediction>& a,
                      const std::vector<ImagePrediction>& b) {
    Agreement agreement;
    int same = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        same += a[i].labels.front().classId == b[i].labels.front().classId;
        for (size_t c = 0; c < a[i].scores.size(); ++c)
            agreement.largestDifference =
                std::max(agreement.largestDifference,
                         std::abs(a[i].scores[c].confidence - b[i].scores[c].confidence));
    }
    agreement.top1 = static_cast<double>(same) / static_cast<double>(a.size());
    return agreement;
}

}  // namespace

class TestInt8 : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoDatasets m_demo;
    std::string m_trained;  // a bundle trained on the demo (float32)
    std::vector<std::string> m_validImages;

    std::string path(const QString& name) const {
        return (m_dir.path() + "/" + name).toStdString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoOptions demo;
        demo.trainPerClass = 60;
        demo.validPerClass = 20;
        demo.testPerClass = 2;
        demo.trainMosaics = 0;
        demo.validMosaics = 0;
        demo.testMosaics = 0;
        m_demo = buildDemoDatasets(path("demo"), demo);
        test::RecordingListener listener;
        const TrainingSummary summary =
            Trainer(TrainingRequest{
                        m_demo.classificationFolder, {}, test::tinyExperiment(4), path("run")})
                .run(&listener);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        m_trained = summary.bestBundle;
        m_validImages = collectImageFiles({m_demo.classificationFolder + "/valid"});
        QCOMPARE(m_validImages.size(), size_t{200});
    }

    void theEncodingsSurviveJson() {
        graph::Int8Parameters parameters;
        parameters.graphSignature = "0123456789abcdef";
        parameters.reducedRange = false;
        parameters.values = {{0.5, 0}, {0.0123, 77}};
        const auto back = graph::int8ParametersFromJson(graph::toJson(parameters), "x");
        QCOMPARE(back.graphSignature, parameters.graphSignature);
        QCOMPARE(back.reducedRange, false);
        QCOMPARE(back.values.size(), size_t{2});
        QCOMPARE(back.values[1].scale, 0.0123);
        QCOMPARE(back.values[1].zeroPoint, int64_t{77});
        const char* damages[] = {
            "{\"format\":2}", "{\"format\":1,\"graph\":\"a\"}",
            "{\"format\":1,\"graph\":\"a\",\"reduced_range\":true,\"values\":[[0.1,300]]}",
            "{\"format\":1,\"graph\":\"a\",\"reduced_range\":true,\"values\":[[-1,3]]}"};
        for (const char* damage : damages) {
            try {
                graph::int8ParametersFromJson(nlohmann::json::parse(damage), "m.faicls");
                QFAIL(damage);
            } catch (const EngineError& error) {
                QVERIFY2(QString(error.what()).startsWith("m.faicls: int8 variant"), error.what());
            }
        }
    }

    void int8FollowsEveryTrainedBackbone_data() {
        QTest::addColumn<QString>("backbone");
        for (const char* name : {"resnet18", "stdc-add", "mobilenet_v2", "efficientnet"})
            QTest::newRow(name) << QString(name);
    }

    // Trained networks, as int8 meets them: a random network has no tolerance to noise.
    void int8FollowsEveryTrainedBackbone() {
        QFETCH(QString, backbone);
        ExperimentConfig config = test::tinyExperiment(3);
        config.model.backbone = test::backboneFor(backbone);
        test::RecordingListener listener;
        const TrainingSummary summary =
            Trainer(
                TrainingRequest{m_demo.classificationFolder, {}, config, path("run-" + backbone)})
                .run(&listener);
        QVERIFY2(summary.failure.empty(), summary.failure.c_str());
        Int8Options options;
        options.calibrationImages = 128;
        const Int8Candidate candidate =
            quantizeBundle(summary.bestBundle, m_demo.classificationFolder, options);
        qInfo(
            "%s: float32 %.1f %% int8 %.1f %%, top-1 agreement %.3f, largest score "
            "difference %.3f",
            qPrintable(backbone), candidate.float32Metrics.accuracy, candidate.int8Metrics.accuracy,
            candidate.top1Agreement, candidate.largestScoreDifference);
        QCOMPARE(candidate.calibrationImages, int64_t{128});
        QVERIFY2(candidate.top1Agreement >= 0.85,
                 qPrintable(QString::number(candidate.top1Agreement)));
        QVERIFY2(std::abs(candidate.drop()) <= 6.0, qPrintable(QString::number(candidate.drop())));
        QVERIFY2(candidate.largestScoreDifference <= 0.35,
                 qPrintable(QString::number(candidate.largestScoreDifference)));

        // Kept, it exports as ONNX QDQ that reproduces the int8 graph.
        QVERIFY_THROWS_EXCEPTION(
            EngineError,
            exportModel(summary.bestBundle, ExportFormat::OnnxInt8, path(backbone + "-none.onnx")));
        keepInt8Variant(candidate);
        const std::string onnx = path(backbone + "-int8.onnx");
        const ExportResult exported = exportModel(summary.bestBundle, ExportFormat::OnnxInt8, onnx);
        qInfo("ONNX QDQ: largest logit difference %.4f (limit %.4f)",
              exported.verification.maxAbsDifference, exported.verification.tolerance);
        QVERIFY(exported.verification.passed);
        QVERIFY(exported.verification.maxAbsDifference > 0);  // a different computation
        QFile file(QString::fromStdString(onnx));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("QuantizeLinear") && bytes.contains("DequantizeLinear"));
        const QString check = test::runReferenceScript(
            "check_exports.py", {"onnx", QString::fromStdString(onnx), "10", "32", "32"});
        QVERIFY2(check.isEmpty(), qPrintable(check));
    }

    void aVariantOfAnotherNetworkIsRefused() {
        const std::string file = test::writeRandomBundle(
            path("random.faicls"), configFor("stdc-cat"), {"a", "b", "c", "d", "e"}, 3);
        graph::InferenceGraph floatGraph = modelFromBundle(readBundle(file))->inferenceGraph();
        graph::ActivationRanges ranges(floatGraph);
        QVERIFY_THROWS_EXCEPTION(EngineError, ranges.parameters(true));  // nothing seen yet
        ranges.observe(photoLike(4, 64, 1));
        QCOMPARE(ranges.imagesSeen(), int64_t{4});
        auto parameters = ranges.parameters(true);
        QCOMPARE(parameters.values.size(), floatGraph.nodes().size());
        QCOMPARE(parameters.graphSignature, floatGraph.signature());
        const graph::QuantizedGraph accepted(floatGraph, parameters);
        parameters.graphSignature = "ffffffffffffffff";
        QVERIFY_THROWS_EXCEPTION(EngineError, graph::QuantizedGraph(floatGraph, parameters));
        // Another network has another signature.
        const std::string other = test::writeRandomBundle(
            path("other.faicls"), configFor("resnet18"), {"a", "b", "c", "d", "e"}, 3);
        QVERIFY(modelFromBundle(readBundle(other))->inferenceGraph().signature() !=
                floatGraph.signature());
    }

    void int8KeepsTheTrainedModelsPredictions() {
        const Int8Candidate candidate = quantizeBundle(m_trained, m_demo.classificationFolder);
        QCOMPARE(candidate.calibrationImages, int64_t{256});
        QCOMPARE(candidate.int8Metrics.images, int64_t{200});
        QVERIFY(!candidate.engine.empty());
        QVERIFY(candidate.speedup > 0);
        qInfo("float32 %.3f int8 %.3f agreement %.3f largest difference %.3f (%s)",
              candidate.float32Metrics.accuracy, candidate.int8Metrics.accuracy,
              candidate.top1Agreement, candidate.largestScoreDifference, candidate.engine.c_str());
        QVERIFY(candidate.float32Metrics.accuracy > 0.3);  // the model learnt something
        QVERIFY2(candidate.top1Agreement >= 0.9,
                 qPrintable(QString::number(candidate.top1Agreement)));
        QVERIFY2(candidate.largestScoreDifference <= 0.35,
                 qPrintable(QString::number(candidate.largestScoreDifference)));
        QVERIFY2(std::abs(candidate.drop()) <= 5.0, qPrintable(QString::number(candidate.drop())));
        QVERIFY(!readBundleInfo(m_trained).hasInt8Variant());  // measured, not yet kept

        Predictor floatBefore(m_trained, "cpu", "float32");
        const auto expected = predictAll(floatBefore, m_validImages);
        keepInt8Variant(candidate);
        const BundleInfo kept = readBundleInfo(m_trained);
        QVERIFY(kept.hasInt8Variant());
        const Int8VariantFigures figures = int8VariantFigures(kept.int8Variant);
        QVERIFY(figures.known && !figures.multiLabel);
        QCOMPARE(figures.calibrationImages, int64_t{256});
        QCOMPARE(figures.int8, candidate.int8Metrics.accuracy);
        QCOMPARE(figures.float32, candidate.float32Metrics.accuracy);
        QCOMPARE(figures.top1Agreement, candidate.top1Agreement);
        // Stored fields of the wrong type read as nothing, not as a crash.
        nlohmann::json hostile = kept.int8Variant;
        hostile["validation"]["figure"] = 7;
        hostile["validation"]["int8"] = "x";
        hostile["validation"]["top1_agreement"] = nlohmann::json::array();
        hostile["calibration"] = "many";
        const Int8VariantFigures odd = int8VariantFigures(hostile);
        QVERIFY(odd.known && !odd.multiLabel);
        QCOMPARE(odd.int8, 0.0);
        QCOMPARE(odd.top1Agreement, 0.0);
        QCOMPARE(odd.calibrationImages, int64_t{0});
        QVERIFY(!int8VariantFigures(nlohmann::json::array()).known);

        // The float model is unchanged: the same scores, bit for bit.
        Predictor floatAfter(m_trained, "cpu", "float32");
        const auto again = predictAll(floatAfter, m_validImages);
        QCOMPARE(agreementOf(expected, again).largestDifference, 0.0);

        // Evaluated in int8, the bundle gives the figures that were measured.
        const EvaluationDetails int8Evaluation = evaluateBundleDetailed(
            m_trained, m_demo.classificationFolder, Split::Valid, {}, nullptr, "int8");
        QCOMPARE(int8Evaluation.precision, std::string("int8"));
        QCOMPARE(int8Evaluation.metrics.accuracy, candidate.int8Metrics.accuracy);
        QCOMPARE(evaluateBundleDetailed(m_trained, m_demo.classificationFolder, Split::Valid, {},
                                        nullptr, "auto")
                     .precision,
                 std::string("int8"));
        QCOMPARE(
            evaluateBundleDetailed(m_trained, m_demo.classificationFolder, Split::Valid).precision,
            std::string("float32"));

        Predictor automatic(m_trained, "cpu");  // a kept variant is what auto uses on the CPU
        QCOMPARE(automatic.precisionName(), std::string("int8"));
        const Agreement int8 = agreementOf(expected, predictAll(automatic, m_validImages));
        // The predictor runs what was measured (batches of another size: rounding aside).
        QVERIFY(std::abs(int8.top1 - candidate.top1Agreement) <= 0.01);
        QVERIFY(std::abs(int8.largestDifference - candidate.largestScoreDifference) <= 0.01);
    }

    void bfloat16KeepsTheTrainedModelsPredictions() {
        Predictor float32(m_trained, "cpu", "float32");
        Predictor bfloat16(m_trained, "cpu", "bfloat16");
        QCOMPARE(bfloat16.precisionName(), std::string("bfloat16"));
        const Agreement agreement =
            agreementOf(predictAll(float32, m_validImages), predictAll(bfloat16, m_validImages));
        qInfo("bfloat16: agreement %.3f largest difference %.4f", agreement.top1,
              agreement.largestDifference);
        QVERIFY(agreement.top1 >= 0.95);
        QVERIFY(agreement.largestDifference <= 0.1);
    }

    void badRequestsAreRefusedByName() {
        const std::string plain = test::writeRandomBundle(
            path("plain.faicls"), configFor("stdc-cat"), {"a", "b", "c", "d", "e"}, 4);
        try {
            Predictor predictor(plain, "cpu", "int8");
            QFAIL("int8 without a variant");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("plain.faicls") &&
                         QString(error.what()).contains("no int8 variant"),
                     error.what());
        }
        QVERIFY_THROWS_EXCEPTION(EngineError, Predictor(plain, "cpu", "int4"));
        QCOMPARE(Predictor(plain, "cpu", "auto").precisionName(),
                 std::string(cpuFeatures().nativeBf16() ? "bfloat16" : "float32"));

        // A variant calibrated for another network: said when int8 is asked for.
        LoadedBundle bundle = readBundle(plain);
        const LoadedBundle trained = readBundle(m_trained);
        QVERIFY(trained.info.hasInt8Variant());
        bundle.info.int8Variant = trained.info.int8Variant;
        writeBundle(path("mismatch.faicls"), bundle.info, bundle.weights);
        try {
            Predictor predictor(path("mismatch.faicls"), "cpu", "int8");
            QFAIL("a variant of another network");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("mismatch.faicls") &&
                         QString(error.what()).contains("another network"),
                     error.what());
        }
        // A damaged variant: the bundle is refused when read.
        bundle.info.int8Variant["parameters"]["values"][0] = "x";
        writeBundle(path("damaged.faicls"), bundle.info, bundle.weights);
        try {
            readBundleInfo(path("damaged.faicls"));
            QFAIL("a damaged variant");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("damaged.faicls"), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestInt8)
#include "tst_int8.moc"
