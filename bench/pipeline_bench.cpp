// Images per second of decode + augment + normalise + batch at 224 px with the engine's data
// loader, on a CLASSIFICATION_FOLDER dataset. Usage: faicls-bench-pipeline DATASET [WORKERS]
// [EPOCHS]. Prints one JSON line per configuration.

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "data/data_loader.h"
#include "faicls/dataset.h"

using namespace faicls;

namespace {

double imagesPerSecond(const std::shared_ptr<const DatasetIndex>& dataset,
                       data::LoaderOptions options, int epochs) {
    data::DataLoader loader(dataset, options);
    // One epoch first: the files come into the page cache, as they do for the other pipeline.
    loader.startEpoch(0);
    while (loader.next()) {
    }
    size_t images = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        loader.startEpoch(epoch);
        while (auto batch = loader.next())
            images += batch->positions.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return images / seconds;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: faicls-bench-pipeline DATASET [WORKERS] [EPOCHS]\n");
        return 2;
    }
    const int workers = argc > 2 ? std::stoi(argv[2]) : 2;
    const int epochs = argc > 3 ? std::stoi(argv[3]) : 3;
    ScanOptions scan;
    scan.validFraction = 0.01;
    auto dataset = std::make_shared<const DatasetIndex>(scanDataset(argv[1], scan));

    struct Configuration {
        const char* name;
        bool augment, randomResizedCrop, scaleJitter;
        double colorJitter;
    };
    const Configuration configurations[] = {
        {"eval: resize 224 + centre crop", false, false, false, 0},
        {"train: random resized crop + flip", true, true, false, 0},
        {"train: random resized crop + flip + colour jitter", true, true, false, 1},
        {"train: reference scale jitter + crop + flip + colour jitter", true, false, true, 1},
    };
    for (const auto& c : configurations) {
        data::LoaderOptions options;
        options.batchSize = 32;
        options.workers = workers;
        options.augment = c.augment;
        options.shuffle = c.augment;
        options.augmentation.randomResizedCrop = c.randomResizedCrop;
        options.augmentation.scaleJitter = c.scaleJitter;
        options.augmentation.colorJitter = c.colorJitter;
        options.policy.resolution = {224, 224};
        std::printf(
            "{\"pipeline\": \"faicls\", \"configuration\": \"%s\", \"workers\": %d, "
            "\"images_per_second\": %.1f}\n",
            c.name, workers, imagesPerSecond(dataset, options, epochs));
        std::fflush(stdout);
    }
    return 0;
}
