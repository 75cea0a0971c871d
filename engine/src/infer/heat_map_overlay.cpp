#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "faicls/explanation.h"
#include "infer/drawing_canvas.h"

namespace faicls {

AnnotatedImage overlayHeatMap(const uint8_t* rgb, int width, int height, int bytesPerLine,
                              const HeatMap& map) {
    if (map.width <= 0 || map.height <= 0 ||
        map.values.size() != static_cast<size_t>(map.width) * static_cast<size_t>(map.height))
        throw EngineError(ErrorCode::Runtime, "the heat map is empty");
    AnnotatedImage out = pictureToDrawOn(rgb, width, height, bytesPerLine, "draw on");
    cv::Mat canvas = pixelsOf(out);

    const int x0 = std::clamp(static_cast<int>(std::lround(map.regionX)), 0, width - 1);
    const int y0 = std::clamp(static_cast<int>(std::lround(map.regionY)), 0, height - 1);
    const int x1 =
        std::clamp(static_cast<int>(std::lround(map.regionX + map.regionWidth)), x0 + 1, width);
    const int y1 =
        std::clamp(static_cast<int>(std::lround(map.regionY + map.regionHeight)), y0 + 1, height);
    const cv::Rect region(x0, y0, x1 - x0, y1 - y0);
    const cv::Mat values(map.height, map.width, CV_32F, const_cast<float*>(map.values.data()));
    cv::Mat strength;
    cv::resize(values, strength, region.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat levels;
    strength.convertTo(levels, CV_8U, 255.0);
    cv::Mat colours;
    cv::applyColorMap(levels, colours, cv::COLORMAP_JET);  // BGR
    cv::Mat target = canvas(region);
    for (int y = 0; y < region.height; ++y) {
        const float* s = strength.ptr<float>(y);
        const cv::Vec3b* c = colours.ptr<cv::Vec3b>(y);
        cv::Vec3b* p = target.ptr<cv::Vec3b>(y);
        for (int x = 0; x < region.width; ++x) {
            // Weak evidence stays faint so the picture reads through; strong evidence is vivid.
            const float alpha = 0.25f + 0.45f * std::clamp(s[x], 0.0f, 1.0f);
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uint8_t>((1 - alpha) * p[x][k] + alpha * c[x][2 - k]);
        }
    }
    setDrawnBox(out, region);
    return out;
}

AnnotatedImage explainedImageFile(const std::string& imagePath, const HeatMap& map) {
    const cv::Mat rgb = data::decodeImageRgb(imagePath);
    const AnnotatedImage overlaid =
        overlayHeatMap(rgb.data, rgb.cols, rgb.rows, static_cast<int>(rgb.step), map);
    ImagePrediction caption;
    caption.imagePath = imagePath;
    caption.labels.push_back({map.classId, map.label, map.confidence});
    return annotateImage(overlaid.rgb.data(), overlaid.width, overlaid.height, overlaid.width * 3,
                         caption);
}

}  // namespace faicls
