#include "data/image_files.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace faicls::data {

bool hasImageExtension(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::set<std::string> kExtensions = {".jpg", ".jpeg", ".png", ".bmp",
                                                      ".tif", ".tiff", ".webp"};
    return kExtensions.count(extension) > 0;
}

}  // namespace faicls::data
