#pragma once

#include <optional>
#include <string>

namespace faicls {

/// Where a training run stands, as its folder says.
enum class RunStatus {
    Running,      ///< a training holds the folder now (this process or another)
    Interrupted,  ///< stopped, cancelled, killed or failed before its last epoch: resumable
    Finished,     ///< every epoch ran, or early stopping ended it
};

/// One run folder in a few figures: what a table of runs shows.
struct RunSummary {
    std::string folder;
    std::string name;        ///< the folder's own name
    std::string model;       ///< short network name, e.g. "resnet18", "stdc-nano" (runLabel)
    std::string pretrained;  ///< what the backbone started from ("" = random)
    int heightPx = 0;
    int widthPx = 0;
    int epochsDone = 0;  ///< finished epochs (0 while the first one runs)
    int epochsPlanned = 0;
    bool evaluated = false;  ///< an evaluation ran: the figures below mean something
    bool multiLabel = false;
    double bestF1 = 0;           ///< percent
    double bestAccuracy = 0;     ///< percent, at the best-F1 epoch; single-label only
    double trainingSeconds = 0;  ///< 0 for runs saved before this was recorded
    std::string dataset;
    std::string failure;  ///< the last failure logged, when the run ended with one
    RunStatus status = RunStatus::Interrupted;
};

/// Whether a training has saved a checkpoint in `folder` (a fresh run there would replace it).
bool runFolderHoldsARun(const std::string& folder);

/// Whether a training holds `folder` right now (its run.lock is taken), in any process.
bool runFolderIsInUse(const std::string& folder);

/// The summary of `folder`, or nullopt when it holds no run (no config.json and no log yet).
/// Damaged files give what can be read: never throws for bad content.
std::optional<RunSummary> summarizeRun(const std::string& folder);

/// Readable part of a run folder name for this network: "resnet18", "stdc-nano",
/// "efficientnet-b0", "mobilenet-v2" (from a model config's JSON keys).
struct ModelConfig;
std::string runLabel(const ModelConfig& model);

}  // namespace faicls
