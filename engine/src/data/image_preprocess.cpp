#include "data/image_preprocess.h"

#include <cctype>
#include <cmath>
#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "data/antialiased_resize.h"
#include "data/image_header.h"
#include "data/jpeg_decoder.h"
#include "faicls/engine_error.h"

namespace faicls::data {

cv::Mat decodeImageRgb(const std::string& path, int reduction) {
    std::error_code missing;
    if (!std::filesystem::exists(path, missing) && !missing)
        throw EngineError(ErrorCode::FileNotFound, path + ": file not found");
    if (const auto file = checkRegularFile(path); !file.ok())
        throw EngineError(ErrorCode::InvalidFile, path + ": " + file.problem);
    // The header first: a decompression bomb is refused before any pixel is decoded.
    ImageHeader header;
    std::string problem;
    // Only what the header reader understands is decoded, as only that is scanned into a
    // dataset: a header it refuses may still be decoded by OpenCV, at any size.
    if (!readImageHeader(path, header, problem))
        throw EngineError(ErrorCode::InvalidFile, path + ": " + problem);
    if (static_cast<int64_t>(header.widthPx) * header.heightPx > kMaxDecodePixels)
        throw EngineError(ErrorCode::InvalidFile, path + ": " + std::to_string(header.widthPx) +
                                                      "x" + std::to_string(header.heightPx) +
                                                      " pixels is over the limit of " +
                                                      std::to_string(kMaxDecodePixels / 1000000) +
                                                      " megapixels; not decoded");
    // What the dataset scan refuses, prediction refuses too: a decoder would fill the missing
    // part with grey and the scores would describe a picture that is not there.
    if (header.truncated)
        throw EngineError(ErrorCode::InvalidFile, path + ": truncated " +
                                                      formatName(header.format) +
                                                      ": the file ends before the image does");
    if (header.format == ImageHeader::Format::Jpeg) {
        cv::Mat rgb;
        if (decodeJpegTurbo(path, reduction, header.exifOrientation, rgb))
            return rgb;
    }
    cv::Mat bgr;
    // The reduced modes decode JPEGs at 1/2, 1/4 or 1/8 size in the DCT: much less work.
    const int mode = reduction >= 8   ? cv::IMREAD_REDUCED_COLOR_8
                     : reduction >= 4 ? cv::IMREAD_REDUCED_COLOR_4
                     : reduction >= 2 ? cv::IMREAD_REDUCED_COLOR_2
                                      : cv::IMREAD_COLOR;
    try {
        bgr = cv::imread(path, mode);  // applies EXIF orientation, drops alpha, 8-bit
    } catch (const cv::Exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": cannot decode image (" + error.msg + ")");
    }
    if (bgr.empty())
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": a " + std::string(formatName(header.format)) +
                              " file OpenCV could not decode (damaged, or a variant it lacks)");
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

cv::Mat resizeForPolicy(const cv::Mat& rgb, const PreprocessPolicy& policy) {
    const int height = policy.resolution.heightPx;
    const int width = policy.resolution.widthPx;
    cv::Mat resized;
    if (policy.resizeMode == "stretch") {
        // The reference's inference resize: plain bilinear (align_corners=False), no anti-aliasing.
        cv::resize(rgb, resized, cv::Size(width, height), 0, 0, cv::INTER_LINEAR);
        return resized;
    }
    const cv::Size scaled = shorterSideSize(rgb.size(), policy.resolution);
    return resizeAntialiasedRegion(rgb, scaled, centerCropRect(scaled, cv::Size(width, height)));
}

cv::Size shorterSideSize(cv::Size image, const Resolution& resolution) {
    if (resolution.isSquare()) {
        // torchvision's Resize(int): the shorter side becomes R, the longer one R * long / short,
        // truncated.
        const int side = resolution.heightPx;
        if (image.width <= image.height)
            return {side,
                    static_cast<int>(static_cast<int64_t>(side) * image.height / image.width)};
        return {static_cast<int>(static_cast<int64_t>(side) * image.width / image.height), side};
    }
    const double scale = std::max(static_cast<double>(resolution.heightPx) / image.height,
                                  static_cast<double>(resolution.widthPx) / image.width);
    return {std::max(resolution.widthPx, static_cast<int>(image.width * scale)),
            std::max(resolution.heightPx, static_cast<int>(image.height * scale))};
}

cv::Rect centerCropRect(cv::Size image, cv::Size crop) {
    // Offsets rounded half to even, as torchvision's CenterCrop (Python's round) does.
    const int left = static_cast<int>(std::nearbyint((image.width - crop.width) / 2.0));
    const int top = static_cast<int>(std::nearbyint((image.height - crop.height) / 2.0));
    return {left, top, crop.width, crop.height};
}

torch::Tensor normalizedTensor(const cv::Mat& rgb, const PreprocessPolicy& policy) {
    CV_Assert(rgb.type() == CV_8UC3 && rgb.isContinuous());
    auto tensor = torch::from_blob(rgb.data, {rgb.rows, rgb.cols, 3}, torch::kUInt8)
                      .permute({2, 0, 1})
                      .to(torch::kFloat)
                      .unsqueeze(0);
    const auto mean = torch::tensor({policy.pixelMean[0], policy.pixelMean[1], policy.pixelMean[2]},
                                    torch::kFloat)
                          .view({1, 3, 1, 1});
    const auto std =
        torch::tensor({policy.pixelStd[0], policy.pixelStd[1], policy.pixelStd[2]}, torch::kFloat)
            .view({1, 3, 1, 1});
    return ((tensor - mean) / std).contiguous();
}

}  // namespace faicls::data
