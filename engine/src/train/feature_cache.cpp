#include "train/feature_cache.h"

#include <unordered_map>

#include "runtime/channels_last.h"

namespace faicls::train {

std::optional<FeatureCache> FeatureCache::compute(nn::FaiClassifier& model,
                                                  std::shared_ptr<const DatasetIndex> dataset,
                                                  data::LoaderOptions options, torch::Device device,
                                                  JobHandle& job) {
    const std::vector<size_t> split = dataset->imagesOf(options.split);
    std::unordered_map<size_t, size_t> splitIndexOf;
    for (size_t i = 0; i < split.size(); ++i)
        splitIndexOf[split[i]] = i;
    options.shuffle = false;
    options.augment = false;
    options.dropLast = false;
    options.sampleWeights.clear();
    data::DataLoader loader(dataset, options);
    const auto wake = job.wakeOnCancel([&loader] { loader.cancel(); });

    FeatureCache cache;
    cache.m_rowOf.assign(split.size(), -1);
    std::vector<torch::Tensor> features;
    std::vector<torch::Tensor> targets;
    model->eval();
    torch::NoGradGuard noGrad;
    loader.startEpoch(0);
    while (auto batch = loader.next()) {
        if (job.stopRequested())
            return std::nullopt;
        features.push_back(
            model->pooledFeatures(runtime::networkInput(batch->images, device)).to(torch::kFloat));
        targets.push_back(batch->targets.to(device));
        for (size_t position : batch->positions) {
            cache.m_rowOf[splitIndexOf.at(position)] =
                static_cast<int64_t>(cache.m_positions.size());
            cache.m_positions.push_back(position);
        }
        job.report("computing features", static_cast<int64_t>(cache.m_positions.size()),
                   static_cast<int64_t>(split.size()));
    }
    if (job.isCancelled())
        return std::nullopt;
    if (!features.empty()) {
        cache.m_features = torch::cat(features);
        cache.m_targets = torch::cat(targets);
    }
    return cache;
}

FeatureCache::Rows FeatureCache::rows(const std::vector<size_t>& splitIndices) const {
    std::vector<int64_t> rows;
    Rows result;
    for (size_t index : splitIndices) {
        const int64_t row = m_rowOf[index];
        if (row < 0)
            continue;
        rows.push_back(row);
        result.positions.push_back(m_positions[static_cast<size_t>(row)]);
    }
    if (rows.empty())
        return result;
    const auto selection = torch::tensor(rows, torch::kLong).to(m_features.device());
    result.features = m_features.index_select(0, selection);
    result.targets = m_targets.index_select(0, selection);
    return result;
}

eval::ModelEvaluation FeatureCache::evaluate(nn::FaiClassifier& model, const DatasetIndex& dataset,
                                             int batchSize, double threshold) const {
    model->eval();
    torch::NoGradGuard noGrad;
    eval::EvaluationAccumulator accumulator(dataset, model->lossOptions());
    const auto rowCount = static_cast<int64_t>(m_positions.size());
    for (int64_t first = 0; first < rowCount; first += batchSize) {
        const int64_t count = std::min<int64_t>(batchSize, rowCount - first);
        const std::vector<size_t> positions(m_positions.begin() + first,
                                            m_positions.begin() + first + count);
        accumulator.add(model->classifyPooled(m_features.narrow(0, first, count), {}).logits,
                        m_targets.narrow(0, first, count), positions);
    }
    return accumulator.finish(threshold, false);
}

}  // namespace faicls::train
