#include <iostream>

#include <nlohmann/json.hpp>

#include "command_line.h"
#include "faicls/predictor.h"

namespace faicls::cli {

int runPredict(const std::vector<std::string>& arguments) {
    const CommandLine line(arguments, {"model"}, {"json"});
    if (line.positional().size() != 1)
        throw UsageError{"give exactly one IMAGE"};
    Predictor predictor(line.required("model"));
    const ImagePrediction prediction = predictor.predict(line.positional().front());
    if (line.flag("json")) {
        auto toJson = [](const std::vector<ClassScore>& scores) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& s : scores)
                list.push_back({{"cls_id", s.classId}, {"label", s.label}, {"conf", s.confidence}});
            return list;
        };
        const nlohmann::json output = {{"image", prediction.imagePath},
                                       {"multi_label", predictor.info().model.multiLabel},
                                       {"predictions", toJson(prediction.labels)},
                                       {"scores", toJson(prediction.scores)}};
        std::cout << output.dump(2) << "\n";
        return kExitOk;
    }
    std::cout << prediction.imagePath << ":";
    if (prediction.labels.empty())
        std::cout << " (no class above the threshold)";
    for (const auto& label : prediction.labels)
        std::cout << " " << label.label << " " << label.confidence * 100 << "%";
    std::cout << "\n";
    return kExitOk;
}

}  // namespace faicls::cli
