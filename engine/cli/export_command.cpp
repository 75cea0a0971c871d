#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "faicls/exporter.h"
#include "faicls/json_text.h"
#include "faicls/predictor.h"

namespace faicls::cli {

int runExport(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"model", "format", "out"}, {"json"});
    const ExportFormat format = exportFormatFromName(line.required("format"));
    // Images (or folders of them) to compare on, besides the synthetic inputs: a few suffice.
    std::vector<std::string> checkImages = collectImageFiles(line.positional());
    if (checkImages.size() > 8)
        checkImages.resize(8);
    InputFiles({line.required("model")}).refuseAsOutput(line.required("out"), "--out");
    const ExportResult result =
        exportModel(line.required("model"), format, line.required("out"), checkImages);
    const ExportVerification& v = result.verification;
    for (const auto& problem : v.unreadableImages)
        std::cerr << "check image skipped: " << problem << "\n";
    if (line.flag("json")) {
        std::cout << dumpJson(nlohmann::json{{"format", exportFormatName(format)},
                                             {"files", result.files},
                                             {"verification",
                                              {{"runtime", v.runtime},
                                               {"images", v.images},
                                               {"max_abs_difference", v.maxAbsDifference},
                                               {"tolerance", v.tolerance},
                                               {"passed", v.passed}}}},
                              2)
                  << "\n";
    } else {
        for (const auto& file : result.files)
            std::cout << "wrote " << file << "\n";
        std::printf("check: %s on %d images, max |logit difference| %.3g (limit %.0e): %s\n",
                    v.runtime.c_str(), v.images, v.maxAbsDifference, v.tolerance,
                    v.passed ? "passed" : "FAILED");
    }
    if (!v.passed) {
        std::cerr << "the exported model does not reproduce the engine's logits\n";
        return kExitRuntimeFailure;
    }
    return kExitOk;
}

}  // namespace faicls::cli
