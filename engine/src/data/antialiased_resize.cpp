#include "data/antialiased_resize.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace faicls::data {
namespace {

// Fixed-point weights, as PIL keeps them: 22 fractional bits, so that a sum of 8-bit values
// times weights fits in 32 bits and the rounding matches PIL's to the unit.
constexpr int kPrecisionBits = 32 - 8 - 2;

// For each output position of a window: the first input position, the tap count and the
// weights. Only the window's positions: a crop of an image scaled to 10^8 columns needs 32.
struct Coefficients {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int32_t> weights;  ///< `stride` per output position
    int stride = 0;
};

// Output positions [from, from + count) of a resize from inSize to outSize, at index i - from.
Coefficients computeCoefficients(int inSize, int outSize, int from, int count) {
    const double scale = static_cast<double>(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = 1.0 * filterScale;  // bilinear: a triangle of radius 1, stretched
    Coefficients c;
    c.stride = static_cast<int>(std::ceil(support)) * 2 + 1;
    c.first.resize(static_cast<size_t>(count));
    c.count.resize(static_cast<size_t>(count));
    c.weights.assign(static_cast<size_t>(count) * static_cast<size_t>(c.stride), 0);
    std::vector<double> w(static_cast<size_t>(c.stride));
    for (int i = from; i < from + count; ++i) {
        const double center = (i + 0.5) * scale;
        const int lo = std::max(static_cast<int>(center - support + 0.5), 0);
        const int hi = std::min(static_cast<int>(center + support + 0.5), inSize);
        const int n = std::min(hi - lo, c.stride);
        double total = 0;
        for (int j = 0; j < n; ++j) {
            const double x = (j + lo - center + 0.5) / filterScale;
            w[static_cast<size_t>(j)] = std::max(0.0, 1.0 - std::abs(x));
            total += w[static_cast<size_t>(j)];
        }
        const auto index = static_cast<size_t>(i - from);
        int32_t* out = &c.weights[index * static_cast<size_t>(c.stride)];
        for (int j = 0; j < n; ++j) {
            const double normalised = total > 0 ? w[static_cast<size_t>(j)] / total : 0;
            out[j] = static_cast<int32_t>(std::floor(normalised * (1 << kPrecisionBits) + 0.5));
        }
        c.first[index] = lo;
        c.count[index] = n;
    }
    return c;
}

inline uint8_t toByte(int32_t accumulated) {
    const int32_t value = (accumulated + (1 << (kPrecisionBits - 1))) >> kPrecisionBits;
    return static_cast<uint8_t>(value < 0 ? 0 : (value > 255 ? 255 : value));
}

// Horizontal pass over input rows [firstRow, firstRow + out.rows), into the output columns
// `c` was computed for.
template <int Channels>
void resizeRowsOf(const cv::Mat& in, cv::Mat& out, const Coefficients& c, int firstRow) {
    for (int y = 0; y < out.rows; ++y) {
        const uint8_t* src = in.ptr<uint8_t>(firstRow + y);
        uint8_t* dst = out.ptr<uint8_t>(y);
        for (int x = 0; x < out.cols; ++x) {
            const auto column = static_cast<size_t>(x);
            const int32_t* w = &c.weights[column * static_cast<size_t>(c.stride)];
            const uint8_t* taps = src + c.first[column] * Channels;
            const int n = c.count[column];
            int32_t sums[Channels] = {};
            for (int j = 0; j < n; ++j)
                for (int ch = 0; ch < Channels; ++ch)
                    sums[ch] += w[j] * taps[j * Channels + ch];
            for (int ch = 0; ch < Channels; ++ch)
                dst[x * Channels + ch] = toByte(sums[ch]);
        }
    }
}

// Vertical pass into the output rows `c` was computed for, reading `in`, whose row 0 is input
// row `inputOffset`.
void resizeColumnsOf(const cv::Mat& in, cv::Mat& out, const Coefficients& c, int inputOffset) {
    const int rowLength = in.cols * in.channels();
    std::vector<int32_t> sums(static_cast<size_t>(rowLength));
    for (int y = 0; y < out.rows; ++y) {
        const auto row = static_cast<size_t>(y);
        const int32_t* w = &c.weights[row * static_cast<size_t>(c.stride)];
        const int first = c.first[row] - inputOffset;
        std::fill(sums.begin(), sums.end(), 0);
        int32_t* sum = sums.data();
        for (int j = 0; j < c.count[row]; ++j) {
            const uint8_t* src = in.ptr<uint8_t>(first + j);
            const int32_t weight = w[j];
            for (int k = 0; k < rowLength; ++k)
                sum[k] += weight * src[k];
        }
        uint8_t* dst = out.ptr<uint8_t>(y);
        for (int k = 0; k < rowLength; ++k)
            dst[k] = toByte(sum[k]);
    }
}

}  // namespace

cv::Mat resizeAntialiasedRegion(const cv::Mat& image, cv::Size size, cv::Rect region) {
    CV_Assert(image.depth() == CV_8U &&
              (region & cv::Rect(0, 0, size.width, size.height)) == region);
    const Coefficients horizontal =
        computeCoefficients(image.cols, size.width, region.x, region.width);
    const Coefficients vertical =
        computeCoefficients(image.rows, size.height, region.y, region.height);
    // Only the input rows the region's output rows read, and only the region's columns.
    int firstRow = image.rows, lastRow = 0;
    for (size_t y = 0; y < vertical.first.size(); ++y) {
        firstRow = std::min(firstRow, vertical.first[y]);
        lastRow = std::max(lastRow, vertical.first[y] + vertical.count[y]);
    }
    cv::Mat rows(std::max(0, lastRow - firstRow), region.width, image.type());
    switch (image.channels()) {
        case 1:
            resizeRowsOf<1>(image, rows, horizontal, firstRow);
            break;
        case 3:
            resizeRowsOf<3>(image, rows, horizontal, firstRow);
            break;
        case 4:
            resizeRowsOf<4>(image, rows, horizontal, firstRow);
            break;
        default:
            CV_Error(cv::Error::StsBadArg, "resizeAntialiased: 1, 3 or 4 channels");
    }
    cv::Mat out(region.height, region.width, image.type());
    resizeColumnsOf(rows, out, vertical, firstRow);
    return out;
}

cv::Mat resizeAntialiased(const cv::Mat& image, cv::Size size) {
    return resizeAntialiasedRegion(image, size, cv::Rect(0, 0, size.width, size.height));
}

}  // namespace faicls::data
