#include "faicls/annotation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "infer/drawing_canvas.h"
#include "io/atomic_file.h"

namespace faicls {

namespace {

std::vector<std::string> labelLines(const ImagePrediction& prediction) {
    std::vector<std::string> lines;
    for (const auto& label : prediction.labels) {
        char percent[16];
        std::snprintf(percent, sizeof percent, "%.0f%%", label.confidence * 100.0);
        lines.push_back(label.label + "  " + percent);
    }
    if (lines.empty())
        lines.push_back("no class above the threshold");
    return lines;
}

}  // namespace

AnnotatedImage pictureToDrawOn(const uint8_t* rgb, int width, int height, int bytesPerLine,
                               const char* verb) {
    if (!rgb || width <= 0 || height <= 0)
        throw EngineError(ErrorCode::InvalidFile,
                          std::string("cannot ") + verb + " an empty image");
    AnnotatedImage out;
    out.width = width;
    out.height = height;
    out.rgb.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    cv::Mat(height, width, CV_8UC3, const_cast<uint8_t*>(rgb), static_cast<size_t>(bytesPerLine))
        .copyTo(pixelsOf(out));
    return out;
}

cv::Mat pixelsOf(AnnotatedImage& image) {
    return cv::Mat(image.height, image.width, CV_8UC3, image.rgb.data());
}

void setDrawnBox(AnnotatedImage& image, const cv::Rect& box) {
    image.boxX = box.x;
    image.boxY = box.y;
    image.boxWidth = box.width;
    image.boxHeight = box.height;
}

AnnotatedImage annotateImage(const uint8_t* rgb, int width, int height, int bytesPerLine,
                             const ImagePrediction& prediction) {
    AnnotatedImage out = pictureToDrawOn(rgb, width, height, bytesPerLine, "annotate");
    cv::Mat canvas = pixelsOf(out);

    // Text height about 1/20 of the shorter side, at least 10 px: legible on thumbnails and
    // photographs alike.
    const int font = cv::FONT_HERSHEY_SIMPLEX;
    const double textPx = std::max(10.0, std::min(width, height) / 20.0);
    const double scale = textPx / 22.0;  // Hershey simplex is about 22 px tall at scale 1
    const int thickness = std::max(1, static_cast<int>(std::lround(scale * 1.6)));
    const int pad = std::max(3, static_cast<int>(textPx * 0.35));
    const int lineGap = std::max(2, static_cast<int>(textPx * 0.4));
    const std::vector<std::string> lines = labelLines(prediction);
    int textWidth = 0, ascent = 0, descent = 0;
    for (const auto& line : lines) {
        int baseline = 0;
        const cv::Size size = cv::getTextSize(line, font, scale, thickness, &baseline);
        textWidth = std::max(textWidth, size.width);
        ascent = std::max(ascent, size.height);
        descent = std::max(descent, baseline);
    }
    const int lineHeight = ascent + descent + lineGap;
    const int margin = std::max(1, pad / 2);
    cv::Rect box(margin, margin, textWidth + 2 * pad,
                 static_cast<int>(lines.size()) * lineHeight - lineGap + 2 * pad);
    box &= cv::Rect(0, 0, width, height);
    if (box.empty())
        return out;

    // Translucent dark panel: the picture stays visible beneath, white text reads on it.
    cv::Mat region = canvas(box);
    cv::Mat panel(region.size(), region.type(), cv::Scalar(16, 20, 28));
    cv::addWeighted(panel, 0.72, region, 0.28, 0.0, region);
    cv::rectangle(canvas, box, cv::Scalar(235, 235, 235), 1, cv::LINE_8);
    cv::Mat clip = canvas(box);  // text is drawn clipped to the box
    for (size_t i = 0; i < lines.size(); ++i) {
        const cv::Point origin(pad, pad + ascent + static_cast<int>(i) * lineHeight);
        const cv::Scalar colour =
            i == 0 ? cv::Scalar(255, 255, 255) : cv::Scalar(225, 230, 236);  // first line brightest
        cv::putText(clip, lines[i], origin, font, scale, colour, thickness, cv::LINE_AA);
    }
    setDrawnBox(out, box);
    return out;
}

AnnotatedImage annotateImageFile(const std::string& imagePath, const ImagePrediction& prediction) {
    const cv::Mat rgb = data::decodeImageRgb(imagePath);
    return annotateImage(rgb.data, rgb.cols, rgb.rows, static_cast<int>(rgb.step), prediction);
}

void writeAnnotatedImage(const AnnotatedImage& image, const std::string& outPath) {
    cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::string extension = std::filesystem::path(outPath).extension().string();
    if (extension.empty())
        extension = ".png";
    std::vector<uchar> bytes;
    bool encoded = false;
    try {
        encoded = cv::imencode(extension, bgr, bytes);
    } catch (const cv::Exception&) {
        encoded = false;
    }
    if (!encoded)
        throw EngineError(ErrorCode::WriteFailed,
                          outPath + ": cannot write an image with the extension " + extension);
    io::writeFileAtomically(outPath, [&](std::ostream& o) {
        o.write(reinterpret_cast<const char*>(bytes.data()),
                static_cast<std::streamsize>(bytes.size()));
    });
}

}  // namespace faicls
