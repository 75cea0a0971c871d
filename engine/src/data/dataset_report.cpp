#include <algorithm>
#include <limits>

#include "faicls/dataset.h"
#include "faicls/dataset_json.h"

namespace faicls {

DatasetReport makeReport(const DatasetIndex& index) {
    DatasetReport report;
    const size_t classes = index.classNames.size();
    for (int s = 0; s < kSplitCount; ++s)
        report.imagesPerClass[s].assign(classes, 0);
    report.minWidthPx = report.minHeightPx = std::numeric_limits<int>::max();
    for (const auto& image : index.images) {
        const int s = static_cast<int>(image.split);
        ++report.imagesPerSplit[s];
        for (int label : image.labels)
            ++report.imagesPerClass[s][static_cast<size_t>(label)];
        auto& histogram = report.labelsPerImage[s];
        if (histogram.size() <= image.labels.size())
            histogram.resize(image.labels.size() + 1, 0);
        ++histogram[image.labels.size()];
        report.minWidthPx = std::min(report.minWidthPx, image.widthPx);
        report.maxWidthPx = std::max(report.maxWidthPx, image.widthPx);
        report.minHeightPx = std::min(report.minHeightPx, image.heightPx);
        report.maxHeightPx = std::max(report.maxHeightPx, image.heightPx);
    }
    if (index.images.empty())
        report.minWidthPx = report.minHeightPx = 0;
    const auto& train = report.imagesPerClass[0];
    if (!train.empty()) {
        const auto [least, most] = std::minmax_element(train.begin(), train.end());
        report.imbalanceRatio = *least > 0 ? static_cast<double>(*most) / *least : 0.0;
    }
    for (const auto& problem : index.problems) {
        report.errors += problem.severity == ProblemSeverity::Error;
        report.warnings += problem.severity == ProblemSeverity::Warning;
    }
    return report;
}

nlohmann::json reportToJson(const DatasetIndex& index, const DatasetReport& report) {
    using nlohmann::json;
    json splits = json::object();
    for (int s = 0; s < kSplitCount; ++s) {
        if (report.imagesPerSplit[s] == 0)
            continue;
        json perClass = json::object();
        for (size_t c = 0; c < index.classNames.size(); ++c)
            perClass[index.classNames[c]] = report.imagesPerClass[s][c];
        splits[splitName(static_cast<Split>(s))] = {{"images", report.imagesPerSplit[s]},
                                                    {"images_per_class", perClass},
                                                    {"labels_per_image", report.labelsPerImage[s]}};
    }
    auto groupsJson = [](const std::vector<DuplicateGroup>& groups, bool withDistances) {
        json out = json::array();
        for (const auto& group : groups) {
            json splitsOfGroup = json::array();
            for (Split split : group.splits)
                splitsOfGroup.push_back(splitName(split));
            json entry = {{"files", group.relativePaths},
                          {"splits", splitsOfGroup},
                          {"crosses_splits", group.crossesSplits},
                          {"conflicting_labels", group.conflictingLabels}};
            if (withDistances)
                entry["distances"] = group.distances;
            out.push_back(entry);
        }
        return out;
    };
    const json duplicates = groupsJson(index.duplicates, false);
    const json nearDuplicates = groupsJson(index.nearDuplicates, true);
    json problems = json::array();
    for (const auto& problem : index.problems) {
        json entry = {{"kind", problemKindName(problem.kind)},
                      {"severity", severityName(problem.severity)},
                      {"path", problem.path},
                      {"message", problem.message}};
        if (!problem.otherPaths.empty())
            entry["other_paths"] = problem.otherPaths;  // said once for many files
        problems.push_back(std::move(entry));
    }
    return {{"root", index.root},
            {"layout", layoutName(index.layout)},
            {"multi_label", index.multiLabel},
            {"valid_drawn_from_train", index.validDrawnFromTrain},
            {"classes", index.classNames},
            {"images", index.images.size()},
            {"splits", splits},
            {"size_range_px",
             {{"width", {report.minWidthPx, report.maxWidthPx}},
              {"height", {report.minHeightPx, report.maxHeightPx}}}},
            {"imbalance_ratio", report.imbalanceRatio},
            {"duplicates", duplicates},
            {"near_duplicates", nearDuplicates},
            {"errors", report.errors},
            {"warnings", report.warnings},
            {"problems", problems}};
}

}  // namespace faicls
