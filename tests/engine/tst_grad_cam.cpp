// Grad-CAM: for every backbone family (ResNet, EfficientNet, MobileNetV2 with torchvision
// weights; STDC and ResNet-d in the reference format, one- and two-layer heads) the maps equal a
// PyTorch computation through the whole network; the Explainer normalises them, places them
// on the part of the picture the model saw, and the overlay draws only there.

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "faicls/explanation.h"
#include "faicls/model_import.h"
#include "faicls/predictor.h"
#include "io/torch_file_reader.h"
#include "model/bundle_file.h"
#include "nn/grad_cam.h"
#include "test_support.h"

using namespace faicls;

namespace {

ModelConfig torchvisionConfig(const QString& name) {
    ModelConfig config;
    config.numClasses = 0;  // taken from the classifier
    config.numLayers = 1;
    config.features = "res5";
    if (name == "resnet18") {
        config.backbone.modelType = "resnet";
        config.backbone.depth = 18;
    } else if (name == "mobilenet_v2") {
        config.backbone.modelType = "mobilenet_v2";
    } else {
        config.backbone.modelType = "efficientnet";
        config.backbone.variant = "b0";
    }
    return config;
}

// The largest difference between two maps, relative to the reference's largest value.
double relativeDifference(const torch::Tensor& ours, const torch::Tensor& reference) {
    const double scale = std::max(reference.abs().max().item<double>(), 1e-12);
    return test::maxAbsDifference(ours, reference) / scale;
}

}  // namespace

class TestGradCam : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;

    void compareWithReference(const std::string& bundlePath, const std::string& camPath) {
        auto model = modelFromBundle(readBundle(bundlePath));
        model->eval();
        const auto io = io::readTorchFile(camPath);
        const torch::Tensor images = test::tensorAt(io, "input");
        const torch::Tensor classIds = test::tensorAt(io, "class_ids");
        const torch::Tensor expected = test::tensorAt(io, "cams");
        const nn::GradCamMaps cam = nn::gradCam(*model, images, classIds);
        QCOMPARE(cam.maps.sizes().vec(), expected.sizes().vec());
        QVERIFY(test::maxAbsDifference(cam.logits, test::tensorAt(io, "logits")) <= 1e-4);
        for (int64_t b = 0; b < expected.size(0); ++b) {
            const double difference = relativeDifference(cam.maps[b], expected[b]);
            qInfo("image %d: class %d, max %.4g, relative max abs diff %.3g", int(b),
                  int(classIds[b].item<int64_t>()), expected[b].max().item<double>(), difference);
            QVERIFY2(difference <= 1e-4, qPrintable(QString::number(difference)));
        }
        QVERIFY(expected.max().item<double>() > 0);  // the comparison saw a map
        // Without classes, each image's best: the second image's class in the reference.
        const nn::GradCamMaps best = nn::gradCam(*model, images);
        QCOMPARE(best.classIds[1].item<int64_t>(), classIds[1].item<int64_t>());
        QVERIFY(best.classIds[0].item<int64_t>() != classIds[0].item<int64_t>());
        QVERIFY(relativeDifference(best.maps[1], expected[1]) <= 1e-4);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_grad_cam_reference.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void torchvisionBackbonesMatchPyTorch_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("ResNet-18") << "resnet18";
        QTest::newRow("EfficientNet-B0") << "efficientnet_b0";
        QTest::newRow("MobileNetV2") << "mobilenet_v2";
    }

    void torchvisionBackbonesMatchPyTorch() {
        QFETCH(QString, name);
        const std::string bundlePath = m_generated.path(name + ".faicls");
        importTorchvision(m_generated.path(name + ".pth"), torchvisionConfig(name), {}, bundlePath);
        compareWithReference(bundlePath, m_generated.path(name + "_cam.pth"));
    }

    void referenceBackbonesMatchPyTorch_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("STDC small, res5, two-layer head") << "small_res5_2layer";
        QTest::newRow("ResNet-18-d, res5, one-layer head") << "resnet18d_res5_1layer";
    }

    void referenceBackbonesMatchPyTorch() {
        QFETCH(QString, name);
        const std::string bundlePath = m_generated.path(name + "/imported.faicls");
        importFocoos(m_generated.path(name + "/model_final.pth"),
                     m_generated.path(name + "/model_info.json"), bundlePath);
        compareWithReference(bundlePath, m_generated.path(name + "/cam.pth"));
    }

    // A 200 x 100 picture, a 64 px model that crops its centre: the map covers the middle
    // 100 x 100 of the picture, normalised to a largest value of 1, for the predicted class.
    void explainerNormalisesAndPlacesTheMap() {
        ModelConfig config = torchvisionConfig("resnet18");
        config.numClasses = 3;
        config.resolution = {64, 64};
        const std::string small = test::writeRandomBundle(m_generated.path("small.faicls"), config,
                                                          {"sun", "sea", "sky"}, 7);
        cv::Mat picture(100, 200, CV_8UC3);
        cv::randu(picture, 0, 255);
        const std::string picturePath = m_generated.path("picture.png");
        QVERIFY(cv::imwrite(picturePath, picture));

        Explainer explainer(small);
        const HeatMap map = explainer.explain(picturePath);
        QCOMPARE(map.width, 64);
        QCOMPARE(map.height, 64);
        QCOMPARE(map.values.size(), size_t{64 * 64});
        QCOMPARE(map.regionX, 50.0);
        QCOMPARE(map.regionY, 0.0);
        QCOMPARE(map.regionWidth, 100.0);
        QCOMPARE(map.regionHeight, 100.0);
        const float largest = *std::max_element(map.values.begin(), map.values.end());
        const float smallest = *std::min_element(map.values.begin(), map.values.end());
        QVERIFY(smallest >= 0);
        QVERIFY(largest == 1.0f || largest == 0.0f);

        Predictor predictor(small);
        const ImagePrediction prediction = predictor.predict(picturePath);
        QCOMPARE(map.classId, prediction.labels.front().classId);
        QCOMPARE(map.label, prediction.labels.front().label);
        QVERIFY(std::abs(map.confidence - prediction.labels.front().confidence) < 1e-5);

        // The normalised map is the raw one over its largest value.
        auto model = modelFromBundle(readBundle(small));
        model->eval();
        const cv::Mat rgb = data::decodeImageRgb(picturePath);
        const auto input =
            data::normalizedTensor(data::resizeForPolicy(rgb, readBundle(small).info.preprocessing),
                                   readBundle(small).info.preprocessing);
        const torch::Tensor raw = nn::gradCam(*model, input).maps[0];
        const torch::Tensor ours =
            torch::from_blob(const_cast<float*>(map.values.data()), {64, 64}, torch::kFloat);
        if (raw.max().item<float>() > 0)
            QVERIFY(test::maxAbsDifference(ours, raw / raw.max()) <= 1e-5);

        // Every class can be explained; a class the model lacks is refused with its name.
        for (int c = 0; c < 3; ++c)
            QCOMPARE(explainer.explain(picturePath, c).classId, c);
        try {
            explainer.explain(picturePath, 3);
            QFAIL("a fourth class was explained");
        } catch (const EngineError& error) {
            QVERIFY(QString(error.what()).contains("3 classes"));
        }
    }

    void overlayDrawsOnlyInsideTheRegion() {
        cv::Mat picture(40, 80, CV_8UC3, cv::Scalar(90, 120, 150));
        HeatMap map;
        map.width = 4;
        map.height = 4;
        map.values.assign(16, 0.0f);
        map.values[5] = 1.0f;
        map.regionX = 20;
        map.regionWidth = 40;
        map.regionHeight = 40;
        const AnnotatedImage out =
            overlayHeatMap(picture.data, picture.cols, picture.rows, int(picture.step), map);
        QCOMPARE(out.boxX, 20);
        QCOMPARE(out.boxWidth, 40);
        const cv::Mat drawn(out.height, out.width, CV_8UC3, const_cast<uint8_t*>(out.rgb.data()));
        int changedOutside = 0, changedInside = 0;
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 80; ++x) {
                const bool changed = drawn.at<cv::Vec3b>(y, x) != picture.at<cv::Vec3b>(y, x);
                (x >= 20 && x < 60 ? changedInside : changedOutside) += changed;
            }
        QCOMPARE(changedOutside, 0);
        QCOMPARE(changedInside, 40 * 40);  // even no evidence tints (blue)
        // The strong cell is red, the weak ones blue.
        const cv::Vec3b strong = drawn.at<cv::Vec3b>(15, 35), weak = drawn.at<cv::Vec3b>(35, 55);
        QVERIFY(strong[0] > strong[2]);
        QVERIFY(weak[2] > weak[0]);

        map.values.pop_back();
        QVERIFY_THROWS_EXCEPTION(EngineError, overlayHeatMap(picture.data, picture.cols,
                                                             picture.rows, int(picture.step), map));
    }
};

QTEST_GUILESS_MAIN(TestGradCam)
#include "tst_grad_cam.moc"
