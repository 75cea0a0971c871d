// Every backbone trains: one optimiser step on a fixed tiny batch lowers the loss. And the fp16
// loss scaler's arithmetic (it runs on CUDA in training; the logic is the same on the CPU).

#include <QtTest>

#include "nn/fai_classifier.h"
#include "runtime/mixed_precision.h"

using namespace faicls;

class TestGradients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneStepLowersLoss_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("multiLabel");
        QTest::addColumn<bool>("focal");
        for (const char* depth : {"18", "34", "50", "101"})
            QTest::addRow("resnet-%s", depth) << "resnet" << depth << false << false;
        QTest::newRow("resnet-18-d") << "resnet"
                                     << "18d" << false << false;
        QTest::newRow("resnet-50-d") << "resnet"
                                     << "50d" << false << false;
        for (const char* size : {"nano", "small", "large"})
            QTest::addRow("stdc-%s", size) << "stdc" << size << false << false;
        for (const char* v : {"b0", "b1", "b2", "b3"})
            QTest::addRow("efficientnet-%s", v) << "efficientnet" << v << false << false;
        QTest::newRow("stdc-nano multi-label") << "stdc"
                                               << "nano" << true << false;
        QTest::newRow("stdc-nano focal") << "stdc"
                                         << "nano" << false << true;
    }

    void oneStepLowersLoss() {
        QFETCH(QString, type);
        QFETCH(QString, variant);
        QFETCH(bool, multiLabel);
        QFETCH(bool, focal);
        ModelConfig config;
        config.numClasses = 3;
        config.backbone.modelType = type.toStdString();
        if (type == "resnet") {
            config.backbone.depth = variant.chopped(variant.endsWith('d') ? 1 : 0).toInt();
            config.backbone.variant = variant.endsWith('d') ? "d" : "b";
        }
        if (type == "stdc")
            config.backbone.size = variant.toStdString();
        if (type == "efficientnet")
            config.backbone.variant = variant.toStdString();
        config.dropoutRate = 0;  // deterministic forward passes
        config.hiddenDim = 32;
        config.multiLabel = multiLabel;
        config.useFocalLoss = focal;
        torch::manual_seed(5);
        nn::FaiClassifier model(config);
        model->train();
        const auto images = torch::randn({8, 3, 64, 64});
        const auto targets = multiLabel ? torch::tensor({{1.f, 0.f, 1.f},
                                                         {0.f, 1.f, 0.f},
                                                         {1.f, 1.f, 0.f},
                                                         {0.f, 0.f, 1.f},
                                                         {0.f, 1.f, 1.f},
                                                         {1.f, 0.f, 0.f},
                                                         {0.f, 0.f, 0.f},
                                                         {1.f, 1.f, 1.f}})
                                        : torch::tensor({0, 1, 2, 1, 2, 0, 1, 0}, torch::kLong);
        auto lossNow = [&] {
            torch::manual_seed(11);  // same stochastic-depth draws every time
            return model->forward(images, targets).losses.at("loss_cls");
        };
        // Clipped like the trainer clips: with BatchNorm over 8 tiny images the raw gradient norm
        // is in the hundreds, and an unclipped step would overshoot.
        torch::optim::SGD optimizer(model->parameters(), torch::optim::SGDOptions(1e-3));
        const auto before = lossNow();
        optimizer.zero_grad();
        before.backward();
        int withGradient = 0;
        for (const auto& p : model->parameters())
            withGradient += p.grad().defined() && p.grad().abs().sum().item<double>() > 0;
        QVERIFY2(withGradient > static_cast<int>(model->parameters().size()) / 2,
                 "gradients do not reach the backbone");
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        optimizer.step();
        const double after = lossNow().item<double>();
        QVERIFY2(after < before.item<double>(),
                 qPrintable(QString("%1 -> %2").arg(before.item<double>()).arg(after)));
    }

    void lossScalerUnscalesAndSkipsOverflow() {
        runtime::GradientScaler scaler(true, 1024.0, 3);
        auto weight = torch::tensor({1.0f, 2.0f}).requires_grad_(true);
        const auto loss = (weight * torch::tensor({3.0f, -4.0f})).sum();
        scaler.scaled(loss).backward();
        QCOMPARE(weight.grad()[0].item<float>(), 3.0f * 1024);
        QVERIFY(scaler.unscale({weight}));
        QCOMPARE(weight.grad()[0].item<float>(), 3.0f);
        QCOMPARE(weight.grad()[1].item<float>(), -4.0f);
        QVERIFY(scaler.finishStep(true));
        QCOMPARE(scaler.scale(), 1024.0);

        // An overflow: the step is skipped and the scale halved.
        weight.mutable_grad().fill_(std::numeric_limits<float>::infinity());
        QVERIFY(!scaler.unscale({weight}));
        QVERIFY(!scaler.finishStep(false));
        QCOMPARE(scaler.scale(), 512.0);
        QCOMPARE(scaler.cleanSteps(), 0);

        // Three clean steps in a row double it.
        for (int i = 0; i < 3; ++i)
            QVERIFY(scaler.finishStep(true));
        QCOMPARE(scaler.scale(), 1024.0);

        scaler.restore(8.0, 2);
        QCOMPARE(scaler.scale(), 8.0);
        QVERIFY(scaler.finishStep(true));
        QCOMPARE(scaler.scale(), 16.0);
    }

    void disabledScalerLeavesLossAndGradients() {
        runtime::GradientScaler scaler(false);
        auto weight = torch::tensor({2.0f}).requires_grad_(true);
        scaler.scaled(weight * 5).sum().backward();
        QCOMPARE(weight.grad()[0].item<float>(), 5.0f);
        QVERIFY(scaler.unscale({weight}));
        QCOMPARE(weight.grad()[0].item<float>(), 5.0f);
        QVERIFY(scaler.finishStep(true));
        QVERIFY(!scaler.finishStep(false));
        QCOMPARE(scaler.scale(), 1.0);
        // Autocast off is a no-op on any build.
        runtime::Autocast off(Precision::Float32, torch::kCPU);
    }
};

QTEST_GUILESS_MAIN(TestGradients)
#include "tst_gradients.moc"
