#include "data/augmentation.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "data/antialiased_resize.h"

namespace faicls::data {
namespace {

double uniform(std::mt19937_64& random, double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(random);
}
int uniformInt(std::mt19937_64& random, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(random);
}
bool chance(std::mt19937_64& random, double probability) {
    return uniform(random, 0, 1) < probability;
}

void scaleChannel(cv::Mat& hsv, int channel, double factor) {
    std::vector<cv::Mat> planes;
    cv::split(hsv, planes);
    planes[static_cast<size_t>(channel)].convertTo(planes[static_cast<size_t>(channel)], CV_8U,
                                                   factor);
    cv::merge(planes, hsv);
}

void shiftHue(cv::Mat& hsv, int delta) {
    for (int y = 0; y < hsv.rows; ++y) {
        auto* row = hsv.ptr<cv::Vec3b>(y);
        for (int x = 0; x < hsv.cols; ++x)
            row[x][0] = static_cast<uchar>(((row[x][0] + delta) % 180 + 180) % 180);
    }
}

// torchvision's RandomResizedCrop window: up to 10 tries, then the central crop.
cv::Rect randomResizedCropWindow(cv::Size size, std::mt19937_64& random) {
    const double area = static_cast<double>(size.area());
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double target = area * uniform(random, 0.08, 1.0);
        const double ratio = std::exp(uniform(random, std::log(3.0 / 4.0), std::log(4.0 / 3.0)));
        const int w = static_cast<int>(std::lround(std::sqrt(target * ratio)));
        const int h = static_cast<int>(std::lround(std::sqrt(target / ratio)));
        if (w > 0 && h > 0 && w <= size.width && h <= size.height)
            return {uniformInt(random, 0, size.width - w), uniformInt(random, 0, size.height - h),
                    w, h};
    }
    const double ratio = static_cast<double>(size.width) / size.height;
    int w = size.width, h = size.height;
    if (ratio < 3.0 / 4.0)
        h = static_cast<int>(std::lround(w / (3.0 / 4.0)));
    if (ratio > 4.0 / 3.0)
        w = static_cast<int>(std::lround(h * (4.0 / 3.0)));
    return {(size.width - w) / 2, (size.height - h) / 2, w, h};
}

}  // namespace

void jitterColours(cv::Mat& rgb, double strength, std::mt19937_64& random) {
    if (strength <= 0)
        return;
    const double brightness = 32 * strength;
    const double low = 1 - 0.5 * strength, high = 1 + 0.5 * strength;
    const int hueDelta = static_cast<int>(18 * strength);
    if (chance(random, 0.5))
        rgb.convertTo(rgb, CV_8U, 1.0, uniform(random, -brightness, brightness));
    auto contrast = [&] {
        if (chance(random, 0.5))
            rgb.convertTo(rgb, CV_8U, uniform(random, low, high));
    };
    auto saturationAndHue = [&] {
        const bool saturate = chance(random, 0.5);
        const bool hue = chance(random, 0.5);
        if (!saturate && !hue)
            return;
        cv::Mat hsv;
        cv::cvtColor(rgb, hsv, cv::COLOR_RGB2HSV);
        if (saturate)
            scaleChannel(hsv, 1, uniform(random, low, high));
        if (hue)
            shiftHue(hsv, uniformInt(random, -hueDelta, hueDelta));
        cv::cvtColor(hsv, rgb, cv::COLOR_HSV2RGB);
    };
    if (chance(random, 0.5)) {
        contrast();
        saturationAndHue();
    } else {
        saturationAndHue();
        contrast();
    }
}

cv::Mat augmentForTraining(const cv::Mat& rgb, const AugmentationConfig& augmentation,
                           const Resolution& resolution, std::mt19937_64& random) {
    const cv::Size target(resolution.widthPx, resolution.heightPx);
    cv::Mat image;
    if (augmentation.randomResizedCrop) {
        image = resizeAntialiased(rgb(randomResizedCropWindow(rgb.size(), random)), target);
    } else if (augmentation.scaleJitter) {
        // Shortest edge to U{int(R / sqrt 2) .. int(R * sqrt 2)}, sizes rounded as the reference
        // does.
        const int side = std::min(resolution.heightPx, resolution.widthPx);
        const int shortEdge = uniformInt(random, static_cast<int>(side * std::sqrt(0.5)),
                                         static_cast<int>(side * std::sqrt(2.0)));
        const double scale = static_cast<double>(shortEdge) / std::min(rgb.rows, rgb.cols);
        const cv::Size scaled(std::max(1, static_cast<int>(rgb.cols * scale + 0.5)),
                              std::max(1, static_cast<int>(rgb.rows * scale + 0.5)));
        const cv::Size crop(std::min(target.width, scaled.width),
                            std::min(target.height, scaled.height));
        // Drawn one by one: the order of arguments' evaluation is unspecified.
        const int left = uniformInt(random, 0, scaled.width - crop.width);
        const int top = uniformInt(random, 0, scaled.height - crop.height);
        image = resizeAntialiasedRegion(rgb, scaled, cv::Rect(left, top, crop.width, crop.height));
    } else {
        image = resizeAntialiased(rgb, target);
    }
    if (chance(random, augmentation.horizontalFlip))
        cv::flip(image, image, 1);
    jitterColours(image, augmentation.colorJitter, random);
    return image;
}

}  // namespace faicls::data
