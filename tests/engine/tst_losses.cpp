// Losses against PyTorch (CE with label smoothing, BCE with pos_weight) and against the
// reference focal formula evaluated by PyTorch; finiteness for saturated logits.

#include <QTemporaryDir>
#include <QtTest>

#include "faicls/model_config.h"
#include "io/torch_file_reader.h"
#include "nn/classification_loss.h"
#include "nn/fai_classifier.h"
#include "test_support.h"

using namespace faicls;

class TestLosses : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;
    io::PickleObject m_reference;

    static double relativeError(const torch::Tensor& ours, const torch::Tensor& theirs) {
        const double a = ours.item<double>();
        const double b = theirs.item<double>();
        return std::abs(a - b) / std::max(std::abs(b), 1e-12);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_loss_reference.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_reference = io::readTorchFile((m_generated.folder() + "/losses.pth").toStdString());
    }

    void matchesPyTorch_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("cross-entropy") << "ce";
        QTest::newRow("cross-entropy, label smoothing 0.1") << "ce_smoothing_0.1";
        QTest::newRow("bce") << "bce";
        QTest::newRow("bce, pos_weight 2") << "bce_pos_weight_2";
        QTest::newRow("focal, multi-label") << "focal_multi";
        QTest::newRow("focal, multi-label, smoothing 0.1") << "focal_multi_smoothing_0.1";
        QTest::newRow("focal, single-label, alpha 0.25 gamma 1.5") << "focal_single_gamma_1.5";
    }

    void matchesPyTorch() {
        QFETCH(QString, key);
        const auto logits = test::tensorAt(m_reference, "logits");
        const auto labels = test::tensorAt(m_reference, "labels");
        const auto multiHot = test::tensorAt(m_reference, "multi_hot");
        nn::LossOptions options;
        torch::Tensor targets = labels;
        if (key == "ce_smoothing_0.1")
            options.labelSmoothing = 0.1;
        if (key.startsWith("bce")) {
            options.multiLabel = true;
            targets = multiHot;
            options.posWeight = key == "bce_pos_weight_2" ? 2.0 : 1.0;
        }
        if (key.startsWith("focal")) {
            options.focal = true;
            options.multiLabel = key.startsWith("focal_multi");
            targets = options.multiLabel ? multiHot : labels;
            options.focalAlpha = options.multiLabel ? 0.75 : 0.25;
            options.focalGamma = options.multiLabel ? 2.0 : 1.5;
            options.labelSmoothing = key.contains("smoothing") ? 0.1 : 0.0;
        }
        const auto ours = nn::classificationLoss(logits, targets, options);
        const auto theirs = test::tensorAt(m_reference, key.toStdString());
        QVERIFY2(relativeError(ours, theirs) <= 1e-6,
                 qPrintable(QString("ours %1, PyTorch %2")
                                .arg(ours.item<double>(), 0, 'g', 10)
                                .arg(theirs.item<double>(), 0, 'g', 10)));
    }

    void focalIsFiniteForSaturatedLogits() {
        const auto logits = torch::tensor({{200.f, -200.f, 30.f, -30.f}, {1e4f, -1e4f, 0.f, 88.f}});
        const auto targets = torch::tensor({{0.f, 1.f, 1.f, 0.f}, {1.f, 0.f, 1.f, 0.f}});
        for (double smoothing : {0.0, 0.1}) {
            const auto loss = nn::focalLoss(logits, targets, 0.75, 2.0, smoothing);
            QVERIFY(std::isfinite(loss.item<double>()));
            QVERIFY(loss.item<double>() > 0);  // confidently wrong entries must cost something
        }
        auto grad = logits.clone().requires_grad_(true);
        nn::focalLoss(grad, targets, 0.75, 2.0, 0.0).backward();
        QVERIFY(torch::isfinite(grad.grad()).all().item<bool>());
    }

    void focalGrowsWhenConfidentlyWrong() {
        const auto target = torch::tensor({{1.f}});
        const double right =
            nn::focalLoss(torch::tensor({{5.f}}), target, 0.75, 2.0, 0).item<double>();
        const double wrong =
            nn::focalLoss(torch::tensor({{-5.f}}), target, 0.75, 2.0, 0).item<double>();
        QVERIFY(wrong > right * 100);
    }

    void forwardReturnsLossDict() {
        ModelConfig config;
        config.numClasses = 3;
        config.backbone.size = "nano";
        config.features = "res3";
        nn::FaiClassifier model(config);
        const auto images = torch::randn({2, 3, 32, 32});
        const auto output = model->forward(images, torch::tensor({0, 2}, torch::kLong));
        QCOMPARE(output.logits.sizes().vec(), (std::vector<int64_t>{2, 3}));
        QCOMPARE(output.losses.size(), size_t{1});
        QVERIFY(output.losses.count("loss_cls"));
        QVERIFY(output.losses.at("loss_cls").item<double>() > 0);
        QVERIFY(model->forward(images, torch::Tensor()).losses.empty());
    }
};

QTEST_GUILESS_MAIN(TestLosses)
#include "tst_losses.moc"
