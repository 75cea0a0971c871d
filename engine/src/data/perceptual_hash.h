#pragma once

// Internal: a 64-bit perceptual hash per picture (the DCT hash, "pHash"), and pictures grouped
// by it. Copies of one photo that were resized, re-encoded, brightened or slightly cropped keep
// almost the same hash; different photos differ in about half its bits. Measured against the
// 64-bit difference hash on the Fashion-MNIST demo (small products on black, the hard case) and
// on real photos: as sensitive to copies, and far fewer pairs of different pictures (9 instead
// of 509 of 979,300 demo pairs within 2 bits), as the difference hash compares neighbours that
// are all equal on a flat background.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace faicls::data {

/// The largest distance groupByHash takes: beyond it, different photos pair up.
constexpr int kMaxHashDistance = 8;

/// The hash of an 8-bit RGB or grey image: the image as grey, shrunk to 32 × 32 by area
/// averaging, its 2-D DCT; bit 8·v + u is set when coefficient (u, v) of the lowest 8 × 8
/// frequencies is above the median of those 64 but the constant one. Nothing for a picture of
/// (nearly) one colour: without structure its bits would only be rounding noise.
std::optional<uint64_t> perceptualHash(const cv::Mat& image);

/// The hash of an image file, decoded as small as gives at least 64 pixels on its shorter
/// side (`widthPx` × `heightPx` as the header says). Throws EngineError when it cannot be
/// decoded.
std::optional<uint64_t> perceptualHashOfFile(const std::string& path, int widthPx, int heightPx);

int hammingDistance(uint64_t a, uint64_t b);

/// Groups of positions into `hashes` (only where `hashed` is true), each of two or more: the
/// first picture not yet grouped, with every other one within `maxDistance` bits of it (not a
/// chain of neighbours, which would link different pictures step by step). Members sorted,
/// groups in the order of their first member. `maxDistance` 0..8.
std::vector<std::vector<size_t>> groupByHash(const std::vector<uint64_t>& hashes,
                                             const std::vector<bool>& hashed, int maxDistance);

}  // namespace faicls::data
