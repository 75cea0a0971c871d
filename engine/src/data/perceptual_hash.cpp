#include "data/perceptual_hash.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <opencv2/imgproc.hpp>

#include "data/image_preprocess.h"

namespace faicls::data {

namespace {

// Below this no low frequency carries a picture (orthonormal DCT of 0..255 pixels, 32 x 32):
// a ramp of 4 grey levels across the picture gives about 38, a 2 x 2 speck of 100 levels 25,
// a real photo hundreds.
constexpr float kFlatPictureLevel = 40.0f;

}  // namespace

std::optional<uint64_t> perceptualHash(const cv::Mat& image) {
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_RGB2GRAY);
    else
        grey = image;
    cv::Mat small, frequencies;
    cv::resize(grey, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(small, CV_32F);
    cv::dct(small, frequencies);
    float low[64];
    for (int v = 0; v < 8; ++v)
        for (int u = 0; u < 8; ++u)
            low[8 * v + u] = frequencies.at<float>(v, u);
    float others[63];
    std::copy(low + 1, low + 64, others);
    // A flat picture (one colour, a speck): its bits would only say how rounding fell.
    float strongest = 0;
    for (float coefficient : others)
        strongest = std::max(strongest, std::abs(coefficient));
    if (strongest < kFlatPictureLevel)
        return std::nullopt;
    std::nth_element(others, others + 31, others + 63);
    const float median = others[31];
    uint64_t hash = 0;
    for (int i = 0; i < 64; ++i)
        if (low[i] > median)
            hash |= uint64_t{1} << i;
    return hash;
}

std::optional<uint64_t> perceptualHashOfFile(const std::string& path, int widthPx, int heightPx) {
    // The JPEG decoder shrinks in the DCT: a large photo is decoded at 1/8 of its size.
    const int shorter = std::min(widthPx, heightPx);
    int reduction = 1;
    while (reduction < 8 && shorter / (reduction * 2) >= 64)
        reduction *= 2;
    return perceptualHash(decodeImageRgb(path, reduction));
}

int hammingDistance(uint64_t a, uint64_t b) {
    return __builtin_popcountll(a ^ b);
}

std::vector<std::vector<size_t>> groupByHash(const std::vector<uint64_t>& hashes,
                                             const std::vector<bool>& hashed, int maxDistance) {
    maxDistance = std::clamp(maxDistance, 0, kMaxHashDistance);
    // Pigeonhole: two hashes within d bits agree exactly on at least one of d + 1 disjoint
    // pieces. Only pictures that share a piece are compared, not every pair.
    const int pieces = maxDistance + 1;
    std::vector<std::unordered_map<uint64_t, std::vector<size_t>>> buckets(pieces);
    std::vector<uint64_t> masks(pieces);
    for (int piece = 0; piece < pieces; ++piece) {
        const int from = 64 * piece / pieces, to = 64 * (piece + 1) / pieces;
        masks[piece] = (to - from == 64 ? ~uint64_t{0} : ((uint64_t{1} << (to - from)) - 1))
                       << from;
        for (size_t i = 0; i < hashes.size(); ++i)
            if (hashed[i])
                buckets[piece][hashes[i] & masks[piece]].push_back(i);
    }
    std::vector<bool> grouped(hashes.size(), false);
    std::vector<std::vector<size_t>> groups;
    for (size_t first = 0; first < hashes.size(); ++first) {
        if (!hashed[first] || grouped[first])
            continue;
        std::vector<size_t> members;
        for (int piece = 0; piece < pieces; ++piece)
            for (size_t other : buckets[piece][hashes[first] & masks[piece]])
                if (other > first && !grouped[other] &&
                    hammingDistance(hashes[first], hashes[other]) <= maxDistance)
                    members.push_back(other);
        if (members.empty())
            continue;
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        members.insert(members.begin(), first);
        for (size_t member : members)
            grouped[member] = true;
        groups.push_back(std::move(members));
    }
    return groups;
}

}  // namespace faicls::data
