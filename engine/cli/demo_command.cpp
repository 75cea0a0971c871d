#include <iostream>

#include "command_line.h"
#include "faicls/demo_datasets.h"

namespace faicls::cli {

int runDemo(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"out", "source", "per-class", "mosaics"}, {});
    DemoOptions options;
    if (const auto source = line.value("source"))
        options.sourceFolder = *source;
    if (const auto perClass = line.integer("per-class", 1, 6000)) {
        options.trainPerClass = static_cast<int>(*perClass);
        options.validPerClass = options.testPerClass = std::max(1, options.trainPerClass / 5);
    }
    if (const auto mosaics = line.integer("mosaics", 1, 100000)) {
        options.trainMosaics = static_cast<int>(*mosaics);
        options.validMosaics = options.testMosaics = std::max(1, options.trainMosaics / 5);
    }
    if (options.trainPerClass < 1 || options.trainMosaics < 1)
        throw UsageError{"--per-class and --mosaics must be at least 1"};
    const DemoDatasets demo = buildDemoDatasets(line.required("out"), options);
    std::cout << demo.classificationFolder << "\n" << demo.roboflowCoco << "\n";
    return kExitOk;
}

}  // namespace faicls::cli
