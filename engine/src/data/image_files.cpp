#include "faicls/image_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace faicls {

const std::vector<std::string>& imageFileExtensions() {
    static const std::vector<std::string> kExtensions = {".jpg", ".jpeg", ".png", ".bmp",
                                                         ".tif", ".tiff", ".webp"};
    return kExtensions;
}

bool hasImageExtension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto& known = imageFileExtensions();
    return std::find(known.begin(), known.end(), extension) != known.end();
}

}  // namespace faicls
