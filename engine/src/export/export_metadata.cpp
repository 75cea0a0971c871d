#include "export/export_metadata.h"

namespace faicls::exporting {

nlohmann::json exportMetadata(const BundleInfo& info) {
    const PreprocessPolicy& p = info.preprocessing;
    return {
        {"created_by", info.createdBy},
        {"classes", info.classNames},
        {"multi_label", info.model.multiLabel},
        {"scores", info.model.multiLabel ? "sigmoid" : "softmax"},
        {"threshold", info.threshold},
        {"class_thresholds", info.classThresholds},
        {"input",
         {{"name", "images"},
          {"layout", "NCHW float32 RGB, (pixel - mean) / std with pixels in 0..255"},
          {"height", p.resolution.heightPx},
          {"width", p.resolution.widthPx}}},
        {"output", {{"name", "logits"}, {"shape", "[batch, classes]"}}},
        {"preprocessing",
         {{"resize_mode", p.resizeMode}, {"pixel_mean", p.pixelMean}, {"pixel_std", p.pixelStd}}},
    };
}

}  // namespace faicls::exporting
