#pragma once

// Internal: the one owner of a training run folder's files. Everything the trainer writes there
// and reads back to resume goes through here.

#include <torch/torch.h>

#include <fstream>
#include <string>

#include "faicls/config_json.h"
#include "faicls/run_log.h"
#include "model/bundle_file.h"
#include "train/trainer_state.h"

namespace faicls::train {

/// What one finished epoch leaves: written as one step (RunFolder::writeCheckpoint).
struct Checkpoint {
    const BundleInfo& info;
    const io::StateDict& weights;
    bool best = false;  ///< best.faicls gets these weights too
    torch::optim::Optimizer& optimizer;
    const TrainerState& state;
};

class RunFolder {
public:
    explicit RunFolder(const std::string& folder) : m_files(folder) {}
    ~RunFolder();
    RunFolder(const RunFolder&) = delete;
    RunFolder& operator=(const RunFolder&) = delete;

    const RunFolderFiles& files() const { return m_files; }

    /// Takes the folder for this training (creating it), so that a second training into it is
    /// refused while this one runs, and completes a checkpoint a kill interrupted. Held until
    /// this object goes; repeated calls do nothing.
    void lock();

    /// Whether a training has saved a checkpoint here (a fresh run would replace it).
    bool holdsARun() const;

    /// What resume needs (call lock() first); throws EngineError naming the file when it is missing
    /// or damaged.
    TrainerState readState() const;
    ExperimentConfig readConfig() const;
    /// last.faicls, checked against the saved state (a kill between the two is refused).
    LoadedBundle readLastBundle(const TrainerState& state) const;
    void loadOptimizer(torch::optim::Optimizer& optimizer) const;

    /// Creates the folder, writes config.json and opens the log: appended to when resuming;
    /// otherwise a fresh run, so a previous run's state and log are dropped.
    void start(const ExperimentConfig& used, bool resume);

    void append(const LoggedIteration& record);
    void append(const LoggedEvaluation& record);  ///< flushed at once
    void append(const LoggedFailure& record);     ///< flushed at once

    /// last.faicls (and best.faicls), the optimiser and the state, as one step: a kill or a
    /// full disk at any point leaves the previous checkpoint or this one, never a mix.
    void writeCheckpoint(const Checkpoint& checkpoint) const;

private:
    void completeInterruptedCheckpoint() const;

    RunFolderFiles m_files;
    std::ofstream m_log;
    int m_lockFd = -1;
};

}  // namespace faicls::train
