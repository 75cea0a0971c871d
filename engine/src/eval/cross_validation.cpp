// k-fold out-of-sample scores for the training split: each picture is scored by a model that
// trained on the other folds only, so its score says something about its label (confident
// learning needs exactly that; a model's scores on its own training pictures are overconfident).

#include "faicls/cross_validation.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>

#include "faicls/engine_error.h"

namespace faicls {

std::vector<int> crossValidationFolds(const DatasetIndex& index, int folds, uint32_t seed) {
    const std::vector<size_t> train = index.imagesOf(Split::Train);
    // Pictures grouped by their label set, each group shuffled, then dealt out in turn: every
    // fold gets its share of every class, rare ones too.
    std::map<std::vector<int>, std::vector<size_t>> groups;
    for (size_t k = 0; k < train.size(); ++k)
        groups[index.images[train[k]].labels].push_back(k);
    std::mt19937 random(seed);
    std::vector<int> foldOf(train.size(), 0);
    int next = 0;
    for (auto& [labels, members] : groups) {
        std::shuffle(members.begin(), members.end(), random);
        for (size_t k : members) {
            foldOf[k] = next;
            next = (next + 1) % folds;
        }
    }
    return foldOf;
}

namespace {

// The dataset as fold `fold` sees it: the other folds train, the fold itself becomes the test
// split (what is scored), the validation split stays.
std::shared_ptr<const DatasetIndex> foldDataset(const DatasetIndex& index,
                                                const std::vector<size_t>& train,
                                                const std::vector<int>& foldOf, int fold) {
    auto view = std::make_shared<DatasetIndex>();
    view->root = index.root;
    view->layout = index.layout;
    view->multiLabel = index.multiLabel;
    view->classNames = index.classNames;
    for (size_t k = 0; k < train.size(); ++k) {
        DatasetImage image = index.images[train[k]];
        image.split = foldOf[k] == fold ? Split::Test : Split::Train;
        view->images.push_back(std::move(image));
    }
    for (size_t i : index.imagesOf(Split::Valid))
        view->images.push_back(index.images[i]);
    return view;
}

// Passes a step of a fold on as "fold N of K: PHASE" (`phase`, or the step's own phase names
// when empty); cancelling the whole job cancels it.
class FoldJob {
public:
    FoldJob(JobHandle& parent, int fold, int folds, std::string phase = {})
        : m_prefix("fold " + std::to_string(fold + 1) + " of " + std::to_string(folds) + ": "),
          m_job(
              [this, &parent, phase](const JobProgress& p) {
                  parent.report(m_prefix + (phase.empty() ? p.phase : phase), p.done, p.total);
              },
              0),
          m_wake(parent.wakeOnCancel([this] { m_job.cancel(); })) {}
    JobHandle& job() { return m_job; }

private:
    std::string m_prefix;
    JobHandle m_job;
    JobHandle::WakeOnCancel m_wake;
};

}  // namespace

EvaluationDetails crossValidatedScores(const TrainingRequest& request,
                                       const CrossValidationOptions& options, JobHandle* job) {
    JobOrSilent handle(job);
    if (options.folds < 2 || options.folds > 20)
        throw EngineError(ErrorCode::InvalidConfig, "cross-validation needs 2 to 20 folds, not " +
                                                        std::to_string(options.folds));
    if (options.workFolder.empty())
        throw EngineError(ErrorCode::InvalidConfig, "cross-validation needs a work folder");
    const DatasetIndex index = scanDataset(request.datasetRoot, request.scan, &*handle);
    const std::vector<size_t> train = index.imagesOf(Split::Train);
    if (train.size() < static_cast<size_t>(options.folds) * 2)
        throw EngineError(ErrorCode::InvalidFile, request.datasetRoot + ": " +
                                                      std::to_string(train.size()) +
                                                      " training pictures are too few for " +
                                                      std::to_string(options.folds) + " folds");
    if (index.imagesOf(Split::Valid).empty())
        throw EngineError(ErrorCode::InvalidFile,
                          request.datasetRoot + ": no validation pictures to train the folds with");
    const std::vector<int> foldOf = crossValidationFolds(
        index, options.folds, static_cast<uint32_t>(request.config.train.seed));

    EvaluationDetails all;
    all.classNames = index.classNames;
    all.metrics.multiLabel = index.multiLabel;
    // Each picture's scores go back to its place in the training split.
    std::vector<ImageScores> scored(train.size());
    for (int fold = 0; fold < options.folds; ++fold) {
        TrainingRequest foldRequest = request;
        foldRequest.resume = false;
        foldRequest.dataset = foldDataset(index, train, foldOf, fold);
        foldRequest.runFolder =
            (std::filesystem::path(options.workFolder) / ("fold-" + std::to_string(fold + 1)))
                .string();
        if (options.epochs > 0)
            foldRequest.config.train.epochs = options.epochs;
        TrainingSummary summary;
        {
            // One step at a time: a job has one wake-on-cancel.
            FoldJob training(*handle, fold, options.folds);
            summary = Trainer(foldRequest).run(nullptr, &training.job());
        }
        if (summary.cancelled || handle->isCancelled())
            throw EngineError(ErrorCode::Cancelled,
                              request.datasetRoot + ": cross-validation cancelled");
        if (!summary.failure.empty())
            throw EngineError(ErrorCode::Runtime, foldRequest.runFolder + ": " + summary.failure);
        const std::string bundle =
            summary.bestBundle.empty() ? summary.lastBundle : summary.bestBundle;
        FoldJob scoring(*handle, fold, options.folds, "scoring");
        const EvaluationDetails details =
            evaluateBundleDetailed(bundle, foldRequest.dataset, Split::Test, &scoring.job());
        std::map<std::string, size_t> positionOf;
        for (size_t k = 0; k < train.size(); ++k)
            if (foldOf[k] == fold)
                positionOf[index.images[train[k]].relativePath] = k;
        for (const ImageScores& image : details.images)
            if (const auto found = positionOf.find(image.relativePath); found != positionOf.end())
                scored[found->second] = image;
    }
    // A picture the loader could not decode has no scores: left out.
    for (auto& image : scored)
        if (!image.scores.empty())
            all.images.push_back(std::move(image));
    return all;
}

}  // namespace faicls
