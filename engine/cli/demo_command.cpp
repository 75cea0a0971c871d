#include <iostream>

#include "command_line.h"
#include "faicls/demo_datasets.h"

namespace faicls::cli {

int runDemo(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"out", "source", "per-class", "mosaics"}, {});
    DemoOptions options;
    if (const auto source = line.value("source"))
        options.sourceFolder = *source;
    try {
        if (const auto perClass = line.value("per-class")) {
            options.trainPerClass = std::stoi(*perClass);
            options.validPerClass = options.testPerClass = std::max(1, options.trainPerClass / 5);
        }
        if (const auto mosaics = line.value("mosaics")) {
            options.trainMosaics = std::stoi(*mosaics);
            options.validMosaics = options.testMosaics = std::max(1, options.trainMosaics / 5);
        }
    } catch (const std::exception&) {
        throw UsageError{"--per-class and --mosaics take whole numbers"};
    }
    if (options.trainPerClass < 1 || options.trainMosaics < 1)
        throw UsageError{"--per-class and --mosaics must be at least 1"};
    const DemoDatasets demo = buildDemoDatasets(line.required("out"), options);
    std::cout << demo.classificationFolder << "\n" << demo.roboflowCoco << "\n";
    return kExitOk;
}

}  // namespace faicls::cli
