#include "data/image_preprocess.h"

#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "faicls/engine_error.h"

namespace faicls::data {

cv::Mat decodeImageRgb(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw EngineError(ErrorCode::FileNotFound, path + ": file not found");
    cv::Mat bgr;
    try {
        bgr = cv::imread(path, cv::IMREAD_COLOR);  // applies EXIF orientation, drops alpha, 8-bit
    } catch (const cv::Exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": cannot decode image (" + error.msg + ")");
    }
    if (bgr.empty())
        throw EngineError(ErrorCode::InvalidFile, path + ": not a readable image");
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

cv::Mat resizeForPolicy(const cv::Mat& rgb, const PreprocessPolicy& policy) {
    const int height = policy.resolution.heightPx;
    const int width = policy.resolution.widthPx;
    cv::Mat resized;
    if (policy.resizeMode == "stretch") {
        const bool shrinking = rgb.cols > width && rgb.rows > height;
        cv::resize(rgb, resized, cv::Size(width, height), 0, 0,
                   shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
        return resized;
    }
    const double scale =
        std::max(static_cast<double>(height) / rgb.rows, static_cast<double>(width) / rgb.cols);
    const int scaledWidth = std::max(width, static_cast<int>(std::lround(rgb.cols * scale)));
    const int scaledHeight = std::max(height, static_cast<int>(std::lround(rgb.rows * scale)));
    cv::resize(rgb, resized, cv::Size(scaledWidth, scaledHeight), 0, 0,
               scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const int left = (scaledWidth - width) / 2;
    const int top = (scaledHeight - height) / 2;
    return resized(cv::Rect(left, top, width, height)).clone();
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
