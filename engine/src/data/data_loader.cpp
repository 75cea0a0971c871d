#include "data/data_loader.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "data/augmentation.h"
#include "data/image_preprocess.h"
#include "faicls/engine_error.h"

namespace faicls::data {
namespace {

// SplitMix64: turns (seed, epoch, image) into independent, well-mixed random seeds.
uint64_t mix(uint64_t value) {
    value += 0x9E3779B97F4A7C15ull;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ull;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBull;
    return value ^ (value >> 31);
}

uint64_t seedFor(uint64_t seed, int epoch, uint64_t item) {
    return mix(mix(mix(seed) ^ static_cast<uint64_t>(epoch)) ^ item);
}

// Writes an RGB image into a [3, H, W] float slot, normalised; what the image does not cover
// (a crop smaller than the resolution) is padded with black before normalisation, as the
// reference pads.
void writeNormalised(const cv::Mat& rgb, const PreprocessPolicy& policy, float* slot) {
    const int height = policy.resolution.heightPx;
    const int width = policy.resolution.widthPx;
    for (int c = 0; c < 3; ++c) {
        const float mean = static_cast<float>(policy.pixelMean[static_cast<size_t>(c)]);
        const float inverseStd = static_cast<float>(1.0 / policy.pixelStd[static_cast<size_t>(c)]);
        float* plane = slot + static_cast<size_t>(c) * height * width;
        const float padding = -mean * inverseStd;
        for (int y = 0; y < height; ++y) {
            float* row = plane + static_cast<size_t>(y) * width;
            if (y >= rgb.rows) {
                std::fill(row, row + width, padding);
                continue;
            }
            const uint8_t* pixels = rgb.ptr<uint8_t>(y);
            const int covered = std::min(width, rgb.cols);
            for (int x = 0; x < covered; ++x)
                row[x] = (pixels[x * 3 + c] - mean) * inverseStd;
            std::fill(row + covered, row + width, padding);
        }
    }
}

// How much smaller a large JPEG can be decoded for training and still cover what the
// augmentation needs (the largest scale-jitter short side, 1.414 R): 2, 4 or 8, else 1.
// Evaluation decodes at full size, to match the reference resize exactly.
int reductionFor(const DatasetImage& image, const LoaderOptions& options) {
    if (!options.augment || image.relativePath.size() < 4)
        return 1;
    std::string extension = image.path.substr(image.path.find_last_of('.') + 1);
    for (auto& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension != "jpg" && extension != "jpeg")
        return 1;
    const double needed =
        1.42 * std::max(options.policy.resolution.heightPx, options.policy.resolution.widthPx);
    const int shorter = std::min(image.widthPx, image.heightPx);
    int reduction = 1;
    while (reduction < 8 && shorter / (reduction * 2) >= needed)
        reduction *= 2;
    return reduction;
}

}  // namespace

std::vector<size_t> epochOrder(const LoaderOptions& options, size_t imageCount, int epoch) {
    std::vector<size_t> order(imageCount);
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (options.shuffle && options.sampleWeights.size() == imageCount && imageCount > 0) {
        // Weighted draws with replacement: cumulative weights and a seeded uniform draw each.
        std::mt19937_64 random(seedFor(options.seed, epoch, ~uint64_t{0}));
        std::vector<double> cumulative(options.sampleWeights.size());
        std::partial_sum(options.sampleWeights.begin(), options.sampleWeights.end(),
                         cumulative.begin());
        for (auto& slot : order) {
            const double u = std::generate_canonical<double, 53>(random) * cumulative.back();
            slot = static_cast<size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) -
                                       cumulative.begin());
            slot = std::min(slot, cumulative.size() - 1);
        }
    } else if (options.shuffle) {
        // Own Fisher-Yates: std::shuffle's draws differ between standard libraries.
        std::mt19937_64 random(seedFor(options.seed, epoch, ~uint64_t{0}));
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[random() % i]);
    }
    return order;
}

size_t batchesPerEpoch(const LoaderOptions& options, size_t imageCount) {
    const size_t size = static_cast<size_t>(options.batchSize);
    return options.dropLast ? imageCount / size : (imageCount + size - 1) / size;
}

DataLoader::DataLoader(std::shared_ptr<const DatasetIndex> dataset, LoaderOptions options)
    : m_dataset(std::move(dataset)), m_options(std::move(options)) {
    m_positions = m_dataset->imagesOf(m_options.split);
    if (m_options.batchSize < 1)
        throw EngineError(ErrorCode::InvalidConfig, "batch_size: must be at least 1");
}

DataLoader::~DataLoader() {
    stopWorkers();
}

size_t DataLoader::batchesPerEpoch() const {
    return data::batchesPerEpoch(m_options, m_positions.size());
}

std::vector<DatasetProblem> DataLoader::skippedImages() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_skipped;
}

void DataLoader::stopWorkers() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    for (auto& worker : m_workers)
        worker.join();
    m_workers.clear();
}

void DataLoader::cancel() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
}

void DataLoader::startEpoch(int epoch) {
    stopWorkers();
    m_cancelled = false;
    m_epoch = epoch;
    m_order = epochOrder(m_options, m_positions.size(), epoch);
    m_batchCount = static_cast<int>(batchesPerEpoch());
    m_ready.clear();
    m_nextToBuild = 0;
    m_nextToDeliver = 0;
    const int threads = m_options.workers > 0
                            ? m_options.workers
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    for (int t = 0; t < std::min(threads, std::max(1, m_batchCount)); ++t)
        m_workers.emplace_back([this] { work(); });
}

void DataLoader::work() {
    while (true) {
        int index;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] {
                return m_cancelled || m_nextToBuild >= m_batchCount ||
                       m_nextToBuild < m_nextToDeliver + std::max(1, m_options.prefetchBatches);
            });
            if (m_cancelled || m_nextToBuild >= m_batchCount)
                return;
            index = m_nextToBuild++;
        }
        std::optional<Batch> batch = makeBatch(index);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!batch)
                return;  // cancelled mid-batch
            m_ready.emplace(index, std::move(*batch));
        }
        m_changed.notify_all();
    }
}

std::optional<Batch> DataLoader::makeBatch(int index) {
    const size_t first = static_cast<size_t>(index) * static_cast<size_t>(m_options.batchSize);
    const size_t last = std::min(first + static_cast<size_t>(m_options.batchSize), m_order.size());
    const Resolution& resolution = m_options.policy.resolution;
    const size_t slotSize =
        3u * static_cast<size_t>(resolution.heightPx) * static_cast<size_t>(resolution.widthPx);
    const bool multiLabel = m_dataset->multiLabel;
    const int64_t classes = static_cast<int64_t>(m_dataset->classNames.size());

    // Written in place into the batch tensor; trimmed at the end if images were skipped.
    torch::Tensor images = torch::empty(
        {static_cast<int64_t>(last - first), 3, resolution.heightPx, resolution.widthPx},
        torch::kFloat);
    float* pixels = images.data_ptr<float>();
    Batch batch;
    batch.index = index;
    std::vector<int64_t> singleTargets;
    std::vector<float> multiTargets;
    for (size_t i = first; i < last; ++i) {
        if (m_cancelled)
            return std::nullopt;
        const size_t position = m_positions[m_order[i]];
        const DatasetImage& image = m_dataset->images[position];
        cv::Mat ready;
        try {
            const cv::Mat rgb = decodeImageRgb(image.path, reductionFor(image, m_options));
            if (m_options.augment) {
                std::mt19937_64 random(seedFor(m_options.seed, m_epoch, position));
                ready = augmentForTraining(rgb, m_options.augmentation, resolution, random);
            } else {
                ready = resizeForPolicy(rgb, m_options.policy);
            }
        } catch (const std::exception& error) {
            std::lock_guard<std::mutex> lock(m_mutex);
            // Reported once, not again every epoch.
            const bool known =
                std::any_of(m_skipped.begin(), m_skipped.end(),
                            [&](const DatasetProblem& p) { return p.path == image.relativePath; });
            if (!known)
                m_skipped.push_back({ProblemKind::UnreadableImage,
                                     ProblemSeverity::Error,
                                     image.relativePath,
                                     std::string("skipped while loading: ") + error.what(),
                                     {}});
            continue;
        }
        writeNormalised(ready, m_options.policy, pixels + batch.positions.size() * slotSize);
        batch.positions.push_back(position);
        if (multiLabel) {
            multiTargets.resize(multiTargets.size() + static_cast<size_t>(classes), 0.f);
            for (int label : image.labels)
                multiTargets[multiTargets.size() - static_cast<size_t>(classes) +
                             static_cast<size_t>(label)] = 1.f;
        } else {
            singleTargets.push_back(image.labels.empty() ? 0 : image.labels.front());
        }
    }
    const int64_t count = static_cast<int64_t>(batch.positions.size());
    batch.images = count == images.size(0) ? images : images.slice(0, 0, count).clone();
    if (m_options.pinMemory)
        batch.images = batch.images.pin_memory();
    batch.targets =
        multiLabel ? torch::from_blob(multiTargets.data(), {count, classes}, torch::kFloat).clone()
                   : torch::from_blob(singleTargets.data(), {count}, torch::kLong).clone();
    return batch;
}

std::optional<Batch> DataLoader::next() {
    while (true) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_cancelled || m_nextToDeliver >= m_batchCount || m_ready.count(m_nextToDeliver);
        });
        if (m_cancelled || m_nextToDeliver >= m_batchCount)
            return std::nullopt;
        Batch batch = std::move(m_ready.at(m_nextToDeliver));
        m_ready.erase(m_nextToDeliver);
        ++m_nextToDeliver;
        lock.unlock();
        m_changed.notify_all();
        if (!batch.positions.empty())
            return batch;  // a batch of only unreadable images: skip it
    }
}

}  // namespace faicls::data
