#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "console_progress.h"
#include "faicls/annotation.h"
#include "faicls/engine_error.h"
#include "faicls/explanation.h"
#include "faicls/json_text.h"
#include "faicls/prediction_csv.h"
#include "faicls/predictor.h"
#include "interrupt.h"

namespace faicls::cli {

namespace {

nlohmann::json scoresJson(const std::vector<ClassScore>& scores) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : scores)
        list.push_back({{"cls_id", s.classId}, {"label", s.label}, {"conf", s.confidence}});
    return list;
}

// OUT_DIR/<file name><suffix>, made unique when two inputs share a name ("cat.jpg",
// "cat-2.jpg").
std::string outputPath(const std::string& folder, const std::string& imagePath,
                       const std::string& suffix, std::set<std::string>& used) {
    namespace fs = std::filesystem;
    const fs::path name = fs::path(imagePath).filename();
    std::string stem = name.stem().string() + suffix, extension = name.extension().string();
    if (extension.empty())
        extension = ".png";
    std::string candidate = stem + extension;
    for (int n = 2; used.count(candidate); ++n)
        candidate = stem + "-" + std::to_string(n) + extension;
    used.insert(candidate);
    return (fs::path(folder) / candidate).string();
}

// A class name as part of a file name: letters, digits, '-', '_' and '.' kept, others '_'.
std::string fileNamePart(const std::string& label) {
    std::string part;
    for (const char c : label)
        part += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'
                    ? c
                    : '_';
    return part;
}

// The classes a heat map is written for: those predicted, else the best-scoring one.
std::vector<int> classesToExplain(const ImagePrediction& prediction) {
    std::vector<int> classes;
    for (const auto& label : prediction.labels)
        classes.push_back(label.classId);
    if (classes.empty() && !prediction.scores.empty())
        classes.push_back(std::max_element(prediction.scores.begin(), prediction.scores.end(),
                                           [](const ClassScore& a, const ClassScore& b) {
                                               return a.confidence < b.confidence;
                                           })
                              ->classId);
    return classes;
}

PredictOptions predictOptions(const CommandLine& line) {
    PredictOptions options;
    if (const auto t = line.number("threshold", 0, 1))
        options.threshold = *t;
    if (const auto k = line.integer("top-k", 0, 100000))
        options.topK = static_cast<int>(*k);
    if (const auto b = line.integer("batch-size", 1, 4096))
        options.batchSize = static_cast<int>(*b);
    return options;
}

void printPrediction(const ImagePrediction& prediction) {
    std::cout << prediction.imagePath << ":";
    if (prediction.labels.empty())
        std::cout << " (no class above the threshold)";
    for (const auto& label : prediction.labels) {
        char percent[16];
        std::snprintf(percent, sizeof percent, "%.1f%%", label.confidence * 100);
        std::cout << " " << label.label << " " << percent;
    }
    std::cout << "\n";
}

}  // namespace

int runPredict(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments,
                           {"model", "threshold", "top-k", "annotate", "explain", "csv", "device",
                            "batch-size", "precision"},
                           {"json"});
    if (line.positional().empty())
        throw UsageError{"give at least one IMAGE or folder"};
    const PredictOptions options = predictOptions(line);

    std::vector<std::string> problems;
    const std::vector<std::string> files = collectImageFiles(line.positional(), &problems);
    for (const auto& problem : problems)
        std::cerr << problem << "\n";
    if (files.empty()) {
        std::cerr << "no image files found in the given paths\n";
        return kExitBadInput;
    }
    std::vector<std::string> inputPaths = files;
    inputPaths.push_back(line.required("model"));
    const InputFiles inputs(inputPaths);
    if (const auto csv = line.value("csv"))
        inputs.refuseAsOutput(*csv, "--csv");
    Predictor predictor(line.required("model"), line.value("device").value_or("cpu"),
                        line.value("precision").value_or("auto"));
    // One file needs no progress bar.
    JobHandle job(files.size() > 1 ? consoleProgress() : JobHandle::ProgressHandler{});
    const StopOnInterrupt stopOnInterrupt(job);  // what was predicted is still written
    const std::vector<PredictionOutcome> outcomes = predictor.predictFiles(files, options, &job);

    if (auto csvPath = line.value("csv"))
        writePredictionsCsv(*csvPath, outcomes);
    const auto annotateFolder = line.value("annotate");
    if (annotateFolder)
        std::filesystem::create_directories(*annotateFolder);
    const auto explainFolder = line.value("explain");
    std::unique_ptr<Explainer> explainer;
    if (explainFolder) {
        std::filesystem::create_directories(*explainFolder);
        explainer = std::make_unique<Explainer>(line.required("model"),
                                                line.value("device").value_or("cpu"));
    }
    std::set<std::string> usedNames, usedExplainedNames;
    nlohmann::json results = nlohmann::json::array();
    int failures = 0;
    int annotationFailures = 0;
    for (const auto& outcome : outcomes) {
        if (!outcome.prediction) {
            ++failures;
            std::cerr << "skipped " << outcome.error << "\n";
            results.push_back({{"image", outcome.imagePath}, {"error", outcome.error}});
            continue;
        }
        const ImagePrediction& prediction = *outcome.prediction;
        // A picture that cannot be written is said and counted; the others go on.
        auto writeOne = [&](const std::function<void()>& write) {
            try {
                write();
            } catch (const EngineError& error) {
                ++annotationFailures;
                std::cerr << error.what() << "\n";
            } catch (const UsageError& error) {
                ++annotationFailures;
                std::cerr << error.message << "\n";
            }
        };
        if (annotateFolder)
            writeOne([&] {
                const std::string annotated =
                    outputPath(*annotateFolder, prediction.imagePath, "", usedNames);
                inputs.refuseAsOutput(annotated, "--annotate");
                writeAnnotatedImage(annotateImageFile(prediction.imagePath, prediction), annotated);
            });
        if (explainer && !job.stopRequested())
            for (const int classId : classesToExplain(prediction))
                writeOne([&] {
                    const HeatMap map = explainer->explain(prediction.imagePath, classId);
                    const std::string explained =
                        outputPath(*explainFolder, prediction.imagePath,
                                   "-" + fileNamePart(map.label), usedExplainedNames);
                    inputs.refuseAsOutput(explained, "--explain");
                    writeAnnotatedImage(explainedImageFile(prediction.imagePath, map), explained);
                });
        if (line.flag("json")) {
            // A name that is not UTF-8 comes as {"hex", "shown"}: a program can find the file.
            results.push_back({{"image", pathToJson(prediction.imagePath)},
                               {"predictions", scoresJson(prediction.labels)},
                               {"scores", scoresJson(prediction.scores)}});
        } else {
            printPrediction(prediction);
        }
    }
    if (line.flag("json"))
        std::cout << dumpJson({{"model", line.required("model")},
                               {"multi_label", predictor.info().model.multiLabel},
                               {"results", results}},
                              2)
                  << "\n";
    if (failures > 0)
        std::cerr << failures << " of " << outcomes.size() << " file(s) could not be read\n";
    if (stopOnInterrupt.interrupted()) {
        std::cerr << "interrupted after " << outcomes.size() << " of " << files.size()
                  << " file(s)\n";
        return kExitInterrupted;
    }
    if (annotationFailures > 0) {
        std::cerr << annotationFailures
                  << " annotated or explained picture(s) could not be written\n";
        return kExitRuntimeFailure;
    }
    // Unreadable files are reported, not fatal, unless nothing at all could be predicted.
    return failures == static_cast<int>(outcomes.size()) ? kExitBadInput : kExitOk;
}

}  // namespace faicls::cli
