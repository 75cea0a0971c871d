#include <cstdint>
#include <cstdio>
#include <iomanip>
#include <iostream>

#include "command_line.h"
#include "faicls/dataset.h"
#include "faicls/dataset_json.h"
#include "faicls/json_text.h"

namespace faicls::cli {
namespace {

void printText(const DatasetIndex& index, const DatasetReport& report) {
    std::cout << "Dataset: " << index.root << "\n"
              << "Layout: " << layoutName(index.layout) << ", "
              << (index.multiLabel ? "multi-label" : "single-label") << ", "
              << index.classNames.size() << " classes\n";
    std::cout << "Images:";
    for (int s = 0; s < kSplitCount; ++s)
        if (report.imagesPerSplit[s] > 0)
            std::cout << " " << splitName(static_cast<Split>(s)) << " " << report.imagesPerSplit[s];
    if (index.validDrawnFromTrain)
        std::cout << " (valid drawn from train)";
    std::cout << "\n\n";
    size_t width = 5;
    for (const auto& name : index.classNames)
        width = std::max(width, name.size());
    std::cout << std::left << std::setw(static_cast<int>(width)) << "Class" << std::right;
    for (int s = 0; s < kSplitCount; ++s)
        if (report.imagesPerSplit[s] > 0)
            std::cout << std::setw(8) << splitName(static_cast<Split>(s));
    std::cout << "\n";
    for (size_t c = 0; c < index.classNames.size(); ++c) {
        std::cout << std::left << std::setw(static_cast<int>(width)) << index.classNames[c]
                  << std::right;
        for (int s = 0; s < kSplitCount; ++s)
            if (report.imagesPerSplit[s] > 0)
                std::cout << std::setw(8) << report.imagesPerClass[s][c];
        std::cout << "\n";
    }
    if (index.multiLabel) {
        std::cout << "\nLabels per image (train):";
        const auto& histogram = report.labelsPerImage[0];
        for (size_t n = 0; n < histogram.size(); ++n)
            if (histogram[n] > 0)
                std::cout << " " << n << ": " << histogram[n];
        std::cout << "\n";
    }
    std::cout << "\nImage size: " << report.minWidthPx << "-" << report.maxWidthPx << " x "
              << report.minHeightPx << "-" << report.maxHeightPx << " px\n";
    if (report.imbalanceRatio > 0) {
        std::cout << "Class imbalance (train, most/least frequent): " << std::fixed
                  << std::setprecision(1) << report.imbalanceRatio << " : 1\n";
    }
    int crossing = 0, conflicting = 0;
    for (const auto& group : index.duplicates) {
        crossing += group.crossesSplits;
        conflicting += group.conflictingLabels;
    }
    std::cout << "Duplicates (same bytes): " << index.duplicates.size() << " group(s), " << crossing
              << " across splits, " << conflicting << " with conflicting labels\n";
    int nearCrossing = 0, nearConflicting = 0;
    for (const auto& group : index.nearDuplicates) {
        nearCrossing += group.crossesSplits;
        nearConflicting += group.conflictingLabels;
    }
    std::cout << "Near-duplicates (the same picture resized, re-encoded or edited): "
              << index.nearDuplicates.size() << " group(s), " << nearCrossing << " across splits, "
              << nearConflicting << " with conflicting labels\n";
    std::cout << "\nProblems: " << report.errors << " error(s), " << report.warnings
              << " warning(s)\n";
    for (const auto& problem : index.problems) {
        std::cout << "  " << std::left << std::setw(8) << severityName(problem.severity)
                  << std::right;
        if (!problem.path.empty())
            std::cout << problem.path << ": ";
        std::cout << problem.message << "\n";
    }
}

}  // namespace

int runInspect(const std::vector<std::string>& arguments) {
    const CommandLine line(
        arguments,
        {"layout", "valid-fraction", "seed", "max-megapixels", "near-duplicate-distance"},
        {"json", "drop-unannotated"});
    if (line.positional().size() != 1)
        throw UsageError{"give exactly one DATASET folder"};
    ScanOptions options;
    if (const auto layout = line.value("layout")) {
        options.layout = layoutFromName(*layout);
        if (!options.layout)
            throw UsageError{"--layout: '" + *layout +
                             "' is not one of classification_folder, roboflow_coco, coco"};
    }
    if (const auto fraction = line.number("valid-fraction", 0, 1))
        options.validFraction = *fraction;
    if (const auto seed = line.integer("seed", 0, UINT32_MAX))
        options.seed = static_cast<uint32_t>(*seed);
    if (const auto limit = line.number("max-megapixels", 0.001, 1e6))
        options.maxPixels = static_cast<int64_t>(*limit * 1e6);
    if (!(options.validFraction > 0 && options.validFraction < 1))
        throw UsageError{"--valid-fraction must be between 0 and 1"};
    options.keepUnannotated = !line.flag("drop-unannotated");
    if (const auto distance = line.integer("near-duplicate-distance", -1, 8))
        options.nearDuplicateDistance = static_cast<int>(*distance);

    const DatasetIndex index = scanDataset(line.positional().front(), options);
    const DatasetReport report = makeReport(index);
    if (line.flag("json")) {
        std::cout << dumpJson(reportToJson(index, report), 2) << "\n";
    } else {
        printText(index, report);
    }
    return kExitOk;
}

}  // namespace faicls::cli
