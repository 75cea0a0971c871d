#include "eval/model_evaluation.h"
#include "faicls/engine_error.h"
#include "faicls/evaluation.h"
#include "model/bundle_file.h"
#include "runtime/channels_last.h"
#include "runtime/compute_device.h"

namespace faicls {

namespace {

// Per-image scores in dataset order of evaluation, for threshold controls and galleries.
std::vector<ImageScores> scoredImages(const eval::ModelEvaluation& evaluation,
                                      const DatasetIndex& dataset) {
    std::vector<ImageScores> images;
    const size_t classes = dataset.classNames.size();
    for (size_t i = 0; i < evaluation.positions.size(); ++i) {
        const DatasetImage& image = dataset.images[evaluation.positions[i]];
        ImageScores scored;
        scored.path = image.path;
        scored.relativePath = image.relativePath;
        scored.labels = image.labels;
        scored.scores.assign(
            evaluation.scores.begin() + static_cast<std::ptrdiff_t>(i * classes),
            evaluation.scores.begin() + static_cast<std::ptrdiff_t>((i + 1) * classes));
        images.push_back(std::move(scored));
    }
    return images;
}

}  // namespace

EvaluationMetrics evaluateBundle(const std::string& bundlePath, const std::string& datasetRoot,
                                 Split split, const ScanOptions& scan, JobHandle* job) {
    return evaluateBundleDetailed(bundlePath, datasetRoot, split, scan, job).metrics;
}

EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         const std::string& datasetRoot, Split split,
                                         const ScanOptions& scan, JobHandle* job) {
    JobOrSilent handle(job);
    readBundleInfo(bundlePath);  // a bad bundle is said before the dataset is scanned
    return evaluateBundleDetailed(
        bundlePath, std::make_shared<const DatasetIndex>(scanDataset(datasetRoot, scan, &*handle)),
        split, &*handle);
}

EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         std::shared_ptr<const DatasetIndex> dataset, Split split,
                                         JobHandle* job) {
    JobOrSilent handle(job);
    const std::string& datasetRoot = dataset->root;
    const LoadedBundle bundle = readBundle(bundlePath);
    if (dataset->classNames != bundle.info.classNames)
        throw EngineError(
            ErrorCode::InvalidFile,
            datasetRoot + ": its classes differ from the model's (" + bundlePath + ")");
    runtime::useAllCores();
    nn::FaiClassifier model = modelFromBundle(bundle);
    runtime::toChannelsLast(*model);
    data::LoaderOptions options;
    options.split = split;
    options.augment = false;
    options.shuffle = false;
    options.batchSize = 32;
    options.policy = bundle.info.preprocessing;
    data::DataLoader loader(dataset, options);
    if (loader.imageCount() == 0)
        throw EngineError(ErrorCode::InvalidFile,
                          datasetRoot + ": no images in the " + splitName(split) + " split");
    const auto wake = handle->wakeOnCancel([&loader] { loader.cancel(); });
    eval::EvaluationSettings settings;
    settings.threshold = bundle.info.threshold;
    const eval::ModelEvaluation evaluation =
        eval::evaluateModel(model, loader, *dataset, settings, *handle);
    if (evaluation.cancelled)
        throw EngineError(ErrorCode::Cancelled, bundlePath + ": evaluation cancelled");
    EvaluationDetails details;
    details.metrics = evaluation.metrics;
    details.classNames = dataset->classNames;
    details.images = scoredImages(evaluation, *dataset);
    return details;
}

}  // namespace faicls
