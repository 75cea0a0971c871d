// faicls-cli review: the pictures whose labels are likely wrong, from a model's scores on the
// splits it did not train on (confident learning; see faicls/label_review.h).

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "console_progress.h"
#include "faicls/cross_validation.h"
#include "faicls/engine_error.h"
#include "faicls/evaluation.h"
#include "faicls/json_text.h"
#include "faicls/label_review.h"
#include "interrupt.h"

namespace faicls::cli {
namespace {

std::string namesOf(const std::vector<int>& classIds, const std::vector<std::string>& names) {
    std::string text;
    for (int id : classIds)
        text += (text.empty() ? "" : ", ") + names[static_cast<size_t>(id)];
    return text.empty() ? "none" : text;
}

// The training split's scores: k short trainings, each scoring the fold it left out. The
// trainings follow --config, else the config of the run --model comes from, else defaults.
EvaluationDetails crossValidatedTrainingScores(const CommandLine& line, const std::string& data) {
    namespace fs = std::filesystem;
    TrainingRequest request;
    request.datasetRoot = data;
    std::string source = "the default config";
    if (const auto config = line.value("config")) {
        request.config = experimentConfigFromFile(*config);
        source = *config;
    } else if (const auto model = line.value("model")) {
        const fs::path runConfig = fs::path(*model).parent_path() / "config.json";
        if (fs::exists(runConfig)) {
            request.config = experimentConfigFromFile(runConfig.string());
            source = runConfig.string();
        }
    }
    CrossValidationOptions options;
    options.folds = static_cast<int>(line.integer("folds", 2, 20).value_or(4));
    options.epochs = static_cast<int>(line.integer("epochs", 1, 100000).value_or(0));
    std::cerr << "cross-validation: " << options.folds << " trainings of "
              << (options.epochs > 0 ? options.epochs : request.config.train.epochs)
              << " epoch(s) as " << source << " says\n";
    const bool keepWork = line.value("work").has_value();
    options.workFolder = line.value("work").value_or(
        (fs::temp_directory_path() / ("faicls-folds-" + std::to_string(::getpid()))).string());
    JobHandle job(consoleProgress());
    const StopOnInterrupt stopOnInterrupt(job);
    EvaluationDetails details;
    try {
        details = crossValidatedScores(request, options, &job);
    } catch (...) {
        std::error_code ignored;
        if (!keepWork)
            fs::remove_all(options.workFolder, ignored);
        throw;
    }
    if (!keepWork)
        fs::remove_all(options.workFolder);
    return details;
}

}  // namespace

int runReview(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments,
                           {"model", "data", "split", "limit", "folds", "epochs", "config", "work"},
                           {"json"});
    const std::string splitText = line.value("split").value_or("held-out");
    std::vector<Split> splits;
    if (splitText == "held-out")
        splits = {Split::Valid, Split::Test};
    else if (splitText == "valid")
        splits = {Split::Valid};
    else if (splitText == "test")
        splits = {Split::Test};
    else if (splitText != "train")
        throw UsageError{"--split: '" + splitText + "' is not one of held-out, valid, test, train"};
    const auto limit = line.integer("limit", 1, 1'000'000).value_or(50);
    const std::string data = line.required("data");
    const bool training = splitText == "train";
    std::vector<Split> splitOf;
    const EvaluationDetails details =
        training ? crossValidatedTrainingScores(line, data)
                 : heldOutScores(line.required("model"), data, splits, &splitOf);
    splitOf.resize(details.images.size(), Split::Train);
    const LabelReview review = findLabelIssues(details);
    const auto& names = details.classNames;
    if (line.flag("json")) {
        nlohmann::json issues = nlohmann::json::array();
        for (size_t k = 0; k < review.issues.size() && static_cast<int64_t>(k) < limit; ++k) {
            const LabelIssue& issue = review.issues[k];
            const ImageScores& image = details.images[issue.image];
            nlohmann::json entry = {{"file", pathToJson(image.relativePath)},
                                    {"split", splitName(splitOf[issue.image])},
                                    {"labels", image.labels},
                                    {"margin", issue.margin}};
            if (details.metrics.multiLabel) {
                entry["missing"] = issue.missing;
                entry["extra"] = issue.extra;
            } else {
                entry["suggested"] = issue.suggested;
            }
            issues.push_back(entry);
        }
        std::cout << dumpJson({{"images", details.images.size()},
                               {"classes", names},
                               {"thresholds", review.thresholds},
                               {"flagged", review.issues.size()},
                               {"issues", issues}},
                              2)
                  << "\n";
        return kExitOk;
    }
    std::printf(
        "Likely label errors: %zu of %zu pictures the model did not train on "
        "(confident learning%s)\n",
        review.issues.size(), details.images.size(),
        training ? ", scores of models trained on the other folds" : "");
    for (size_t k = 0; k < review.issues.size() && static_cast<int64_t>(k) < limit; ++k) {
        const LabelIssue& issue = review.issues[k];
        const ImageScores& image = details.images[issue.image];
        if (details.metrics.multiLabel)
            std::printf("  %s  labels [%s]: missing [%s], wrong [%s] (margin %.2f)\n",
                        image.relativePath.c_str(), namesOf(image.labels, names).c_str(),
                        namesOf(issue.missing, names).c_str(), namesOf(issue.extra, names).c_str(),
                        issue.margin);
        else
            std::printf("  %s  labelled %s, looks like %s (margin %.2f)\n",
                        image.relativePath.c_str(), namesOf(image.labels, names).c_str(),
                        names[static_cast<size_t>(issue.suggested)].c_str(), issue.margin);
    }
    return kExitOk;
}

}  // namespace faicls::cli
