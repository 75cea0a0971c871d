#include "data/antialiased_resize.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace faicls::data {
namespace {

// For each output position: the first input position and the normalised weights.
struct Coefficients {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<float> weights;  ///< `stride` per output position
    int stride = 0;
};

Coefficients computeCoefficients(int inSize, int outSize) {
    const double scale = static_cast<double>(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = 1.0 * filterScale;  // bilinear: triangle of radius 1, stretched
    Coefficients c;
    c.stride = static_cast<int>(std::ceil(support)) * 2 + 1;
    c.first.resize(static_cast<size_t>(outSize));
    c.count.resize(static_cast<size_t>(outSize));
    c.weights.assign(static_cast<size_t>(outSize) * static_cast<size_t>(c.stride), 0.f);
    for (int i = 0; i < outSize; ++i) {
        const double center = (i + 0.5) * scale;
        const int lo = std::max(static_cast<int>(center - support + 0.5), 0);
        const int hi = std::min(static_cast<int>(center + support + 0.5), inSize);
        const int n = std::min(hi - lo, c.stride);
        double total = 0;
        std::vector<double> w(static_cast<size_t>(n));
        for (int j = 0; j < n; ++j) {
            const double x = (j + lo - center + 0.5) / filterScale;
            w[static_cast<size_t>(j)] = std::max(0.0, 1.0 - std::abs(x));
            total += w[static_cast<size_t>(j)];
        }
        for (int j = 0; j < n; ++j)
            c.weights[static_cast<size_t>(i * c.stride + j)] =
                static_cast<float>(total > 0 ? w[static_cast<size_t>(j)] / total : 0);
        c.first[static_cast<size_t>(i)] = lo;
        c.count[static_cast<size_t>(i)] = n;
    }
    return c;
}

uint8_t toByte(float value) {
    return static_cast<uint8_t>(std::clamp(std::lround(value), 0L, 255L));
}

cv::Mat resizeRows(const cv::Mat& in, int outWidth) {
    const Coefficients c = computeCoefficients(in.cols, outWidth);
    const int channels = in.channels();
    cv::Mat out(in.rows, outWidth, in.type());
    for (int y = 0; y < in.rows; ++y) {
        const uint8_t* src = in.ptr<uint8_t>(y);
        uint8_t* dst = out.ptr<uint8_t>(y);
        for (int x = 0; x < outWidth; ++x) {
            const float* w = &c.weights[static_cast<size_t>(x * c.stride)];
            const int first = c.first[static_cast<size_t>(x)];
            for (int ch = 0; ch < channels; ++ch) {
                float sum = 0;
                for (int j = 0; j < c.count[static_cast<size_t>(x)]; ++j)
                    sum += w[j] * src[(first + j) * channels + ch];
                dst[x * channels + ch] = toByte(sum);
            }
        }
    }
    return out;
}

cv::Mat resizeColumns(const cv::Mat& in, int outHeight) {
    const Coefficients c = computeCoefficients(in.rows, outHeight);
    const int rowLength = in.cols * in.channels();
    cv::Mat out(outHeight, in.cols, in.type());
    std::vector<float> sums(static_cast<size_t>(rowLength));
    for (int y = 0; y < outHeight; ++y) {
        std::fill(sums.begin(), sums.end(), 0.f);
        const float* w = &c.weights[static_cast<size_t>(y * c.stride)];
        for (int j = 0; j < c.count[static_cast<size_t>(y)]; ++j) {
            const uint8_t* src = in.ptr<uint8_t>(c.first[static_cast<size_t>(y)] + j);
            const float weight = w[j];
            for (int k = 0; k < rowLength; ++k)
                sums[static_cast<size_t>(k)] += weight * src[k];
        }
        uint8_t* dst = out.ptr<uint8_t>(y);
        for (int k = 0; k < rowLength; ++k)
            dst[k] = toByte(sums[static_cast<size_t>(k)]);
    }
    return out;
}

}  // namespace

cv::Mat resizeAntialiased(const cv::Mat& image, cv::Size size) {
    CV_Assert(image.depth() == CV_8U);
    cv::Mat result = image;
    if (size.width != image.cols)
        result = resizeRows(result, size.width);
    if (size.height != image.rows)
        result = resizeColumns(result, size.height);
    return result.data == image.data ? image.clone() : result;
}

}  // namespace faicls::data
