#include "train/trainer_state.h"

#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "io/json_file.h"

namespace faicls::train {
namespace fs = std::filesystem;
using nlohmann::json;

json toJson(const TrainerState& state, const fs::path& folder) {
    std::string bestBundle = state.bestBundle;
    if (!bestBundle.empty() && fs::path(bestBundle).parent_path() == folder)
        bestBundle = fs::path(bestBundle).filename().string();
    return {{"dataset", pathToJson(state.dataset)},
            {"epoch", state.epoch},
            {"iteration", state.iteration},
            {"evaluated", state.evaluated},
            {"best_f1", state.bestF1},
            {"evaluations_without_improvement", state.evaluationsWithoutImprovement},
            {"best_bundle", pathToJson(bestBundle)},
            {"loss_scale", state.lossScale},
            {"loss_scale_clean_steps", state.lossScaleCleanSteps},
            {"finished", state.finished},
            {"training_seconds", state.trainingSeconds}};
}

TrainerState trainerStateFromJson(const json& saved, const std::string& path,
                                  const fs::path& folder) {
    try {
        TrainerState state;
        state.dataset = pathFromJson(saved.value("dataset", json("")));
        state.epoch = io::integerOf<int>(saved.at("epoch"));
        state.iteration = io::integerOf<int64_t>(saved.at("iteration"));
        state.evaluated = saved.at("evaluated").get<bool>();
        state.bestF1 = saved.at("best_f1").get<double>();
        state.evaluationsWithoutImprovement =
            io::integerOf<int>(saved.at("evaluations_without_improvement"));
        state.bestBundle = pathFromJson(saved.value("best_bundle", json("")));
        if (!state.bestBundle.empty() && fs::path(state.bestBundle).is_relative() &&
            fs::path(state.bestBundle).parent_path().empty())
            state.bestBundle = (folder / state.bestBundle).string();
        state.lossScale = saved.value("loss_scale", 0.0);
        state.lossScaleCleanSteps = io::integerOr<int>(saved, "loss_scale_clean_steps", 0);
        // Runs saved before these were recorded: not known to be finished, time unknown.
        state.finished = saved.value("finished", false);
        state.trainingSeconds = saved.value("training_seconds", 0.0);
        return state;
    } catch (const json::exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": not a trainer state (" + error.what() + ")");
    }
}

TrainerState readTrainerState(const std::string& path, const fs::path& folder) {
    return trainerStateFromJson(io::readJsonFile(path), path, folder);
}

}  // namespace faicls::train
