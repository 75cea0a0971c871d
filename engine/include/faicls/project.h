#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "faicls/model_config.h"
#include "faicls/run_summary.h"

namespace faicls {

/// A project folder: project.json (the dataset it uses, that dataset's classes when last saved,
/// the model and training settings, the current model), runs/ with one folder per training,
/// exports/ for exported models. Paths inside the project are stored relative to it, so a
/// project can be moved; the dataset is stored both absolute and relative.
struct Project {
    std::string folder;
    std::string datasetRoot;  ///< "" when none was chosen yet
    std::vector<std::string> classNames;
    std::optional<ExperimentConfig> experiment;
    std::string currentModel;  ///< a .faicls bundle, "" for none
    /// What reading project.json noticed and could not keep (an unreadable config section...).
    std::vector<std::string> notes;
};

constexpr const char* kProjectFileName = "project.json";

bool isProjectFolder(const std::string& folder);

/// Reads `folder`/project.json. Throws EngineError naming the file when it is missing, not
/// JSON or not a project file; a damaged optional part becomes a note.
Project readProject(const std::string& folder);

/// Writes project.json atomically, creating the folder, runs/ and exports/. Refuses (EngineError)
/// a project folder inside its dataset: the scan would find the runs' files.
void saveProject(const Project& project);

std::string projectRunsFolder(const std::string& projectFolder);
std::string projectExportsFolder(const std::string& projectFolder);

/// The runs in runs/, the one trained last first.
std::vector<RunSummary> projectRuns(const std::string& projectFolder);

/// The newest run that stopped before its end and that nothing is training now.
std::optional<RunSummary> interruptedRun(const std::string& projectFolder);

/// A new folder name in runs/ for a training started at `when`: "YYYYMMDD-HHMM-label", with
/// "-2", "-3"... when taken. Not created.
std::string newRunFolder(const std::string& projectFolder, const std::string& label,
                         std::time_t when);

/// Renames a run folder within its parent; returns the new path. Throws EngineError with the
/// reason when the name is empty, holds a '/', starts with '.', is taken, or a training
/// holds the run.
std::string renameRun(const std::string& runFolder, const std::string& newName);

/// Whether `inner` is `outer` or inside it (after resolving both paths).
bool isInsideFolder(const std::string& inner, const std::string& outer);

}  // namespace faicls
