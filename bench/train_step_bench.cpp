// Train-step throughput (forward + loss + backward + AdamW step) on random input at 224 px,
// batch 32, and peak memory. Usage: faicls-bench-train-step resnet18|stdc_small [ITERATIONS]
// [channels_last|contiguous] [float32|bfloat16]. Prints one JSON line.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "bench_model.h"
#include "faicls/precision.h"
#include "nn/fai_classifier.h"
#include "runtime/mixed_precision.h"

using namespace faicls;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: faicls-bench-train-step resnet18|stdc_small [ITERATIONS] "
                     "[channels_last|contiguous] [float32|bfloat16]\n");
        return 2;
    }
    const std::string name = argv[1];
    const int iterations = argc > 2 ? std::stoi(argv[2]) : 5;
    const bool channelsLast = argc > 3 && std::string(argv[3]) == "channels_last";
    const Precision precision =
        precisionFromName(argc > 4 ? argv[4] : "float32").value_or(Precision::Float32);
    at::set_num_threads(static_cast<int>(std::thread::hardware_concurrency()));
    torch::manual_seed(0);

    const ModelConfig config = bench::benchModel(name);
    nn::FaiClassifier model(config);
    model->train();
    auto images = torch::randn({32, 3, 224, 224});
    if (channelsLast) {
        for (auto& parameter : model->parameters())
            if (parameter.dim() == 4)
                parameter.set_data(parameter.contiguous(torch::MemoryFormat::ChannelsLast));
        images = images.contiguous(torch::MemoryFormat::ChannelsLast);
    }
    const auto targets = torch::randint(0, 10, {32}, torch::kLong);
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(1e-4));
    auto step = [&] {
        optimizer.zero_grad();
        torch::Tensor loss;
        {
            runtime::Autocast autocast(precision, torch::kCPU);  // as the trainer does
            loss = model->forward(images, targets).losses.at("loss_cls");
        }
        loss.backward();
        optimizer.step();
    };
    step();  // warm-up: allocations, oneDNN primitive caches
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        step();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "{\"framework\": \"faicls (LibTorch %s)\", \"model\": \"%s\", \"channels_last\": %s, "
        "\"precision\": \"%s\", "
        "\"threads\": %d, "
        "\"images_per_second\": %.2f, \"peak_rss_mib\": %.0f}\n",
        TORCH_VERSION, name.c_str(), channelsLast ? "true" : "false", precisionName(precision),
        at::get_num_threads(), 32.0 * iterations / seconds, usage.ru_maxrss / 1024.0);
    return 0;
}
