// The all-reduce a data-parallel step pays: every gradient of the network summed over the ranks
// with Gloo on this machine (two processes on 127.0.0.1, the gradients in 25 MB buckets as
// PyTorch's DDP sends them), median milliseconds per step. With the step time of
// bench/train_step.sh this estimates the scaling to more processes.
// Usage: faicls-bench-allreduce resnet18|stdc_small [STEPS] [PROCESSES]. Prints JSON lines (one
// per rank).

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_model.h"
#include "distributed/process_group.h"
#include "nn/fai_classifier.h"

using namespace faicls;

namespace {

int runRank(const std::string& name, int rank, int processes, int port, int steps) {
    nn::FaiClassifier model(bench::benchModel(name));
    int64_t parameters = 0;
    for (const auto& p : model->parameters())
        parameters += p.numel();
    // Buckets of at most 25 MB of float32 (DDP's default bucket_cap_mb).
    const int64_t bucket = 25 * 1024 * 1024 / 4;
    std::vector<torch::Tensor> buckets;
    for (int64_t done = 0; done < parameters; done += bucket)
        buckets.push_back(torch::randn({std::min(bucket, parameters - done)}));
    distributed::WorkerPlace place;
    place.rank = rank;
    place.worldSize = processes;
    place.masterPort = port;
    distributed::ProcessGroup group(place, std::chrono::seconds(60));
    std::vector<double> milliseconds;
    for (int step = 0; step <= steps; ++step) {
        group.barrier();
        const auto start = std::chrono::steady_clock::now();
        for (auto& b : buckets)
            group.allReduceSum(b);
        if (step > 0)  // the first one sets the connections up
            milliseconds.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf(
        "{\"model\": \"%s\", \"rank\": %d, \"processes\": %d, \"parameters\": %lld, "
        "\"buckets\": %zu, \"allreduce_ms_median\": %.1f, \"allreduce_ms_min\": %.1f}\n",
        name.c_str(), rank, processes, static_cast<long long>(parameters), buckets.size(),
        milliseconds[milliseconds.size() / 2], milliseconds.front());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: faicls-bench-allreduce resnet18|stdc_small [STEPS] [N]\n");
        return 2;
    }
    const std::string name = argv[1];
    const int steps = argc > 2 ? std::stoi(argv[2]) : 10;
    const int processes = argc > 3 ? std::stoi(argv[3]) : 2;
    const int port = 29600 + static_cast<int>(getpid() % 300);
    std::vector<pid_t> children;
    for (int rank = 1; rank < processes; ++rank) {
        const pid_t child = fork();  // before any torch thread pool exists
        if (child == 0)
            return runRank(name, rank, processes, port, steps);
        children.push_back(child);
    }
    const int result = runRank(name, 0, processes, port, steps);
    for (pid_t child : children)
        waitpid(child, nullptr, 0);
    return result;
}
