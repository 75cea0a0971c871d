#include "faicls/project.h"

#include <algorithm>
#include <filesystem>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "faicls/run_log.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kFormatVersion = 1;

fs::path projectFile(const std::string& folder) {
    return fs::path(folder) / kProjectFileName;
}

fs::path resolved(const std::string& path) {
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(path, error), error);
    return error ? fs::path(path).lexically_normal() : absolute;
}

// Inside the project: relative to it (the project can move). Elsewhere: as it is.
std::string storedPath(const std::string& path, const std::string& projectFolder) {
    if (path.empty() || !isInsideFolder(path, projectFolder))
        return path;
    return resolved(path).lexically_relative(resolved(projectFolder)).string();
}

std::string restoredPath(const std::string& stored, const std::string& projectFolder) {
    if (stored.empty() || fs::path(stored).is_absolute())
        return stored;
    return (fs::path(projectFolder) / stored).lexically_normal().string();
}

}  // namespace

bool isInsideFolder(const std::string& inner, const std::string& outer) {
    const fs::path in = resolved(inner);
    const fs::path out = resolved(outer);
    if (in.empty() || out.empty())
        return false;
    // Compare by components, ignoring a trailing separator's empty last element.
    auto outEnd = out.end();
    if (outEnd != out.begin() && std::prev(outEnd)->empty())
        --outEnd;
    return std::mismatch(out.begin(), outEnd, in.begin(), in.end()).first == outEnd;
}

bool isProjectFolder(const std::string& folder) {
    std::error_code error;
    return fs::is_regular_file(projectFile(folder), error);
}

std::string projectRunsFolder(const std::string& projectFolder) {
    return (fs::path(projectFolder) / "runs").string();
}

std::string projectExportsFolder(const std::string& projectFolder) {
    return (fs::path(projectFolder) / "exports").string();
}

Project readProject(const std::string& folder) {
    const std::string path = projectFile(folder).string();
    const json saved = io::readJsonFile(path);
    if (!saved.is_object() || saved.value("format", json()) != "faicls-project")
        throw EngineError(ErrorCode::InvalidFile, path + ": not a FAI-CLS Studio project file");
    Project project;
    project.folder = folder;
    try {
        if (const int version = io::integerOr<int>(saved, "format_version", 0);
            version > kFormatVersion)
            project.notes.push_back(path + ": written by a newer version (format " +
                                    std::to_string(version) + "); some settings may be lost");
        const std::string absolute = pathFromJson(saved.value("dataset", json("")));
        const std::string relative = pathFromJson(saved.value("dataset_relative", json("")));
        project.datasetRoot = absolute;
        // Moved together with its project: the relative path finds the dataset again.
        std::error_code error;
        if (!absolute.empty() && !fs::exists(absolute, error) && !relative.empty() &&
            fs::exists(fs::path(folder) / relative, error))
            project.datasetRoot = (fs::path(folder) / relative).lexically_normal().string();
        for (const json& name : saved.value("classes", json::array()))
            if (name.is_string())
                project.classNames.push_back(name.get<std::string>());
        project.currentModel =
            restoredPath(pathFromJson(saved.value("current_model", json(""))), folder);
    } catch (const json::exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": not a FAI-CLS Studio project file (" + error.what() + ")");
    }
    if (saved.contains("config")) {
        const auto read = readExperimentConfig(saved.at("config"));
        // Settings that no longer validate are kept as read: the Model page marks them.
        project.experiment = read.config;
        for (const auto& issue : read.errors)
            if (issue.keyPath != "num_classes")
                project.notes.push_back(path + ": config " + issue.keyPath + ": " + issue.message);
    }
    return project;
}

void saveProject(const Project& project) {
    if (!project.datasetRoot.empty() && isInsideFolder(project.folder, project.datasetRoot))
        throw EngineError(ErrorCode::InvalidConfig,
                          project.folder + ": is inside the dataset " + project.datasetRoot +
                              "; a project holds its trainings, so choose a folder outside it");
    std::error_code error;
    for (const std::string& folder : {project.folder, projectRunsFolder(project.folder),
                                      projectExportsFolder(project.folder)}) {
        fs::create_directories(folder, error);
        if (error)
            throw EngineError(ErrorCode::WriteFailed,
                              folder + ": cannot create (" + error.message() + ")");
    }
    json saved = {{"format", "faicls-project"},
                  {"format_version", kFormatVersion},
                  {"dataset", pathToJson(project.datasetRoot)},
                  {"classes", project.classNames},
                  {"current_model", pathToJson(storedPath(project.currentModel, project.folder))}};
    if (!project.datasetRoot.empty()) {
        const fs::path relative =
            resolved(project.datasetRoot).lexically_relative(resolved(project.folder));
        saved["dataset_relative"] = pathToJson(relative.string());
    }
    if (project.experiment)
        saved["config"] = toJson(*project.experiment);
    io::writeFileAtomically(projectFile(project.folder).string(),
                            [&](std::ostream& out) { out << dumpJson(saved, 2) << "\n"; });
}

std::vector<RunSummary> projectRuns(const std::string& projectFolder) {
    // The run trained last comes first: by the time its log was last written (a renamed run
    // keeps its place), then by name.
    std::vector<std::pair<fs::file_time_type, RunSummary>> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(projectRunsFolder(projectFolder), error)) {
        std::error_code ignored;
        if (!entry.is_directory(ignored) || entry.path().filename().string().front() == '.')
            continue;
        if (auto summary = summarizeRun(entry.path().string())) {
            const RunFolderFiles files(summary->folder);
            fs::file_time_type written = fs::last_write_time(files.log, ignored);
            if (ignored)
                written = fs::last_write_time(files.config, ignored);
            found.emplace_back(written, std::move(*summary));
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.name > b.second.name;
    });
    std::vector<RunSummary> runs;
    for (auto& [written, summary] : found)
        runs.push_back(std::move(summary));
    return runs;
}

std::optional<RunSummary> interruptedRun(const std::string& projectFolder) {
    for (const RunSummary& run : projectRuns(projectFolder))
        if (run.status == RunStatus::Interrupted && run.epochsDone > 0)
            return run;
    return std::nullopt;
}

std::string newRunFolder(const std::string& projectFolder, const std::string& label,
                         std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M", &local);
    std::string name = stamp;
    if (!label.empty())
        name += "-" + label;
    const fs::path runs = projectRunsFolder(projectFolder);
    fs::path folder = runs / name;
    std::error_code error;
    for (int n = 2; fs::exists(folder, error); ++n)
        folder = runs / (name + "-" + std::to_string(n));
    return folder.string();
}

std::string renameRun(const std::string& runFolder, const std::string& newName) {
    if (newName.empty() || newName.find('/') != std::string::npos || newName.front() == '.')
        throw EngineError(ErrorCode::InvalidConfig,
                          "\"" + newName +
                              "\": a run name cannot be empty, hold a '/' or start "
                              "with a '.'");
    if (runFolderIsInUse(runFolder))
        throw EngineError(ErrorCode::Runtime,
                          runFolder + ": a training is using this run; rename it when it ends");
    const fs::path target = fs::path(runFolder).parent_path() / newName;
    std::error_code error;
    if (fs::exists(target, error))
        throw EngineError(ErrorCode::InvalidConfig,
                          target.string() + ": already exists; choose another name");
    fs::rename(runFolder, target, error);
    if (error)
        throw EngineError(ErrorCode::WriteFailed,
                          runFolder + ": cannot rename (" + error.message() + ")");
    return target.string();
}

}  // namespace faicls
