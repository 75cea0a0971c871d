#include <unistd.h>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/evaluation.h"
#include "faicls/json_text.h"
#include "faicls/metrics_json.h"
#include "faicls/trainer.h"
#include "faicls/weights_catalog.h"
#include "interrupt.h"

namespace faicls::cli {
namespace {

// A progress bar on a terminal; plain lines otherwise (logs, CI).
class ConsoleListener : public TrainingListener {
public:
    ConsoleListener() : m_terminal(isatty(STDERR_FILENO) != 0) {}

    void onIteration(const TrainingProgress& p) override {
        const int64_t inEpoch = (p.iteration - 1) % std::max<int64_t>(1, p.iterationsPerEpoch) + 1;
        if (m_terminal) {
            const int width = 30;
            const int filled =
                static_cast<int>(width * inEpoch / std::max<int64_t>(1, p.iterationsPerEpoch));
            std::fprintf(
                stderr,
                "\repoch %d/%d [%.*s%*s] %lld/%lld loss %.4f lr %.2e %.0f img/s eta %.0fs   ",
                p.epoch, p.epochs, filled, "##############################", width - filled, "",
                static_cast<long long>(inEpoch), static_cast<long long>(p.iterationsPerEpoch),
                p.loss, p.learningRate, p.imagesPerSecond, p.etaSeconds);
        } else if (inEpoch == p.iterationsPerEpoch || p.iteration % 50 == 0) {
            std::fprintf(stderr,
                         "epoch %d/%d iteration %lld loss %.4f lr %.2e %.0f img/s eta %.0fs\n",
                         p.epoch, p.epochs, static_cast<long long>(p.iteration), p.loss,
                         p.learningRate, p.imagesPerSecond, p.etaSeconds);
        }
    }
    void onEpoch(const EpochResult& r) override {
        if (m_terminal)
            std::fprintf(stderr, "\n");
        std::fprintf(stderr, "epoch %d: train loss %.4f", r.epoch, r.trainLoss);
        if (r.evaluated)
            std::fprintf(
                stderr, ", valid loss %.4f, F1 %.2f, P %.2f, R %.2f%s%s", r.validLoss, r.metrics.f1,
                r.metrics.precision, r.metrics.recall,
                r.metrics.multiLabel
                    ? ""
                    : (", accuracy " + std::to_string(r.metrics.accuracy).substr(0, 5)).c_str(),
                r.best ? " (best)" : "");
        std::fprintf(stderr, "\n");
    }
    void onMessage(const std::string& message) override {
        std::fprintf(stderr, "%s\n", message.c_str());
    }

private:
    bool m_terminal;
};

// Downloads the catalogue weights the config names when asked to; else checks, before the
// dataset is read, that they are here (the message says how to get them).
void preparePretrained(const BackboneConfig& backbone, bool fetch) {
    if (pretrainedKind(backbone.pretrained) == PretrainedKind::None)
        return;
    if (fetch && pretrainedKind(backbone.pretrained) == PretrainedKind::CatalogEntry) {
        const auto entry = findWeights(weightsCatalog(), backbone.pretrained);
        if (entry && weightsFitBackbone(*entry, backbone)) {
            fetchWeightsWithProgress(*entry);  // checked by hash: no second look needed
            return;
        }
    }
    locatePretrained(backbone);
}

}  // namespace

static int report(const TrainingSummary& summary, bool asJson);
static int trainUntilDoneOrInterrupted(const TrainingRequest& request, bool asJson);

ExperimentConfig experimentConfigFromFile(const std::string& path) {
    const auto read = loadExperimentConfigFile(path);
    for (const auto& warning : read.warnings)
        std::cerr << "warning: " << path << ": " << warning.text() << "\n";
    ConfigIssues blocking;
    for (const auto& issue : read.errors)
        if (issue.keyPath.find("num_classes") == std::string::npos)  // the dataset says it
            blocking.push_back(issue);
    if (!blocking.empty())
        throw EngineError(ErrorCode::InvalidConfig, path + ":\n" + formatIssues(blocking));
    return read.config;
}

int runTrain(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments,
                           {"data", "config", "out", "device", "precision", "epochs", "resume"},
                           {"json", "fetch-weights"});
    TrainingRequest request;
    if (const auto resume = line.value("resume")) {
        // Everything else comes from the run folder; --data only if the dataset moved.
        request.resume = true;
        request.runFolder = *resume;
        request.datasetRoot = line.value("data").value_or("");
        if (const auto epochs = line.integer("epochs", 1, 100000))
            request.resumeEpochs = static_cast<int>(*epochs);
        return trainUntilDoneOrInterrupted(request, line.flag("json"));
    }
    request.datasetRoot = line.required("data");
    if (const auto config = line.value("config"))
        request.config = experimentConfigFromFile(*config);
    if (const auto device = line.value("device"))
        request.config.train.device = *device;
    if (const auto precision = line.value("precision"))
        request.config.train.precision = *precision;
    if (const auto epochs = line.integer("epochs", 1, 100000))
        request.config.train.epochs = static_cast<int>(*epochs);
    request.runFolder = line.value("out").value_or("runs/latest");
    preparePretrained(request.config.model.backbone, line.flag("fetch-weights"));
    return trainUntilDoneOrInterrupted(request, line.flag("json"));
}

// Ctrl+C or SIGTERM stop the training after its current step, with the last finished epoch
// saved, and say how to go on (exit 130, as an interrupted program).
static int trainUntilDoneOrInterrupted(const TrainingRequest& request, bool asJson) {
    JobHandle job;
    const StopOnInterrupt stopOnInterrupt(job);
    ConsoleListener console;
    const TrainingSummary summary = Trainer(request).run(&console, &job);
    const int code = report(summary, asJson);
    if (!stopOnInterrupt.interrupted())
        return code;
    std::cerr << "interrupted: the last finished epoch is saved; continue with faicls-cli train "
                 "--resume "
              << request.runFolder << "\n";
    return kExitInterrupted;
}

// The summary as JSON on stdout, or a line on stderr; the exit code says whether it failed.
static int report(const TrainingSummary& summary, bool asJson) {
    const nlohmann::json result = {{"completed", summary.completed},
                                   {"cancelled", summary.cancelled},
                                   {"stopped_early", summary.stoppedEarly},
                                   {"epochs", summary.epochsRun},
                                   {"best_F1", summary.bestF1},
                                   {"best", summary.bestBundle},
                                   {"last", summary.lastBundle},
                                   {"failure", summary.failure}};
    if (asJson)
        std::cout << dumpJson(result, 2) << "\n";
    else
        std::cerr << "best F1 " << summary.bestF1 << ": "
                  << (summary.bestBundle.empty() ? summary.lastBundle : summary.bestBundle) << "\n";
    return summary.failure.empty() ? kExitOk : kExitRuntimeFailure;
}

int runEval(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"model", "data", "split", "precision"}, {"json"});
    const std::string splitText = line.value("split").value_or("valid");
    Split split = Split::Valid;
    if (splitText == "train")
        split = Split::Train;
    else if (splitText == "test")
        split = Split::Test;
    else if (splitText != "valid")
        throw UsageError{"--split: '" + splitText + "' is not one of train, valid, test"};
    const EvaluationMetrics metrics =
        evaluateBundle(line.required("model"), line.required("data"), split, {}, nullptr,
                       line.value("precision").value_or("float32"));
    if (line.flag("json")) {
        std::cout << dumpJson(toJson(metrics), 2) << "\n";
        return kExitOk;
    }
    std::printf("%lld images: F1 %.2f  Precision %.2f  Recall %.2f",
                static_cast<long long>(metrics.images), metrics.f1, metrics.precision,
                metrics.recall);
    if (metrics.multiLabel)
        std::printf("  micro-F1 %.2f  mAP %.2f\n", metrics.microF1, metrics.meanAveragePrecision);
    else
        std::printf("  accuracy %.2f  top-5 %.2f\n", metrics.accuracy, metrics.top5Accuracy);
    for (const auto& c : metrics.classes)
        std::printf("  %-24s F1 %6.2f  P %6.2f  R %6.2f  (%lld positives)\n", c.name.c_str(), c.f1,
                    c.precision, c.recall, static_cast<long long>(c.positives));
    return kExitOk;
}

}  // namespace faicls::cli
