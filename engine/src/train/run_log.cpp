#include <filesystem>
#include <fstream>

#include "faicls/engine_error.h"
#include "faicls/metrics_json.h"
#include "faicls/run_log.h"
#include "io/json_file.h"
#include "train/run_log_json.h"

namespace faicls {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kIteration = "iteration";
constexpr const char* kEvaluation = "evaluation";
constexpr const char* kFailure = "failure";

LoggedIteration iterationFromJson(const json& record) {
    LoggedIteration logged;
    logged.epoch = io::integerOr<int>(record, "epoch", 0);
    logged.iteration = io::integerOr<int64_t>(record, "iteration", 0);
    logged.loss = record.value("loss", 0.0);
    logged.learningRate = record.value("lr", 0.0);
    logged.imagesPerSecond = record.value("images_per_second", 0.0);
    return logged;
}

LoggedEvaluation evaluationFromJson(const json& record) {
    LoggedEvaluation logged;
    logged.epoch = io::integerOr<int>(record, "epoch", 0);
    logged.trainLoss = record.value("train_loss", 0.0);
    logged.validLoss = record.value("valid_loss", 0.0);
    logged.metrics = metricsFromJson(record);
    return logged;
}

LoggedFailure failureFromJson(const json& record) {
    return LoggedFailure{io::integerOr<int>(record, "epoch", 0),
                         io::integerOr<int64_t>(record, "iteration", 0),
                         record.value("message", std::string())};
}

}  // namespace

RunFolderFiles::RunFolderFiles(const std::string& runFolder)
    : folder(runFolder),
      config((fs::path(runFolder) / "config.json").string()),
      log((fs::path(runFolder) / "metrics.jsonl").string()),
      lastBundle((fs::path(runFolder) / "last.faicls").string()),
      bestBundle((fs::path(runFolder) / "best.faicls").string()),
      optimizer((fs::path(runFolder) / "last.optimizer").string()),
      state((fs::path(runFolder) / "trainer_state.json").string()) {}

int64_t RunLog::iterationsPerEpoch() const {
    int64_t count = 0;
    for (const auto& logged : iterations)
        if (logged.epoch == 1)
            count = std::max(count, logged.iteration);
    return count;
}

RunLog readRunLog(const std::string& runFolder, RunLogContent content) {
    const RunFolderFiles files(runFolder);
    std::ifstream in(files.log);
    if (!in)
        throw EngineError(ErrorCode::FileNotFound, files.log + ": no training log here");
    RunLog log;
    std::string line;
    const bool iterations = content == RunLogContent::Everything;
    while (std::getline(in, line)) {
        // The type's name is in every record: a line without the names wanted is not parsed.
        if (!iterations && line.find(kEvaluation) == std::string::npos &&
            line.find(kFailure) == std::string::npos)
            continue;
        json record;
        try {
            record = io::parseJson(line, files.log);
        } catch (const EngineError&) {
            continue;  // a line cut short by a kill
        }
        if (!record.is_object())
            continue;
        try {
            const std::string type = record.value("type", "");
            if (type == kIteration && iterations)
                log.iterations.push_back(iterationFromJson(record));
            else if (type == kEvaluation)
                log.evaluations.push_back(evaluationFromJson(record));
            else if (type == kFailure)
                log.failures.push_back(failureFromJson(record));
        } catch (const json::exception&) {
            // A whole line with a field of the wrong type: not ours, or damaged; skipped.
        }
    }
    return log;
}

namespace train {

json toJson(const LoggedIteration& record) {
    return {{"type", kIteration},
            {"epoch", record.epoch},
            {"iteration", record.iteration},
            {"loss", record.loss},
            {"lr", record.learningRate},
            {"images_per_second", record.imagesPerSecond}};
}

json toJson(const LoggedEvaluation& record) {
    json out = faicls::toJson(record.metrics);
    out["type"] = kEvaluation;
    out["epoch"] = record.epoch;
    out["train_loss"] = record.trainLoss;
    out["valid_loss"] = record.validLoss;
    return out;
}

json toJson(const LoggedFailure& record) {
    return {{"type", kFailure},
            {"epoch", record.epoch},
            {"iteration", record.iteration},
            {"message", record.message}};
}

}  // namespace train
}  // namespace faicls
