// Applying a review's edits to a dataset: the edits are checked against a fresh scan and turned
// into one set of changes to the dataset's tree (moves between class and split folders, new
// COCO annotation files, pictures set aside), which io::rewriteFolder makes in one step.

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "data/coco_files.h"
#include "data/dataset_builder.h"
#include "faicls/dataset_edits.h"
#include "faicls/engine_error.h"
#include "io/folder_rewrite.h"

namespace faicls {
namespace fs = std::filesystem;
using ordered_json = nlohmann::ordered_json;

namespace {

// Where one picture ends up once every edit of it is taken into account.
struct PictureOutcome {
    size_t image = 0;
    std::vector<std::string> labels;
    Split split = Split::Train;
    bool excluded = false;
};

std::string classList(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

// root/SPLIT/CLASS/picture, not root/CLASS/picture.
bool hasSplitFolders(const DatasetIndex& index) {
    if (index.images.empty())
        return false;
    const fs::path first(index.images.front().relativePath);
    return std::distance(first.begin(), first.end()) == 3;
}

std::vector<std::string> labelNames(const DatasetIndex& index, const DatasetImage& image) {
    std::vector<std::string> names;
    for (int label : image.labels)
        names.push_back(index.classNames.at(static_cast<size_t>(label)));
    return names;
}

// The pictures whose place or labels change, checked: every edit names a picture of the scan,
// existing classes, a split the layout can hold.
std::map<std::string, PictureOutcome> outcomesOf(const DatasetIndex& index,
                                                 const EditJournal& journal) {
    std::map<std::string, size_t> imageOf;
    for (size_t i = 0; i < index.images.size(); ++i)
        imageOf[index.images[i].relativePath] = i;
    const bool folderLayout = index.layout == DatasetLayout::ClassificationFolder;
    std::map<std::string, PictureOutcome> outcomes;
    for (const DatasetEdit& edit : journal.edits) {
        const std::string where = (fs::path(index.root) / edit.relativePath).string();
        const auto found = imageOf.find(edit.relativePath);
        if (found == imageOf.end())
            throw EngineError(ErrorCode::InvalidFile,
                              where +
                                  ": not a usable picture of the dataset (moved, deleted or "
                                  "unreadable since the review?); nothing was changed");
        const DatasetImage& image = index.images[found->second];
        auto [outcome, added] = outcomes.try_emplace(edit.relativePath);
        if (added)
            outcome->second = {found->second, labelNames(index, image), image.split, false};
        PictureOutcome& state = outcome->second;
        if (edit.kind == EditKind::Exclude) {
            state.excluded = true;
        } else if (edit.kind == EditKind::Relabel) {
            for (const auto& label : edit.labels)
                if (std::find(index.classNames.begin(), index.classNames.end(), label) ==
                    index.classNames.end())
                    throw EngineError(ErrorCode::InvalidFile,
                                      where + ": '" + label + "' is not a class of the dataset (" +
                                          classList(index.classNames) + "); nothing was changed");
            if (!index.multiLabel && edit.labels.size() != 1)
                throw EngineError(ErrorCode::InvalidFile,
                                  where +
                                      ": a single-label dataset gives a picture one class, "
                                      "not " +
                                      std::to_string(edit.labels.size()) + "; nothing was changed");
            state.labels = edit.labels;
            std::sort(state.labels.begin(), state.labels.end());
            state.labels.erase(std::unique(state.labels.begin(), state.labels.end()),
                               state.labels.end());
        } else {
            if (folderLayout && !hasSplitFolders(index))
                throw EngineError(ErrorCode::InvalidFile,
                                  where +
                                      ": the dataset has no split folders (train/, valid/, "
                                      "test/) to move a picture between; nothing was changed");
            state.split = edit.split;
        }
    }
    // Only what changes.
    for (auto it = outcomes.begin(); it != outcomes.end();) {
        const DatasetImage& image = index.images[it->second.image];
        std::vector<std::string> before = labelNames(index, image);
        std::sort(before.begin(), before.end());
        const bool same =
            !it->second.excluded && it->second.split == image.split && it->second.labels == before;
        it = same ? outcomes.erase(it) : std::next(it);
    }
    return outcomes;
}

bool existsOnDisk(const fs::path& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0;
}

// Chooses where moved pictures go: the wanted place, or "-2", "-3"... before the extension
// when a file that stays is there or another picture goes there.
class Destinations {
public:
    Destinations(const fs::path& root, const io::FolderChanges& changes)
        : m_root(root), m_changes(changes) {}

    std::string claim(const fs::path& wanted) {
        fs::path candidate = wanted;
        for (int n = 2; taken(candidate); ++n)
            candidate = wanted.parent_path() / (wanted.stem().string() + "-" + std::to_string(n) +
                                                wanted.extension().string());
        m_claimed.insert(candidate.string());
        return candidate.string();
    }

private:
    bool taken(const fs::path& relative) const {
        const std::string key = relative.string();
        if (m_claimed.count(key))
            return true;
        const bool vacated = m_changes.moves.count(key) || m_changes.removals.count(key);
        return existsOnDisk(m_root / relative) && !vacated;
    }

    fs::path m_root;
    const io::FolderChanges& m_changes;
    std::set<std::string> m_claimed;
};

// The split's folder on disk (train/ or training/...), or its plain name when absent.
std::string splitFolderOf(const fs::path& root, Split split) {
    for (const auto& name : data::splitFolderNames(split))
        if (fs::is_directory(root / name))
            return name;
    return splitName(split);
}

void planFolderLayout(const DatasetIndex& index,
                      const std::map<std::string, PictureOutcome>& outcomes, AppliedEdits& applied,
                      io::FolderChanges& changes) {
    const fs::path root = index.root;
    for (const auto& [relative, outcome] : outcomes)
        if (outcome.excluded)
            changes.removals.insert(relative);
    std::vector<std::pair<std::string, fs::path>> wanted;
    for (const auto& [relative, outcome] : outcomes) {
        const DatasetImage& image = index.images[outcome.image];
        if (outcome.excluded) {
            ++applied.excluded;
            continue;
        }
        const fs::path path(relative);
        fs::path target = fs::path(outcome.labels.front()) / path.filename();
        if (hasSplitFolders(index)) {
            const std::string splitFolder = outcome.split == image.split
                                                ? path.begin()->string()
                                                : splitFolderOf(root, outcome.split);
            target = splitFolder / target;
        }
        applied.relabelled += outcome.labels != labelNames(index, image);
        applied.moved += outcome.split != image.split;
        wanted.emplace_back(relative, target);
        changes.moves[relative] = relative;  // vacated: its place may be taken
    }
    Destinations destinations(root, changes);
    for (const auto& [relative, target] : wanted)
        changes.moves[relative] = destinations.claim(target);
    for (auto it = changes.moves.begin(); it != changes.moves.end();)
        it = it->first == it->second ? changes.moves.erase(it) : std::next(it);
}

// One COCO annotation file being edited.
struct CocoFile {
    data::CocoAnnotationFile where;
    ordered_json content;
    bool changed = false;
    std::set<int64_t> droppedImages;
    int64_t nextImageId = 0, nextAnnotationId = 0;
};

std::optional<int64_t> categoryIdOf(const CocoFile& file, const std::string& className,
                                    bool roboflow) {
    for (const auto& category : file.content["categories"]) {
        if (!category.is_object() || !category.contains("id") ||
            !category["id"].is_number_integer())
            continue;
        const int64_t id = category["id"].get<int64_t>();
        if (id < 0 || (roboflow && id == 0))
            continue;
        const auto name = category.find("name");
        const bool named =
            name != category.end() && name->is_string() && !name->get<std::string>().empty();
        if ((named && name->get<std::string>() == className) ||
            (!named && std::to_string(id) == className))
            return id;
    }
    return std::nullopt;
}

std::string classNameOf(const CocoFile& file, int64_t categoryId, bool roboflow) {
    if (roboflow && categoryId == 0)
        return "";
    for (const auto& category : file.content["categories"])
        if (category.is_object() && category.value("id", ordered_json()) == categoryId) {
            const auto name = category.find("name");
            return name != category.end() && name->is_string() && !name->get<std::string>().empty()
                       ? name->get<std::string>()
                       : std::to_string(categoryId);
        }
    return "";
}

int64_t idOf(const ordered_json& entry) {
    const auto id = entry.find("id");
    return id != entry.end() && id->is_number_integer() ? id->get<int64_t>() : -1;
}

bool isAnnotationOf(const ordered_json& annotation, int64_t imageId) {
    return annotation.is_object() && annotation.value("image_id", ordered_json()) == imageId &&
           annotation.value("iscrowd", 0) == 0;
}

// Gives an image's annotations the wanted classes: those already right stay, the others take
// a missing class (keeping their box) or go; classes still missing get a whole-picture box.
void relabelCocoImage(CocoFile& file, int64_t imageId, const std::vector<std::string>& wanted,
                      const DatasetImage& image, bool roboflow, const std::string& where) {
    std::set<std::string> missing(wanted.begin(), wanted.end());
    ordered_json& annotations = file.content["annotations"];
    std::vector<size_t> others;
    for (size_t i = 0; i < annotations.size(); ++i) {
        if (!isAnnotationOf(annotations[i], imageId))
            continue;
        const std::string name =
            classNameOf(file, annotations[i].value("category_id", int64_t{-1}), roboflow);
        if (missing.erase(name) == 0 && !name.empty())
            others.push_back(i);
    }
    std::vector<size_t> dropped;
    for (size_t i : others) {
        if (missing.empty()) {
            dropped.push_back(i);
            continue;
        }
        const std::string name = *missing.begin();
        missing.erase(missing.begin());
        annotations[i]["category_id"] = *categoryIdOf(file, name, roboflow);
    }
    for (auto it = dropped.rbegin(); it != dropped.rend(); ++it)
        annotations.erase(*it);
    for (const auto& name : missing) {
        const auto category = categoryIdOf(file, name, roboflow);
        if (!category)
            throw EngineError(ErrorCode::InvalidFile, where + ": the class '" + name +
                                                          "' is not a category of " +
                                                          file.where.jsonPath.string());
        const double w = image.widthPx, h = image.heightPx;
        annotations.push_back({{"id", file.nextAnnotationId++},
                               {"image_id", imageId},
                               {"category_id", *category},
                               {"bbox", {0, 0, w, h}},
                               {"area", w * h},
                               {"segmentation", ordered_json::array()},
                               {"iscrowd", 0}});
    }
    file.changed = true;
}

std::vector<CocoFile> readCocoFiles(const fs::path& root, bool roboflow) {
    std::vector<CocoFile> files;
    for (const auto& where : data::findCocoAnnotationFiles(root, roboflow)) {
        CocoFile file;
        file.where = where;
        std::ifstream in(where.jsonPath, std::ios::binary);
        file.content = ordered_json::parse(in, nullptr, false);
        if (file.content.is_discarded() || !file.content.is_object() ||
            !file.content.contains("images") || !file.content["images"].is_array())
            throw EngineError(ErrorCode::InvalidFile, where.jsonPath.string() +
                                                          ": not a COCO annotation file any more; "
                                                          "nothing was changed");
        if (!file.content.contains("annotations") || !file.content["annotations"].is_array())
            file.content["annotations"] = ordered_json::array();
        for (const auto& entry : file.content["images"])
            file.nextImageId = std::max(file.nextImageId, idOf(entry) + 1);
        for (const auto& entry : file.content["annotations"])
            file.nextAnnotationId = std::max(file.nextAnnotationId, idOf(entry) + 1);
        files.push_back(std::move(file));
    }
    return files;
}

// The position in "images" of the entry for `relative`, or -1.
long imageEntryOf(const CocoFile& file, const fs::path& root, const std::string& relative) {
    const ordered_json& images = file.content["images"];
    for (size_t i = 0; i < images.size(); ++i) {
        const auto name = images[i].find("file_name");
        if (name == images[i].end() || !name->is_string())
            continue;
        const fs::path resolved =
            (file.where.imageFolder / name->get<std::string>()).lexically_normal();
        if (data::relativeTo(resolved, root) == relative)
            return static_cast<long>(i);
    }
    return -1;
}

void planCocoLayout(const DatasetIndex& index,
                    const std::map<std::string, PictureOutcome>& outcomes, AppliedEdits& applied,
                    io::FolderChanges& changes) {
    const fs::path root = index.root;
    const bool roboflow = index.layout == DatasetLayout::RoboflowCoco;
    std::vector<CocoFile> files = readCocoFiles(root, roboflow);
    auto fileOf = [&](Split split) -> CocoFile* {
        for (auto& file : files)
            if (file.where.split == split)
                return &file;
        return nullptr;
    };
    for (const auto& [relative, outcome] : outcomes) {
        if (outcome.excluded)
            changes.removals.insert(relative);
        else if (outcome.split != index.images[outcome.image].split)
            changes.moves[relative] = relative;  // vacated: its place may be taken
    }
    Destinations destinations(root, changes);
    for (const auto& [relative, outcome] : outcomes) {
        const DatasetImage& image = index.images[outcome.image];
        const std::string where = (root / relative).string();
        CocoFile* source = fileOf(image.split);
        const long entry = source ? imageEntryOf(*source, root, relative) : -1;
        if (entry < 0)
            throw EngineError(ErrorCode::InvalidFile,
                              where + ": no longer listed in the annotations; nothing was changed");
        const int64_t imageId = idOf(source->content["images"][static_cast<size_t>(entry)]);
        if (outcome.excluded) {
            source->droppedImages.insert(imageId);
            source->changed = true;
            ++applied.excluded;
            continue;
        }
        std::vector<std::string> before = labelNames(index, image);
        std::sort(before.begin(), before.end());
        if (outcome.labels != before) {
            relabelCocoImage(*source, imageId, outcome.labels, image, roboflow, where);
            ++applied.relabelled;
        }
        if (outcome.split == image.split)
            continue;
        CocoFile* target = fileOf(outcome.split);
        if (!target)
            throw EngineError(ErrorCode::InvalidFile,
                              where + ": the dataset has no " + splitName(outcome.split) +
                                  " annotation file to move the picture to; nothing was changed");
        // The entry and its annotations join the other split under new ids.
        const fs::path moved =
            destinations.claim(fs::path(data::relativeTo(target->where.imageFolder, root)) /
                               fs::path(relative).filename());
        ordered_json copy = source->content["images"][static_cast<size_t>(entry)];
        const int64_t newId = target->nextImageId++;
        copy["id"] = newId;
        copy["file_name"] = fs::path(moved).filename().string();
        target->content["images"].push_back(copy);
        for (const auto& annotation : source->content["annotations"]) {
            if (!annotation.is_object() || annotation.value("image_id", ordered_json()) != imageId)
                continue;
            ordered_json added = annotation;
            added["id"] = target->nextAnnotationId++;
            added["image_id"] = newId;
            const std::string name =
                classNameOf(*source, annotation.value("category_id", int64_t{-1}), roboflow);
            const auto category = categoryIdOf(*target, name, roboflow);
            if (!name.empty() && !category)
                throw EngineError(ErrorCode::InvalidFile,
                                  where + ": the class '" + name + "' is not a category of " +
                                      target->where.jsonPath.string() + "; nothing was changed");
            if (category)
                added["category_id"] = *category;
            target->content["annotations"].push_back(added);
        }
        target->changed = source->changed = true;
        source->droppedImages.insert(imageId);
        changes.moves[relative] = moved;
        ++applied.moved;
    }
    for (auto& file : files) {
        if (!file.changed)
            continue;
        auto drop = [&](ordered_json& list, const char* key) {
            ordered_json kept = ordered_json::array();
            for (auto& item : list)
                if (!(item.is_object() && file.droppedImages.count(item.value(key, int64_t{-1}))))
                    kept.push_back(std::move(item));
            list = std::move(kept);
        };
        drop(file.content["images"], "id");
        drop(file.content["annotations"], "image_id");
        changes.contents[data::relativeTo(file.where.jsonPath, root)] = file.content.dump();
    }
    for (auto it = changes.moves.begin(); it != changes.moves.end();)
        it = it->first == it->second ? changes.moves.erase(it) : std::next(it);
}

}  // namespace

AppliedEdits applyEdits(const std::string& root, const EditJournal& journal, JobHandle* job) {
    JobOrSilent handle(job);
    io::recoverFolderRewrite(root);
    ScanOptions options;
    options.nearDuplicateDistance = -1;  // only the pictures and their labels matter here
    const DatasetIndex index = scanDataset(root, options, &*handle);
    const std::map<std::string, PictureOutcome> outcomes = outcomesOf(index, journal);
    AppliedEdits applied;
    std::error_code error;
    fs::path folder = fs::canonical(root, error);  // as the rewrite names it
    if (error)
        folder = fs::absolute(root).lexically_normal();
    if (folder.filename().empty())
        folder = folder.parent_path();
    const fs::path setAside = folder.parent_path() / (folder.filename().string() + "-excluded");
    applied.excludedFolder = setAside.string();
    if (outcomes.empty())
        return applied;
    io::FolderChanges changes;
    if (index.layout == DatasetLayout::ClassificationFolder)
        planFolderLayout(index, outcomes, applied, changes);
    else
        planCocoLayout(index, outcomes, applied, changes);
    const io::FolderRewriteResult result = io::rewriteFolder(root, changes, setAside, *handle);
    applied.backupFolder = result.backupFolder;
    applied.excludedFiles = result.keptRemovals;
    return applied;
}

void undoAppliedEdits(const std::string& root) {
    io::undoFolderRewrite(root);
}

bool canUndoAppliedEdits(const std::string& root) {
    return io::canUndoFolderRewrite(root);
}

}  // namespace faicls
