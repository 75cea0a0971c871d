// STDC: shapes and channels of every size at 224 and at odd sizes, parameter counts against
// the reference (backbones and the zoo's whole models). The reference checkpoint round trip is
// in tst_reference_import.

#include <QtTest>

#include "nn/fai_classifier.h"
#include "nn/stdc.h"
#include "test_support.h"

using namespace faicls;

namespace {

int64_t strided(int64_t size, int steps) {
    for (int i = 0; i < steps; ++i)
        size = (size + 1) / 2;  // padding k/2 → ceil per stride-2 step
    return size;
}

}  // namespace

class TestStdc : public QObject {
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(test::parameterCount(*backbone), parameters);
        QCOMPARE(backbone->channels(),
                 (std::array<int64_t, 4>{base, 4 * base, 8 * base, 16 * base}));
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
        QCOMPARE(test::parameterCount(*nn::FaiClassifier(nano)), int64_t{1354656});
        ModelConfig medium = nano;
        medium.backbone.size = "small";
        medium.features = "res5";
        QCOMPARE(test::parameterCount(*nn::FaiClassifier(medium)), int64_t{5400304});
    }
};

QTEST_GUILESS_MAIN(TestStdc)
#include "tst_stdc.moc"
