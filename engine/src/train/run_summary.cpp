#include "faicls/run_summary.h"

#include <filesystem>

#include "faicls/config_json.h"
#include "faicls/run_log.h"
#include "train/trainer_state.h"

namespace faicls {
namespace fs = std::filesystem;

std::string runLabel(const ModelConfig& model) {
    const BackboneConfig& backbone = model.backbone;
    if (backbone.modelType == "resnet")
        return "resnet" + std::to_string(backbone.depth);
    if (backbone.modelType == "stdc")
        return backbone.size.empty() ? std::string("stdc") : "stdc-" + backbone.size;
    if (backbone.modelType == "efficientnet")
        return "efficientnet-" + effectiveVariant(backbone);
    if (backbone.modelType == "mobilenet_v2")
        return "mobilenet-v2";
    return backbone.modelType;
}

std::optional<RunSummary> summarizeRun(const std::string& folder) {
    const RunFolderFiles files(folder);
    std::error_code error;
    if (!fs::exists(files.config, error) && !fs::exists(files.log, error))
        return std::nullopt;
    RunSummary summary;
    summary.folder = folder;
    summary.name = fs::path(folder).filename().string();
    if (summary.name.empty())
        summary.name = fs::path(folder).parent_path().filename().string();
    if (const auto saved = loadExperimentConfigFile(files.config); saved.ok()) {
        summary.model = runLabel(saved.config.model);
        summary.pretrained = saved.config.model.backbone.pretrained;
        summary.heightPx = saved.config.model.resolution.heightPx;
        summary.widthPx = saved.config.model.resolution.widthPx;
        summary.epochsPlanned = saved.config.train.epochs;
        summary.multiLabel = saved.config.model.multiLabel;
    }
    bool finished = false;
    try {
        const train::TrainerState state = train::readTrainerState(files.state, folder);
        summary.epochsDone = state.epoch;
        summary.trainingSeconds = state.trainingSeconds;
        summary.dataset = state.dataset;
        // Runs from before `finished` was saved: all planned epochs done is finished.
        finished =
            state.finished || (summary.epochsPlanned > 0 && state.epoch >= summary.epochsPlanned);
    } catch (const std::exception&) {
        // No finished epoch yet, or a damaged state: resume will say which.
    }
    try {
        const RunLog log = readRunLog(folder, RunLogContent::EvaluationsAndFailures);
        const LoggedEvaluation* best = nullptr;
        for (const LoggedEvaluation& evaluation : log.evaluations)
            if (evaluation.epoch <= summary.epochsDone &&
                (!best || evaluation.metrics.f1 > best->metrics.f1))
                best = &evaluation;
        if (best) {
            summary.evaluated = true;
            summary.bestF1 = best->metrics.f1;
            summary.bestAccuracy = best->metrics.accuracy;
            summary.multiLabel = best->metrics.multiLabel;
        }
        if (!log.failures.empty())
            summary.failure = log.failures.back().message;
    } catch (const std::exception&) {
        // No log: the summary has what the other files say.
    }
    summary.status = runFolderIsInUse(folder) ? RunStatus::Running
                     : finished               ? RunStatus::Finished
                                              : RunStatus::Interrupted;
    return summary;
}

}  // namespace faicls
