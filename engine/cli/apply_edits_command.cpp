// faicls-cli apply-edits: a review's edits (relabel, exclude, move to a split) written into the
// dataset in one step, or the last such step undone.

#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "console_progress.h"
#include "faicls/dataset_edits.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "faicls/project.h"

namespace faicls::cli {

int runApplyEdits(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"data", "edits", "project"}, {"undo", "json"});
    std::string data = line.value("data").value_or("");
    std::string journalPath = line.value("edits").value_or("");
    const auto project = line.value("project");
    if (project) {
        if (!line.value("data"))
            data = readProject(*project).datasetRoot;
        if (!line.value("edits"))
            journalPath = editJournalPath(*project);
    }
    if (data.empty())
        throw UsageError{"give the dataset: --data DATASET (or --project PROJECT)"};
    if (line.flag("undo")) {
        undoAppliedEdits(data);
        std::cerr << "the dataset is back as it was before its last edits: " << data << "\n";
        return kExitOk;
    }
    if (journalPath.empty())
        throw UsageError{"give the edits: --edits FILE (or --project PROJECT)"};
    const EditJournal journal = readEditJournal(journalPath);
    if (journal.edits.empty()) {
        std::cerr << journalPath << ": no edits to apply\n";
        return kExitOk;
    }
    JobHandle job(consoleProgress());
    const AppliedEdits applied = applyEdits(data, journal, &job);
    if (project && journalPath == editJournalPath(*project))
        saveEditJournal(journalPath, {});  // applied: the project's journal starts afresh
    const DatasetIndex after = scanDataset(data);
    if (line.flag("json")) {
        nlohmann::json excluded = nlohmann::json::array();
        for (const auto& file : applied.excludedFiles)
            excluded.push_back(pathToJson(file));
        std::cout << dumpJson({{"relabelled", applied.relabelled},
                               {"excluded", applied.excluded},
                               {"moved", applied.moved},
                               {"backup", pathToJson(applied.backupFolder)},
                               {"excluded_folder", pathToJson(applied.excludedFolder)},
                               {"excluded_files", excluded},
                               {"images", after.images.size()}},
                              2)
                  << "\n";
        return kExitOk;
    }
    std::cout << "relabelled " << applied.relabelled << ", excluded " << applied.excluded
              << ", moved to another split " << applied.moved << "; the dataset now has "
              << after.images.size() << " usable pictures\n";
    if (!applied.backupFolder.empty())
        std::cout << "the dataset before: " << applied.backupFolder
                  << " (faicls-cli apply-edits --data " << data << " --undo puts it back)\n";
    if (applied.excluded > 0)
        std::cout << "excluded pictures: " << applied.excludedFolder << "\n";
    return kExitOk;
}

}  // namespace faicls::cli
