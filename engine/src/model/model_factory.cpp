#include "model/model_factory.h"

#include <filesystem>

#include "faicls/weights_catalog.h"
#include "io/torch_file_reader.h"
#include "model/bundle_file.h"
#include "nn/weight_import.h"

namespace faicls {

nn::FaiClassifier buildModel(const ModelConfig& config, ImportReport* report) {
    nn::FaiClassifier model(config);
    const auto pretrained = locatePretrained(config.backbone);
    if (!pretrained)
        return model;
    const std::string& weights = pretrained->file;
    const bool isBundle = std::filesystem::path(weights).extension() == ".faicls";
    const io::StateDict stateDict =
        isBundle ? readBundle(weights).weights : io::readStateDict(weights);
    const nn::WeightLayout layout =
        isBundle ? nn::WeightLayout::Bundle : nn::detectLayout(stateDict);
    ImportReport loaded =
        nn::loadWeights(model, stateDict, layout, weights, layout == nn::WeightLayout::Torchvision);
    if (report)
        *report = std::move(loaded);
    return model;
}

}  // namespace faicls
