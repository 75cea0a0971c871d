#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "console_progress.h"
#include "faicls/int8_variant.h"
#include "faicls/json_text.h"
#include "faicls/predictor.h"
#include "interrupt.h"

namespace faicls::cli {

int runQuantize(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"model", "data", "calibration"}, {"keep", "json"});
    Int8Options options;
    if (const auto count = line.integer("calibration", 1, 100000))
        options.calibrationImages = static_cast<int>(*count);
    if (!line.positional().empty()) {  // the person's own calibration images
        std::vector<std::string> problems;
        options.calibrationFiles = collectImageFiles(line.positional(), &problems);
        for (const auto& problem : problems)
            std::cerr << problem << "\n";
        if (options.calibrationFiles.empty())
            throw UsageError{"no image files found in the given calibration paths"};
    }
    const std::string model = line.required("model");
    JobHandle job(consoleProgress());
    const StopOnInterrupt stopOnInterrupt(job);
    const Int8Candidate candidate = quantizeBundle(model, line.required("data"), options, {}, &job);
    if (line.flag("keep"))
        keepInt8Variant(candidate);
    if (line.flag("json")) {
        nlohmann::json report = candidate.variant;
        report.erase("parameters");
        report["kept"] = line.flag("keep");
        report["drop_points"] = candidate.drop();
        std::cout << dumpJson(report, 2) << "\n";
        return kExitOk;
    }
    const bool multiLabel = candidate.float32Metrics.multiLabel;
    const char* figure = multiLabel ? "F1" : "accuracy";
    const double float32 =
        multiLabel ? candidate.float32Metrics.f1 : candidate.float32Metrics.accuracy;
    const double int8 = multiLabel ? candidate.int8Metrics.f1 : candidate.int8Metrics.accuracy;
    std::printf("int8 on %lld validation images: %s %.2f (float32 %.2f, %+.2f points)\n",
                static_cast<long long>(candidate.int8Metrics.images), figure, int8, float32,
                -candidate.drop());
    std::printf(
        "same top class as float32 for %.1f %% of the images; scores differ by %.3f at "
        "most; %.1f times the float32 speed here\n",
        100.0 * candidate.top1Agreement, candidate.largestScoreDifference, candidate.speedup);
    std::printf("calibrated on %lld images (%s) with LibTorch's %s engine in %.1f s\n",
                static_cast<long long>(candidate.calibrationImages),
                options.calibrationFiles.empty() ? "training split" : "chosen images",
                candidate.engine.c_str(), candidate.calibrationSeconds);
    if (line.flag("keep"))
        std::printf(
            "kept in %s: prediction on the CPU uses it (predict --precision float32 "
            "does not)\n",
            model.c_str());
    else
        std::printf("not kept: run again with --keep to add it to %s\n", model.c_str());
    return kExitOk;
}

}  // namespace faicls::cli
