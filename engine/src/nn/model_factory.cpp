#include "nn/model_factory.h"

#include <filesystem>

#include "infer/bundle_file.h"
#include "io/torch_file_reader.h"
#include "nn/weight_import.h"

namespace faicls::nn {

FaiClassifier buildModel(const ModelConfig& config, ImportReport* report) {
    FaiClassifier model(config);
    const std::string& weights = config.backbone.weights;
    if (weights.empty())
        return model;
    const bool isBundle = std::filesystem::path(weights).extension() == ".faicls";
    const io::StateDict stateDict =
        isBundle ? readBundle(weights).weights : io::readStateDict(weights);
    const WeightLayout layout = isBundle ? WeightLayout::Bundle : detectLayout(stateDict);
    ImportReport loaded =
        loadWeights(model, stateDict, layout, weights, layout == WeightLayout::Torchvision);
    if (report)
        *report = std::move(loaded);
    return model;
}

}  // namespace faicls::nn
