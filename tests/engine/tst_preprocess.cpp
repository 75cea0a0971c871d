// Pre-processing parity: our resize + centre crop, and our stretch, against torchvision's on the
// same PNG images, within 1/255 per pixel before normalisation; normalisation itself.

#include <QTemporaryDir>
#include <QtTest>

#include "data/antialiased_resize.h"
#include "data/image_preprocess.h"
#include "io/torch_file_reader.h"
#include "test_support.h"

using namespace faicls;

class TestPreprocess : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;
    io::PickleObject m_reference;

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_preprocess_reference.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_reference = io::readTorchFile((m_generated.folder() + "/preprocess.pth").toStdString());
    }

    void matchesTorchvision_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mode");
        for (const char* name : {"shrink", "shrink_portrait", "enlarge", "odd"}) {
            QTest::addRow("%s, shorter side + centre crop", name)
                << name << "shorter_side_center_crop";
            QTest::addRow("%s, stretch", name) << name << "stretch";
        }
    }

    void matchesTorchvision() {
        QFETCH(QString, name);
        QFETCH(QString, mode);
        PreprocessPolicy policy;
        policy.resizeMode = mode.toStdString();
        const cv::Mat rgb =
            data::decodeImageRgb((m_generated.folder() + "/" + name + ".png").toStdString());
        const cv::Mat ours = data::resizeForPolicy(rgb, policy);
        QCOMPARE(ours.cols, 224);
        QCOMPARE(ours.rows, 224);
        const auto expected = test::tensorAt(
            m_reference, (name + (mode == "stretch" ? "_stretch" : "_crop")).toStdString());
        const auto actual = torch::from_blob(ours.data, {224, 224, 3}, torch::kUInt8);
        const auto difference = (actual.to(torch::kInt) - expected.to(torch::kInt)).abs();
        const int worst = difference.max().item<int>();
        qInfo("%s %s: max |diff| %d/255, %.2f%% of values differ", qPrintable(name),
              qPrintable(mode), worst,
              100.0 * difference.gt(0).sum().item<double>() / difference.numel());
        QVERIFY2(worst <= 1, qPrintable(QString("max difference %1/255").arg(worst)));
    }

    void normalises() {
        PreprocessPolicy policy;
        cv::Mat rgb(2, 2, CV_8UC3, cv::Scalar(255, 0, 124));
        const auto tensor = data::normalizedTensor(rgb, policy);
        QCOMPARE(tensor.sizes().vec(), (std::vector<int64_t>{1, 3, 2, 2}));
        QCOMPARE(tensor[0][0][1][1].item<float>(), float((255 - 123.675) / 58.395));
        QCOMPARE(tensor[0][1][0][0].item<float>(), float((0 - 116.28) / 57.12));
        QVERIFY(std::abs(tensor[0][2][0][1].item<float>() - float((124 - 103.53) / 57.375)) < 1e-6);
    }

    // A region of a resize is that region of the whole resize: only its rows and columns are
    // computed (their coefficients too), whatever the offset.
    void aRegionIsThatPartOfTheWholeResize() {
        cv::Mat rgb(57, 83, CV_8UC3);
        cv::randu(rgb, cv::Scalar::all(0), cv::Scalar::all(256));
        const cv::Size size(41, 29);
        const cv::Mat whole = data::resizeAntialiased(rgb, size);
        for (const cv::Rect region : {cv::Rect(0, 0, 41, 29), cv::Rect(7, 3, 20, 11),
                                      cv::Rect(40, 28, 1, 1), cv::Rect(13, 0, 5, 29)}) {
            const cv::Mat part = data::resizeAntialiasedRegion(rgb, size, region);
            QCOMPARE(cv::norm(part, whole(region), cv::NORM_INF), 0.0);
        }
    }

    // A picture of extreme shape (fuzz_image_decode found one): the shorter side scaled to 32
    // makes the other 64 million pixels long, but only the 32 x 32 centre is computed.
    void anExtremeAspectRatioCropsOnlyTheCentre() {
        const cv::Mat thin(1, 2'000'000, CV_8UC3, cv::Scalar(10, 200, 30));
        PreprocessPolicy policy;
        policy.resolution = {32, 32};
        const cv::Mat ready = data::resizeForPolicy(thin, policy);
        QCOMPARE(ready.size(), cv::Size(32, 32));
        QCOMPARE(cv::norm(ready, cv::Mat(32, 32, CV_8UC3, cv::Scalar(10, 200, 30)), cv::NORM_INF),
                 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPreprocess)
#include "tst_preprocess.moc"
