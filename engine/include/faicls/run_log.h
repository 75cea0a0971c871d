#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "faicls/metrics.h"

namespace faicls {

/// The files of a training run folder (the trainer owns them; others only read).
struct RunFolderFiles {
    explicit RunFolderFiles(const std::string& folder);
    std::string folder;
    std::string config;      ///< config.json: the experiment as trained
    std::string log;         ///< metrics.jsonl: one record per line (RunLog)
    std::string lastBundle;  ///< last.faicls: after the last finished epoch
    std::string bestBundle;  ///< best.faicls: the best validation F1 so far
    std::string optimizer;   ///< last.optimizer: the optimiser state, for resume
    std::string state;       ///< trainer_state.json: where the run stands, for resume
};

/// A training step as logged.
struct LoggedIteration {
    int epoch = 0;
    int64_t iteration = 0;  ///< over the whole run, 1-based
    double loss = 0;
    double learningRate = 0;  ///< of the head
    double imagesPerSecond = 0;
};

/// An evaluation after an epoch, as logged (`metrics`: the headline figures and the confusion
/// matrix; per-class figures are in the log's JSON, not restored here).
struct LoggedEvaluation {
    int epoch = 0;
    double trainLoss = 0;
    double validLoss = 0;
    EvaluationMetrics metrics;
};

/// Why a run stopped with a failure, as logged.
struct LoggedFailure {
    int epoch = 0;
    int64_t iteration = 0;
    std::string message;
};

/// Everything in a run's metrics.jsonl, in file order per kind.
struct RunLog {
    std::vector<LoggedIteration> iterations;
    std::vector<LoggedEvaluation> evaluations;
    std::vector<LoggedFailure> failures;
    /// Iterations in one epoch, from the first epoch's records (0 when there are none).
    int64_t iterationsPerEpoch() const;
};

/// What of a log to read: everything, or only evaluations and failures (a run's figures, read
/// without parsing the many iteration records — a table of runs reads every run's log).
enum class RunLogContent { Everything, EvaluationsAndFailures };

/// Reads a run folder's log. Lines that are not whole records (cut short by a kill) are
/// skipped. Throws EngineError(FileNotFound) naming the file when there is no log.
RunLog readRunLog(const std::string& runFolder, RunLogContent content = RunLogContent::Everything);

}  // namespace faicls
