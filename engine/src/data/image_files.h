#pragma once

#include <filesystem>

namespace faicls::data {

/// Whether a file name has one of the image extensions we read (case-insensitive): .jpg .jpeg
/// .png .bmp .tif .tiff .webp.
bool hasImageExtension(const std::filesystem::path& path);

}  // namespace faicls::data
