#include <fstream>
#include <iostream>

#include "command_line.h"
#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/model_import.h"

namespace faicls::cli {
namespace {

std::vector<std::string> readClassNames(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw EngineError(ErrorCode::FileNotFound, path + ": cannot be read");
    std::vector<std::string> names;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            names.push_back(line);
    }
    return names;
}

void printResult(const ImportResult& result, const std::string& out) {
    std::cerr << "wrote " << out << ": " << result.bundle.model.backbone.modelType << " backbone, "
              << result.bundle.model.numClasses << " classes, "
              << (result.bundle.model.multiLabel ? "multi-label" : "single-label") << "\n"
              << result.report.summary() << "\n";
    for (const auto& note : result.notes)
        std::cerr << "note: " << note << "\n";
}

}  // namespace

int runImport(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"torchvision", "focoos", "config", "info", "out", "classes"},
                           {});
    const std::string out = line.required("out");
    std::vector<std::string> inputs;
    for (const char* option : {"torchvision", "focoos", "config", "info", "classes"})
        if (const auto input = line.value(option))
            inputs.push_back(*input);
    InputFiles(inputs).refuseAsOutput(out, "--out");
    if (const auto torchvision = line.value("torchvision")) {
        const std::string configPath = line.required("config");
        const auto read = loadExperimentConfigFile(configPath);
        for (const auto& warning : read.warnings)
            std::cerr << "warning: " << configPath << ": " << warning.text() << "\n";
        if (!read.ok()) {
            // num_classes may come from the weights: only other problems stop the import.
            ConfigIssues blocking;
            for (const auto& issue : read.errors)
                if (issue.keyPath.find("num_classes") == std::string::npos)
                    blocking.push_back(issue);
            if (!blocking.empty()) {
                std::string message;
                for (const auto& issue : blocking)  // file-level issues already name the file
                    message +=
                        (issue.keyPath.empty() ? "" : configPath + ": ") + issue.text() + "\n";
                message.pop_back();
                throw EngineError(ErrorCode::InvalidConfig, message);
            }
        }
        std::vector<std::string> classNames;
        if (const auto classes = line.value("classes"))
            classNames = readClassNames(*classes);
        printResult(importTorchvision(*torchvision, read.config.model, classNames, out), out);
        return kExitOk;
    }
    if (const auto focoos = line.value("focoos")) {
        printResult(importFocoos(*focoos, line.required("info"), out), out);
        return kExitOk;
    }
    throw UsageError{
        "give --torchvision FILE.pth --config CFG.json, or --focoos FILE.pth --info "
        "model_info.json"};
}

}  // namespace faicls::cli
