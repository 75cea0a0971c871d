// CLASSIFICATION_FOLDER: root/<split>/<class>/<image>, or root/<class>/<image>.

#include <algorithm>
#include <set>

#include "data/dataset_builder.h"
#include "faicls/image_files.h"

namespace faicls::data {
namespace fs = std::filesystem;

namespace {

bool isHidden(const fs::path& path) {
    return path.filename().string().rfind('.', 0) == 0;
}

// A folder, or a link to one; false for anything that cannot be looked at (a link that loops).
bool isFolder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

std::vector<fs::path> sortedEntries(const fs::path& folder) {
    std::vector<fs::path> entries;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (!isHidden(entry.path()))
            entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

std::vector<std::string> classFoldersOf(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : sortedEntries(folder))
        if (isFolder(entry))
            names.push_back(entry.filename().string());
    return names;
}

}  // namespace

void listClassificationFolder(DatasetBuilder& builder, std::vector<std::string>& classNames) {
    const fs::path& root = builder.root();
    // Split folders, first matching name wins.
    std::vector<std::pair<Split, fs::path>> splits;
    for (Split split : {Split::Train, Split::Valid, Split::Test}) {
        for (const auto& name : splitFolderNames(split)) {
            if (isFolder(root / name)) {
                splits.emplace_back(split, root / name);
                builder.markSplitPresent(split);
                break;
            }
        }
    }
    if (splits.empty()) {
        splits.emplace_back(Split::Train, root);  // root/<class>/<image>: valid is drawn later
    } else if (splits.front().first != Split::Train) {
        builder.problem(ProblemKind::MissingSplit, ProblemSeverity::Error, "",
                        "no train folder (train/ or training/) beside the other split folders");
    }

    // One class list for all splits: the sorted (code-point order) union of class folder names.
    std::set<std::string> names;
    for (const auto& [split, folder] : splits)
        for (const auto& name : classFoldersOf(folder))
            names.insert(name);
    classNames.assign(names.begin(), names.end());

    for (const auto& [split, folder] : splits) {
        for (const auto& entry : sortedEntries(folder)) {
            if (!isFolder(entry)) {
                if (splits.size() > 1 || split != Split::Train || hasImageExtension(entry))
                    builder.problem(ProblemKind::IgnoredFile, ProblemSeverity::Warning,
                                    relativeTo(entry, root), "not inside a class folder, ignored");
                continue;
            }
            const int classId = static_cast<int>(
                std::lower_bound(classNames.begin(), classNames.end(), entry.filename().string()) -
                classNames.begin());
            for (const auto& file : sortedEntries(entry)) {
                if (isFolder(file)) {
                    builder.problem(ProblemKind::IgnoredFile, ProblemSeverity::Warning,
                                    relativeTo(file, root),
                                    "folder inside a class folder, ignored (class folders are not "
                                    "searched recursively)");
                } else if (!hasImageExtension(file)) {
                    builder.problem(
                        ProblemKind::IgnoredFile, ProblemSeverity::Info, relativeTo(file, root),
                        "not an image file name (jpg, jpeg, png, bmp, tif, tiff, webp), ignored");
                } else {
                    builder.addCandidate({file, relativeTo(file, root), split, {classId}, {}});
                }
            }
        }
    }
}

}  // namespace faicls::data
