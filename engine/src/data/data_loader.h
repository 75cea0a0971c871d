#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <torch/torch.h>

#include "faicls/dataset.h"
#include "faicls/model_bundle.h"

namespace faicls::data {

struct LoaderOptions {
    Split split = Split::Train;
    int batchSize = 16;
    bool shuffle = true;
    bool dropLast = false;
    bool augment = true;  ///< training augmentation; otherwise the policy's deterministic resize
    AugmentationConfig augmentation;
    PreprocessPolicy policy;  ///< resolution, resize mode, mean and std
    int workers = 0;          ///< decode threads, 0 = one per core
    int prefetchBatches = 4;  ///< batches decoded ahead of the consumer, at most
    uint64_t seed = 42;
    bool pinMemory = false;  ///< page-locked batches, for fast copies to a CUDA device
    /// When set (one weight per image of the split, in `imagesOf` order) and shuffling, each
    /// epoch draws its images with replacement in proportion to these (a balanced sampler).
    std::vector<double> sampleWeights;
};

/// The order of an epoch's images (indices into the split's images, `imagesOf` order): drawn
/// from (seed, epoch) when shuffling, with replacement by `sampleWeights` when given.
std::vector<size_t> epochOrder(const LoaderOptions& options, size_t imageCount, int epoch);
/// Batches of an epoch of `imageCount` images (the last partial one dropped with `dropLast`).
size_t batchesPerEpoch(const LoaderOptions& options, size_t imageCount);

/// One batch: normalised images [B, 3, H, W] float32, targets int64 [B] (single-label) or float
/// [B, K] multi-hot, and the dataset positions of its images. B can be smaller than the batch
/// size at the end of an epoch, or when an unreadable image was skipped.
struct Batch {
    int index = 0;
    torch::Tensor images;
    torch::Tensor targets;
    std::vector<size_t> positions;
};

/// Decodes, augments, normalises and batches a split of a dataset on its own threads, a bounded
/// number of batches ahead. The order and every random draw depend on the seed, the epoch and
/// the image only, so the batches are the same whatever the thread count. An image that fails to
/// decode is skipped and reported. Use from one consumer thread; `cancel()` from any thread.
class DataLoader {
public:
    DataLoader(std::shared_ptr<const DatasetIndex> dataset, LoaderOptions options);
    ~DataLoader();
    DataLoader(const DataLoader&) = delete;
    DataLoader& operator=(const DataLoader&) = delete;

    /// Starts (or restarts) an epoch: its order is drawn from (seed, epoch).
    void startEpoch(int epoch);
    /// The next batch in order; nullopt at the end of the epoch or after cancel(). Blocks.
    std::optional<Batch> next();
    /// Stops the workers within one image; next() returns nullopt. Thread-safe.
    void cancel();

    size_t imageCount() const { return m_positions.size(); }
    size_t batchesPerEpoch() const;
    /// Images skipped so far because they could not be decoded, with why.
    std::vector<DatasetProblem> skippedImages() const;

private:
    void stopWorkers();
    void work();
    std::optional<Batch> makeBatch(int index);

    std::shared_ptr<const DatasetIndex> m_dataset;
    LoaderOptions m_options;
    std::vector<size_t> m_positions;  ///< the split's images in the dataset
    std::vector<size_t> m_order;      ///< this epoch's order (into m_positions)
    int m_epoch = 0;
    int m_batchCount = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<int, Batch> m_ready;
    int m_nextToBuild = 0;
    int m_nextToDeliver = 0;
    std::atomic<bool> m_cancelled{false};
    std::vector<std::thread> m_workers;
    std::vector<DatasetProblem> m_skipped;
};

}  // namespace faicls::data
