#pragma once

#include <string>
#include <vector>

namespace faicls {

/// The picture file extensions the engine reads, lower case with the dot: .jpg .jpeg .png .bmp
/// .tif .tiff .webp (the one list for dataset folders, prediction inputs and file dialogs).
const std::vector<std::string>& imageFileExtensions();

/// Whether a file name ends in one of imageFileExtensions(), in any case.
bool hasImageExtension(const std::string& path);

}  // namespace faicls
