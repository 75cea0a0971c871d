#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "console_progress.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "faicls/weights_catalog.h"
#include "interrupt.h"

namespace faicls::cli {
namespace {

nlohmann::json entryJson(const WeightsEntry& entry) {
    const auto cached = cachedWeightsFile(entry);
    return {{"name", entry.name},
            {"url", entry.url},
            {"file_name", entry.fileName},
            {"sha256", entry.sha256},
            {"sha256_prefix", entry.sha256Prefix},
            {"licence", entry.licence},
            {"source", entry.source},
            {"top1", entry.top1},
            {"parameters", entry.parameters},
            {"size_mb", entry.sizeMegabytes},
            {"catalog", entry.catalogFile},
            {"cached", cached ? nlohmann::json(*cached) : nlohmann::json(nullptr)}};
}

int listWeights(const CommandLine& line) {
    const auto catalog = weightsCatalog();
    if (line.flag("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& entry : catalog)
            list.push_back(entryJson(entry));
        std::cout << dumpJson(list, 2) << "\n";
        return kExitOk;
    }
    for (const auto& entry : catalog) {
        char top1[16] = "-";
        if (entry.top1 > 0)
            std::snprintf(top1, sizeof top1, "%.1f%%", entry.top1);
        std::printf("%-26s top-1 %-6s %5.1f M parameters  %s  %s\n", entry.name.c_str(), top1,
                    static_cast<double>(entry.parameters) / 1e6,
                    cachedWeightsFile(entry) ? "cached    " : "not cached", entry.source.c_str());
    }
    return kExitOk;
}

WeightsEntry namedEntry(const CommandLine& line, const std::string& action) {
    if (line.positional().size() != 2)
        throw UsageError{"weights " + action +
                         " NAME: give one catalogue name (faicls-cli weights list)"};
    const std::string& name = line.positional()[1];
    const auto entry = findWeights(weightsCatalog(), name);
    if (!entry)
        throw UsageError{name + ": not in the weights catalogue (faicls-cli weights list)"};
    return *entry;
}

// Downloads an entry (or finds it cached) and prints its file.
int fetchWeightsCommand(const CommandLine& line) {
    const WeightsEntry entry = namedEntry(line, "fetch");
    const std::string file = fetchWeightsWithProgress(entry);
    if (line.flag("json"))
        std::cout << dumpJson(nlohmann::json{{"name", entry.name}, {"file", file}}, 2) << "\n";
    else
        std::cout << file << "\n";
    return kExitOk;
}

// The local file of an entry: printed when it is there, else a hint and exit code 1.
int weightsPath(const CommandLine& line) {
    const auto entry = std::optional<WeightsEntry>(namedEntry(line, "path"));
    const std::string& name = entry->name;
    const auto cached = cachedWeightsFile(*entry);
    if (!cached) {
        std::cerr << name << ": not downloaded yet (" << entry->url << "); put " << entry->fileName
                  << " into " << weightsCacheFolder() << "\n";
        return kExitRuntimeFailure;
    }
    std::cout << *cached << "\n";
    return kExitOk;
}

}  // namespace

std::string fetchWeightsWithProgress(const WeightsEntry& entry) {
    if (const auto cached = cachedWeightsFile(entry)) {
        try {
            checkWeightsHash(entry, *cached);
            return *cached;
        } catch (const EngineError& error) {
            std::cerr << "warning: " << error.what() << "\n";
        }
    }
    std::cerr << "downloading " << entry.name << " from " << entry.url << "\n";
    JobHandle job(consoleByteProgress(), 200);
    const StopOnInterrupt stopOnInterrupt(job);  // what came is kept, the next fetch resumes
    return fetchWeights(entry, &job);
}

int runWeights(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {}, {"json"});
    const std::string action = line.positional().empty() ? "" : line.positional().front();
    if (action == "list")
        return listWeights(line);
    if (action == "path")
        return weightsPath(line);
    if (action == "fetch")
        return fetchWeightsCommand(line);
    throw UsageError{"weights list|fetch NAME|path NAME"};
}

}  // namespace faicls::cli
