// Inference speed at 224 px: batch-1 latency (median of ITERATIONS) and batch-32 throughput, for
// the network's forward(), our folded inference graph (what Predictor runs) in float32, bfloat16
// (where native) and int8, and OpenCV DNN running our ONNX export (WORK_DIR/NAME.onnx, which
// bench/ort_inference.js runs in ONNX Runtime). Writes the weights to WEIGHTS.pth (torch.load-able,
// our parameter names) so that bench/torch_inference.py runs PyTorch eager on the same weights.
// Usage: faicls-bench-inference resnet18|stdc_small|efficientnet_b0 WORK_DIR [ITERATIONS]. Prints
// JSON lines.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <opencv2/dnn.hpp>

#include "bench_model.h"
#include "export/onnx_export.h"
#include "faicls/cpu_features.h"
#include "graph/quantized_graph.h"
#include "io/torch_file_writer.h"
#include "model/bundle_file.h"
#include "nn/fai_classifier.h"

using namespace faicls;
using Clock = std::chrono::steady_clock;

namespace {

template <typename Run>
void measure(const char* engine, const std::string& model, int iterations, Run run) {
    run(1);
    std::vector<double> latencies;
    for (int i = 0; i < iterations; ++i) {
        const auto start = Clock::now();
        run(1);
        latencies.push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(latencies.begin(), latencies.end());
    run(32);
    const int batches = std::max(2, iterations / 10);
    const auto start = Clock::now();
    for (int i = 0; i < batches; ++i)
        run(32);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf(
        "{\"engine\": \"%s\", \"model\": \"%s\", \"threads\": %d, \"batch1_median_ms\": %.2f, "
        "\"batch1_min_ms\": %.2f, \"batch32_images_per_second\": %.1f}\n",
        engine, model.c_str(), at::get_num_threads(), latencies[latencies.size() / 2],
        latencies.front(), 32.0 * batches / seconds);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: faicls-bench-inference resnet18|stdc_small|efficientnet_b0 WORK_DIR "
                     "[ITERATIONS]\n");
        return 2;
    }
    const std::string name = argv[1];
    const std::filesystem::path work = argv[2];
    const int iterations = argc > 3 ? std::stoi(argv[3]) : 30;
    std::filesystem::create_directories(work);
    at::set_num_threads(static_cast<int>(std::thread::hardware_concurrency()));
    torch::manual_seed(0);

    const ModelConfig config = bench::benchModel(name);
    nn::FaiClassifier model(config);
    model->eval();
    io::writeTorchStateDict((work / (name + ".pth")).string(), stateDictOf(model));

    const auto images1 = torch::randn({1, 3, 224, 224});
    const auto images32 = torch::randn({32, 3, 224, 224});
    auto input = [&](int batch) { return batch == 1 ? images1 : images32; };

    measure("faicls forward()", name, iterations, [&](int batch) {
        torch::InferenceMode inference;
        return model->forward(input(batch));
    });
    graph::InferenceGraph graph = model->inferenceGraph();
    graph.to(torch::kCPU);
    measure("faicls inference graph (Predictor)", name, iterations, [&](int batch) {
        torch::InferenceMode inference;
        return graph.run(input(batch));
    });
    if (cpuFeatures().nativeBf16() || std::getenv("FAICLS_BENCH_EMULATED_BF16")) {
        graph::InferenceGraph bf16 = model->inferenceGraph();
        bf16.to(torch::kCPU, torch::kBFloat16);
        measure("faicls inference graph bfloat16", name, iterations, [&](int batch) {
            torch::InferenceMode inference;
            return bf16.run(input(batch));
        });
    } else {
        std::printf(
            "{\"engine\": \"faicls inference graph bfloat16\", \"model\": \"%s\", "
            "\"skipped\": \"no native bfloat16 on this processor (emulated: many times "
            "slower; FAICLS_BENCH_EMULATED_BF16=1 measures it)\"}\n",
            name.c_str());
    }
    BundleInfo info;
    info.model = config;
    info.classNames = std::vector<std::string>(10, "c");
    {
        // Calibrated on noise images: the speed does not depend on the encodings.
        graph::ActivationRanges ranges(graph);
        for (int i = 0; i < 4; ++i)
            ranges.observe(torch::randn({8, 3, 224, 224}));
        const graph::Int8Parameters parameters = ranges.parameters(!cpuFeatures().nativeInt8());
        const graph::QuantizedGraph int8(graph, parameters);
        // Its QDQ export, for ONNX Runtime (bench/ort_inference.js).
        exporting::writeOnnxInt8(model->inferenceGraph(), parameters, info,
                                 (work / (name + "-int8.onnx")).string());
        const std::string engine =
            "faicls int8 graph (" + graph::QuantizedGraph::engineName() + ")";
        measure(engine.c_str(), name, iterations, [&](int batch) {
            torch::InferenceMode inference;
            return int8.run(input(batch));
        });
    }

    const std::string onnxPath = (work / (name + ".onnx")).string();
    exporting::writeOnnx(model->inferenceGraph(), info, onnxPath);
    cv::dnn::Net net;
    try {
        net = cv::dnn::readNetFromONNX(onnxPath);
        const int shape[] = {1, 3, 224, 224};
        net.setInput(cv::Mat(4, shape, CV_32F, images1.data_ptr()), "images");
        net.forward("logits");
    } catch (const cv::Exception& error) {
        std::printf("{\"engine\": \"OpenCV DNN\", \"model\": \"%s\", \"error\": \"%s\"}\n",
                    name.c_str(), error.what());
        return 1;
    }
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    measure("OpenCV DNN " CV_VERSION " (our ONNX)", name, iterations, [&](int batch) {
        const torch::Tensor x = input(batch);
        const int shape[] = {batch, 3, 224, 224};
        net.setInput(cv::Mat(4, shape, CV_32F, x.data_ptr()), "images");
        return net.forward("logits");
    });
    return 0;
}
