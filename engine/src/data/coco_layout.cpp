// ROBOFLOW_COCO (root/<split>/_annotations.coco.json, images beside it) and COCO
// (root/annotations/instances_<split>.json, images in root/<split> or root/images/<split>).
// Image labels = the distinct categories of its annotations (multi-label).

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "data/coco_files.h"
#include "data/dataset_builder.h"
#include "faicls/engine_error.h"
#include "io/json_file.h"

namespace faicls::data {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct AnnotationFile {
    Split split = Split::Train;
    fs::path jsonPath;
    fs::path imageFolder;
    json content;
};

std::string jsonText(const json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

std::vector<AnnotationFile> findAnnotationFiles(const fs::path& root, bool roboflow) {
    std::vector<AnnotationFile> files;
    for (const CocoAnnotationFile& file : findCocoAnnotationFiles(root, roboflow))
        files.push_back({file.split, file.jsonPath, file.imageFolder, {}});
    return files;
}

// A file_name must stay inside the dataset: no absolute paths, no `..` that climbs out.
bool staysInside(const fs::path& root, const fs::path& folder, const std::string& fileName,
                 fs::path& resolved) {
    const fs::path name(fileName);
    if (name.is_absolute())
        return false;
    resolved = (folder / name).lexically_normal();
    const std::string relative = resolved.lexically_relative(root).string();
    return !relative.empty() && relative.rfind("..", 0) != 0;
}

// Reads one annotation file into `file.content`; one that cannot be read or is no COCO file
// is reported and left null, so every later step skips its split.
bool readAnnotationFile(DatasetBuilder& builder, AnnotationFile& file) {
    const std::string relative = relativeTo(file.jsonPath, builder.root());
    try {
        file.content = io::readJsonFile(file.jsonPath.string());
    } catch (const EngineError& error) {
        std::string message = error.what();
        if (const auto colon = message.find(": "); colon != std::string::npos)
            message = message.substr(colon + 2);
        builder.problem(ProblemKind::MalformedJson, ProblemSeverity::Error, relative,
                        message + "; the " + splitName(file.split) + " split is skipped");
        file.content = json();
        return false;
    }
    const json& content = file.content;
    if (!content.is_object() || !content.contains("images") || !content["images"].is_array() ||
        !content.contains("categories") || !content["categories"].is_array()) {
        builder.problem(
            ProblemKind::InvalidAnnotations, ProblemSeverity::Error, relative,
            "not a COCO annotation file (needs \"images\" and \"categories\" lists); the " +
                std::string(splitName(file.split)) + " split is skipped");
        file.content = json();
        return false;
    }
    if (content.contains("annotations") && !content["annotations"].is_array()) {
        builder.problem(ProblemKind::InvalidAnnotations, ProblemSeverity::Error, relative,
                        "\"annotations\" is not a list, so no image has its labels; the " +
                            std::string(splitName(file.split)) + " split is skipped");
        file.content = json();
        return false;
    }
    return true;
}

// Problems of the category list, reported once although every split repeats the list.
class CategoryNotes {
public:
    explicit CategoryNotes(DatasetBuilder& builder) : m_builder(builder) {}
    void note(ProblemSeverity severity, const std::string& jsonRelative,
              const std::string& message) {
        if (m_said.insert(message).second)
            m_builder.problem(ProblemKind::InvalidAnnotations, severity, jsonRelative, message);
    }

private:
    DatasetBuilder& m_builder;
    std::set<std::string> m_said;
};

// The first name seen for a category id wins. A category needs a non-negative integer id; one
// without a usable name is called by its id.
void collectCategories(const json& content, bool roboflow, const std::string& jsonRelative,
                       CategoryNotes& notes, std::map<int64_t, std::string>& categories) {
    for (const auto& category : content["categories"]) {
        if (!category.is_object() || !category.contains("id") ||
            !category["id"].is_number_integer()) {
            notes.note(
                ProblemSeverity::Error, jsonRelative,
                "a category without an integer id is skipped: " + category.dump().substr(0, 80));
            continue;
        }
        const int64_t id = category["id"].get<int64_t>();
        if (id < 0) {
            notes.note(ProblemSeverity::Error, jsonRelative,
                       "category id " + std::to_string(id) +
                           " is negative, not a COCO category id; skipped");
            continue;
        }
        if (roboflow && id == 0)
            continue;  // reported by reportRoboflowPlaceholder
        std::string name = std::to_string(id);
        const json named = category.value("name", json());
        if (named.is_string() && !named.get<std::string>().empty())
            name = named.get<std::string>();
        else
            notes.note(ProblemSeverity::Warning, jsonRelative,
                       "category " + std::to_string(id) + " has no name (" +
                           (named.is_null() ? std::string("null") : named.dump().substr(0, 40)) +
                           "): the class is called '" + name + "'");
        const auto known = categories.find(id);
        if (known == categories.end())
            categories[id] = name;
        else if (known->second != name)
            notes.note(ProblemSeverity::Warning, jsonRelative,
                       "category id " + std::to_string(id) + " is listed as '" + known->second +
                           "' and as '" + name + "': '" + known->second + "' is used");
    }
}

// Roboflow puts the dataset's name as category 0, the parent of the real classes: dropped.
void reportRoboflowPlaceholder(DatasetBuilder& builder, const std::vector<AnnotationFile>& files,
                               const std::map<int64_t, std::string>& categories) {
    for (const auto& file : files) {
        if (file.content.is_null())
            continue;
        for (const auto& category : file.content["categories"]) {
            if (category.is_object() && category.value("id", json()) == 0) {
                const std::string name =
                    category.contains("name") ? jsonText(category["name"]) : "";
                std::string message =
                    "category 0 '" + name +
                    "' is Roboflow's placeholder (the dataset's name), not a class: dropped";
                for (const auto& [id, className] : categories)
                    if (className == name)
                        message +=
                            "; the class '" + name + "' (id " + std::to_string(id) + ") is kept";
                builder.problem(ProblemKind::PlaceholderCategory, ProblemSeverity::Info,
                                relativeTo(file.jsonPath, builder.root()), message);
                break;
            }
        }
        break;  // the same categories in every split: say it once
    }
}

// Classes are numbered in category id order. Categories of the same name are one class: two
// classes nobody can tell apart would split its images between them.
std::map<int64_t, int> numberClasses(const std::map<int64_t, std::string>& categories,
                                     const std::string& jsonRelative, CategoryNotes& notes,
                                     std::vector<std::string>& classNames) {
    std::map<int64_t, int> classOf;
    std::map<std::string, int64_t> firstIdOf;
    for (const auto& [id, name] : categories) {
        if (const auto same = firstIdOf.find(name); same != firstIdOf.end()) {
            classOf[id] = classOf[same->second];
            notes.note(ProblemSeverity::Warning, jsonRelative,
                       "categories " + std::to_string(same->second) + " and " + std::to_string(id) +
                           " are both named '" + name + "': one class");
            continue;
        }
        firstIdOf[name] = id;
        classOf[id] = static_cast<int>(classNames.size());
        classNames.push_back(name);
    }
    return classOf;
}

// One candidate per usable image entry; `candidateOfImage` maps COCO image ids to them.
std::vector<ImageCandidate> listImages(DatasetBuilder& builder, const AnnotationFile& file,
                                       const std::string& jsonRelative,
                                       std::map<int64_t, size_t>& candidateOfImage) {
    const fs::path& root = builder.root();
    std::vector<ImageCandidate> candidates;
    std::vector<int64_t> idOf;    // of each candidate
    std::set<int64_t> ambiguous;  // ids listed more than once
    for (const auto& image : file.content["images"]) {
        if (!image.is_object() || !image.contains("id") || !image["id"].is_number_integer() ||
            !image.contains("file_name") || !image["file_name"].is_string()) {
            builder.problem(ProblemKind::InvalidAnnotations, ProblemSeverity::Error, jsonRelative,
                            "an image entry without an integer id and a file_name: " +
                                image.dump().substr(0, 80));
            continue;
        }
        const std::string fileName = image["file_name"].get<std::string>();
        fs::path resolved;
        if (!staysInside(root, file.imageFolder, fileName, resolved)) {
            builder.problem(
                ProblemKind::OutsideRoot, ProblemSeverity::Error, fileName,
                "file_name in " + jsonRelative + " points outside the dataset folder; skipped");
            continue;
        }
        const int64_t id = image["id"].get<int64_t>();
        if (const auto first = candidateOfImage.find(id); first != candidateOfImage.end()) {
            builder.problem(ProblemKind::InvalidAnnotations, ProblemSeverity::Error,
                            relativeTo(resolved, root),
                            "image id " + std::to_string(id) + " in " + jsonRelative +
                                " is also the id of " + candidates[first->second].relativePath +
                                ": whose annotations are whose cannot be told; both skipped");
            ambiguous.insert(id);
            continue;
        }
        candidateOfImage[id] = candidates.size();
        idOf.push_back(id);
        candidates.push_back({resolved, relativeTo(resolved, root), file.split, {}, {}});
    }
    if (ambiguous.empty())
        return candidates;
    std::vector<ImageCandidate> kept;
    candidateOfImage.clear();
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (ambiguous.count(idOf[i]))
            continue;
        candidateOfImage[idOf[i]] = kept.size();
        kept.push_back(std::move(candidates[i]));
    }
    return kept;
}

// A box is kept only when it is four numbers; the label counts either way.
void addBox(ImageCandidate& candidate, int classId, const json& annotation) {
    const json bbox = annotation.value("bbox", json());
    if (bbox.is_array() && bbox.size() == 4 &&
        std::all_of(bbox.begin(), bbox.end(), [](const json& v) { return v.is_number(); }))
        candidate.boxes.push_back({classId, bbox[0].get<float>(), bbox[1].get<float>(),
                                   bbox[2].get<float>(), bbox[3].get<float>()});
}

// Gives each candidate the labels and boxes of its annotations; crowd annotations are skipped
// and counted in one note.
void applyAnnotations(DatasetBuilder& builder, const AnnotationFile& file, bool roboflow,
                      const std::map<int64_t, int>& classOf, const std::string& jsonRelative,
                      const std::map<int64_t, size_t>& candidateOfImage,
                      std::vector<ImageCandidate>& candidates) {
    int crowd = 0;
    const json annotations = file.content.value("annotations", json::array());
    for (const auto& annotation : annotations.is_array() ? annotations : json::array()) {
        if (!annotation.is_object() || !annotation.contains("image_id") ||
            !annotation.contains("category_id"))
            continue;
        const auto image = candidateOfImage.find(annotation["image_id"].is_number_integer()
                                                     ? annotation["image_id"].get<int64_t>()
                                                     : int64_t{-1});
        if (image == candidateOfImage.end()) {
            builder.problem(ProblemKind::InvalidAnnotations, ProblemSeverity::Warning, jsonRelative,
                            "annotation " + jsonText(annotation.value("id", json())) +
                                " refers to image " + jsonText(annotation["image_id"]) +
                                ", which is not listed; ignored");
            continue;
        }
        ImageCandidate& candidate = candidates[image->second];
        if (annotation.value("iscrowd", json()) == 1) {
            ++crowd;
            continue;
        }
        const int64_t categoryId = annotation["category_id"].is_number_integer()
                                       ? annotation["category_id"].get<int64_t>()
                                       : -1;
        const auto classId = classOf.find(categoryId);
        if (classId == classOf.end()) {
            builder.problem(ProblemKind::UnknownCategory, ProblemSeverity::Error,
                            candidate.relativePath,
                            "annotation " + jsonText(annotation.value("id", json())) +
                                " has category " + jsonText(annotation["category_id"]) +
                                (roboflow && categoryId == 0 ? ", Roboflow's placeholder," : "") +
                                " which is not a class; the annotation is ignored");
            continue;
        }
        candidate.labels.push_back(classId->second);
        addBox(candidate, classId->second, annotation);
    }
    if (crowd > 0)
        builder.problem(ProblemKind::CrowdAnnotation, ProblemSeverity::Info, jsonRelative,
                        std::to_string(crowd) + " crowd annotation(s) (iscrowd = 1) skipped");
}

// Hands the candidates to the builder with each label once; images without a label are kept
// only when the options ask, and noted once per split.
void addCandidates(DatasetBuilder& builder, Split split, std::vector<ImageCandidate>& candidates) {
    std::vector<std::string> unannotated;
    for (auto& candidate : candidates) {
        std::sort(candidate.labels.begin(), candidate.labels.end());
        candidate.labels.erase(std::unique(candidate.labels.begin(), candidate.labels.end()),
                               candidate.labels.end());
        if (candidate.labels.empty())
            unannotated.push_back(candidate.relativePath);
        if (!candidate.labels.empty() || builder.options().keepUnannotated)
            builder.addCandidate(std::move(candidate));
    }
    if (!unannotated.empty()) {
        const std::string first = unannotated.front();
        const size_t count = unannotated.size();
        unannotated.erase(unannotated.begin());
        builder.problem(
            ProblemKind::UnannotatedImage, ProblemSeverity::Info, first,
            std::to_string(count) + " image(s) in " + splitName(split) +
                " without annotations (like this one): " +
                (builder.options().keepUnannotated ? "kept as images with no label" : "dropped"),
            std::move(unannotated));
    }
}

}  // namespace

void listCocoLayout(DatasetBuilder& builder, bool roboflow, std::vector<std::string>& classNames) {
    const fs::path& root = builder.root();
    std::vector<AnnotationFile> files = findAnnotationFiles(root, roboflow);

    // Parse every split first: one class list across splits.
    std::map<int64_t, std::string> categories;
    CategoryNotes notes(builder);
    std::string firstJson;
    for (auto& file : files) {
        if (!readAnnotationFile(builder, file))
            continue;
        builder.markSplitPresent(file.split);
        const std::string jsonRelative = relativeTo(file.jsonPath, root);
        if (firstJson.empty())
            firstJson = jsonRelative;
        collectCategories(file.content, roboflow, jsonRelative, notes, categories);
    }
    if (roboflow)
        reportRoboflowPlaceholder(builder, files, categories);
    const std::map<int64_t, int> classOf = numberClasses(categories, firstJson, notes, classNames);

    for (const auto& file : files) {
        if (file.content.is_null())
            continue;
        const std::string jsonRelative = relativeTo(file.jsonPath, root);
        std::map<int64_t, size_t> candidateOfImage;
        std::vector<ImageCandidate> candidates =
            listImages(builder, file, jsonRelative, candidateOfImage);
        applyAnnotations(builder, file, roboflow, classOf, jsonRelative, candidateOfImage,
                         candidates);
        addCandidates(builder, file.split, candidates);
    }
}

}  // namespace faicls::data
