#pragma once

// Internal: trainer_state.json, where a run stands after its last finished epoch. Written only
// by RunFolder (inside a checkpoint); read to resume and to summarise a run (no torch here).

#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace faicls::train {

struct TrainerState {
    std::string dataset;
    int epoch = 0;
    int64_t iteration = 0;
    bool evaluated = false;  ///< an evaluation has run: `bestF1` means something
    double bestF1 = 0;
    int evaluationsWithoutImprovement = 0;
    std::string bestBundle;
    double lossScale = 0;  ///< fp16 loss scaling; 0 = the scaler's own start value
    int lossScaleCleanSteps = 0;
    /// The run has nothing left to do: every epoch ran, or early stopping ended it.
    bool finished = false;
    double trainingSeconds = 0;  ///< time spent training, over all its sessions
};

/// `folder`: the run folder (the best bundle is kept relative to it, so the folder can move).
nlohmann::json toJson(const TrainerState& state, const std::filesystem::path& folder);

/// Throws EngineError(InvalidFile) naming `path` when `saved` is not a trainer state.
TrainerState trainerStateFromJson(const nlohmann::json& saved, const std::string& path,
                                  const std::filesystem::path& folder);

/// Reads `path` (trainer_state.json of `folder`); EngineError naming the file if unreadable.
TrainerState readTrainerState(const std::string& path, const std::filesystem::path& folder);

}  // namespace faicls::train
