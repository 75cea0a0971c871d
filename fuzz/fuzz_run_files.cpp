// The files of a project and of a run folder that the app reads when it lists runs or opens a
// project (any folder a user picks): the first byte says which file the rest is — 0
// project.json, 1 trainer_state.json, 2 metrics.jsonl, 3 config.json, 4 edits.json (a review's
// edit journal). Read or refused with an EngineError, never a crash or another exception.

#include <filesystem>

#include "faicls/dataset_edits.h"
#include "faicls/engine_error.h"
#include "faicls/project.h"
#include "faicls/run_log.h"
#include "faicls/run_summary.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    static const char* const kNames[] = {"project.json", "trainer_state.json", "metrics.jsonl",
                                         "config.json", "edits.json"};
    const auto folder = faicls::fuzz::scratchFolder() / "run";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const std::string name = kNames[data[0] % 5];
    faicls::fuzz::writeInput(data + 1, size - 1, name, folder);
    try {
        if (name == "project.json")
            (void)faicls::readProject(folder.string());
        else if (name == "edits.json")
            (void)faicls::readEditJournal(faicls::editJournalPath(folder.string()));
        else
            (void)faicls::summarizeRun(folder.string());  // bad content: what can be read
        if (name == "metrics.jsonl")
            (void)faicls::readRunLog(folder.string());  // skips what is not a record
    } catch (const faicls::EngineError&) {
    }
    return 0;
}
