// The inference graph computes what the network's forward() does, for every backbone and head,
// with BatchNorm folded away; and the folding formula itself.

#include <QtTest>

#include "graph/inference_graph.h"
#include "nn/fai_classifier.h"
#include "test_support.h"

using namespace faicls;

namespace {

ModelConfig configFor(const QString& backbone) {
    ModelConfig config;
    config.numClasses = 5;
    config.resolution = {64, 64};
    config.hiddenDim = 24;
    config.numLayers = 2;
    config.backbone = test::backboneFor(backbone);
    return config;
}

}  // namespace

class TestInferenceGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldingMatchesConvThenBatchNorm() {
        torch::manual_seed(3);
        torch::nn::Conv2d conv(torch::nn::Conv2dOptions(4, 6, 3).padding(1).bias(true));
        torch::nn::BatchNorm2d norm(6);
        test::randomizeNorms(*norm, 4);
        norm->eval();
        const auto x = torch::randn({2, 4, 9, 9});
        torch::NoGradGuard noGrad;
        const auto expected = norm(conv(x));
        auto [weight, bias] =
            graph::foldBatchNorm(conv->weight, conv->bias, norm->weight, norm->bias,
                                 norm->running_mean, norm->running_var, norm->options.eps());
        const auto folded = torch::conv2d(x, weight, bias, 1, 1);
        QVERIFY2(test::maxAbsDifference(expected, folded) < 1e-5,
                 qPrintable(QString::number(test::maxAbsDifference(expected, folded))));
    }

    void graphEqualsForward_data() {
        QTest::addColumn<QString>("backbone");
        QTest::addColumn<QString>("features");
        QTest::addColumn<int>("layers");
        QTest::newRow("resnet18 res5 2-layer") << "resnet18"
                                               << "res5" << 2;
        QTest::newRow("resnet50 res4 1-layer") << "resnet50"
                                               << "res4" << 1;
        QTest::newRow("resnet18-d res5") << "resnet18-d"
                                         << "res5" << 2;
        QTest::newRow("resnet50-d res5") << "resnet50-d"
                                         << "res5" << 1;
        QTest::newRow("stdc nano cat res5") << "stdc-cat"
                                            << "res5" << 2;
        QTest::newRow("stdc nano add res3") << "stdc-add"
                                            << "res3" << 1;
        QTest::newRow("efficientnet-b0 res5") << "efficientnet"
                                              << "res5" << 2;
        QTest::newRow("efficientnet-b0 res4") << "efficientnet"
                                              << "res4" << 1;
        QTest::newRow("mobilenet_v2 res5") << "mobilenet_v2"
                                           << "res5" << 2;
        QTest::newRow("mobilenet_v2 res3") << "mobilenet_v2"
                                           << "res3" << 1;
    }

    void graphEqualsForward() {
        QFETCH(QString, backbone);
        QFETCH(QString, features);
        QFETCH(int, layers);
        ModelConfig config = configFor(backbone);
        config.features = features.toStdString();
        config.numLayers = layers;
        torch::manual_seed(11);
        nn::FaiClassifier model(config);
        test::randomizeNorms(*model, 12);
        model->eval();
        const auto images = torch::randn({3, 3, 64, 64});
        const auto original = images.clone();
        torch::Tensor expected;
        {
            torch::NoGradGuard noGrad;
            expected = model->forward(images);
        }
        graph::InferenceGraph graph = model->inferenceGraph();
        // No BatchNorm survives: one graph convolution per Conv2d module.
        int convModules = 0;
        for (const auto& module : model->modules())
            convModules += module->as<torch::nn::Conv2d>() != nullptr;
        int convNodes = 0;
        for (const auto& node : graph.nodes())
            convNodes += node.kind == graph::Node::Kind::Conv;
        // The head's Linear layers are not convolutions; backbones past `features` are unused.
        QVERIFY(convNodes > 0 && convNodes <= convModules);
        torch::Tensor actual;
        {
            torch::InferenceMode inference;
            actual = graph.to(torch::kCPU).run(images);
        }
        QCOMPARE(actual.sizes(), expected.sizes());
        const double difference = test::maxAbsDifference(expected, actual);
        QVERIFY2(difference < 1e-4, qPrintable(QString("max |difference| %1").arg(difference)));
        // The caller's images are untouched (ReLU and Add run in place only on intermediates).
        QVERIFY(torch::equal(images, original));
    }

    void inPlaceOperationsDoNotCorruptSharedValues() {
        // a feeds a ReLU and, later, an Add: the ReLU must not overwrite a. 3a expected.
        graph::InferenceGraph graph;
        const int a = graph.silu(graph.input());
        const int relu = graph.relu(a);
        const int doubled = graph.add(a, a);
        graph.setOutput(graph.add(relu, doubled));
        const auto x = torch::tensor({-1.0f, 2.0f}).view({1, 2, 1, 1});
        const auto before = x.clone();
        torch::InferenceMode inference;
        const auto y = graph.run(x);
        QVERIFY(torch::equal(x, before));
        const auto silu = torch::silu(x);
        const auto expected = torch::relu(silu) + silu + silu;
        QVERIFY2(torch::allclose(y, expected), qPrintable(QString::number(y[0][0].item<float>())));
    }
};

QTEST_GUILESS_MAIN(TestInferenceGraph)
#include "tst_inference_graph.moc"
