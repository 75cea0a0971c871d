#include "train/run_folder.h"

#include <filesystem>

#include "faicls/engine_error.h"
#include "io/atomic_file.h"
#include "io/json_file.h"
#include "train/run_log_json.h"

namespace faicls::train {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The best bundle is recorded relative to the run folder, so the folder can move.
json toJson(const TrainerState& state, const fs::path& folder) {
    std::string bestBundle = state.bestBundle;
    if (!bestBundle.empty() && fs::path(bestBundle).parent_path() == folder)
        bestBundle = fs::path(bestBundle).filename().string();
    return {{"dataset", state.dataset},
            {"epoch", state.epoch},
            {"iteration", state.iteration},
            {"evaluated", state.evaluated},
            {"best_f1", state.bestF1},
            {"evaluations_without_improvement", state.evaluationsWithoutImprovement},
            {"best_bundle", bestBundle},
            {"loss_scale", state.lossScale},
            {"loss_scale_clean_steps", state.lossScaleCleanSteps}};
}

TrainerState stateFromJson(const json& saved, const std::string& path, const fs::path& folder) {
    try {
        TrainerState state;
        state.dataset = saved.value("dataset", "");
        state.epoch = saved.at("epoch").get<int>();
        state.iteration = saved.at("iteration").get<int64_t>();
        state.evaluated = saved.at("evaluated").get<bool>();
        state.bestF1 = saved.at("best_f1").get<double>();
        state.evaluationsWithoutImprovement =
            saved.at("evaluations_without_improvement").get<int>();
        state.bestBundle = saved.value("best_bundle", "");
        if (!state.bestBundle.empty() && fs::path(state.bestBundle).is_relative() &&
            fs::path(state.bestBundle).parent_path().empty())
            state.bestBundle = (folder / state.bestBundle).string();
        state.lossScale = saved.value("loss_scale", 0.0);
        state.lossScaleCleanSteps = saved.value("loss_scale_clean_steps", 0);
        return state;
    } catch (const json::exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": not a trainer state (" + error.what() + ")");
    }
}

// What an interrupted atomic write left (io::writeFileAtomically's ".NAME.tmpDIGITS").
bool isLeftoverTemporary(const fs::path& file) {
    const std::string name = file.filename().string();
    const auto mark = name.rfind(".tmp");
    return name.size() > 1 && name[0] == '.' && mark != std::string::npos && mark > 1 &&
           mark + 4 < name.size() &&
           name.find_first_not_of("0123456789", mark + 4) == std::string::npos;
}

}  // namespace

TrainerState RunFolder::readState() const {
    if (!fs::exists(m_files.state))
        throw EngineError(
            ErrorCode::FileNotFound,
            m_files.folder + ": nothing to resume (no finished epoch in this run folder)");
    return stateFromJson(io::readJsonFile(m_files.state), m_files.state, m_files.folder);
}

ExperimentConfig RunFolder::readConfig() const {
    const auto saved = loadExperimentConfigFile(m_files.config);
    if (!saved.ok())
        throw EngineError(ErrorCode::InvalidConfig,
                          m_files.config + ":\n" + formatIssues(saved.errors));
    return saved.config;
}

LoadedBundle RunFolder::readLastBundle(const TrainerState& state) const {
    LoadedBundle last = readBundle(m_files.lastBundle);
    if (last.info.trainingSummary.value("epoch", -1) != state.epoch)
        throw EngineError(ErrorCode::InvalidFile,
                          m_files.lastBundle +
                              ": does not match the run's saved state (interrupted while "
                              "saving?); cannot resume exactly");
    return last;
}

void RunFolder::loadOptimizer(torch::optim::Optimizer& optimizer) const {
    torch::serialize::InputArchive archive;
    archive.load_from(m_files.optimizer);
    optimizer.load(archive);
}

void RunFolder::start(const ExperimentConfig& used, bool resume) {
    fs::create_directories(m_files.folder);
    std::error_code listing;
    for (const auto& entry : fs::directory_iterator(m_files.folder, listing)) {
        std::error_code ignored;
        if (isLeftoverTemporary(entry.path()))
            fs::remove(entry.path(), ignored);  // a kill or a full disk interrupted its write
    }
    io::writeFileAtomically(m_files.config,
                            [&](std::ostream& o) { o << faicls::toJson(used).dump(2) << "\n"; });
    if (!resume) {
        // A fresh run in a used folder: nothing of the old run may be resumed into this one.
        std::error_code ignored;
        fs::remove(m_files.state, ignored);
        fs::remove(m_files.optimizer, ignored);
    }
    m_log.open(m_files.log, resume ? std::ios::app : std::ios::trunc);
}

void RunFolder::append(const LoggedIteration& record) {
    m_log << toJson(record).dump() << "\n";
}

void RunFolder::append(const LoggedEvaluation& record) {
    m_log << toJson(record).dump() << std::endl;
}

void RunFolder::append(const LoggedFailure& record) {
    m_log << toJson(record).dump() << std::endl;
}

void RunFolder::writeBestBundle(const BundleInfo& info, const io::StateDict& weights) const {
    writeBundle(m_files.bestBundle, info, weights);
}

void RunFolder::writeLastBundle(const BundleInfo& info, const io::StateDict& weights) const {
    writeBundle(m_files.lastBundle, info, weights);
}

void RunFolder::writeCheckpointState(torch::optim::Optimizer& optimizer,
                                     const TrainerState& state) const {
    torch::serialize::OutputArchive archive;
    optimizer.save(archive);
    io::writeFileAtomically(m_files.optimizer, [&](std::ostream& o) { archive.save_to(o); });
    io::writeFileAtomically(m_files.state, [&](std::ostream& o) {
        o << toJson(state, m_files.folder).dump(2) << "\n";
    });
}

}  // namespace faicls::train
