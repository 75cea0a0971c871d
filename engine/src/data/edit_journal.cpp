// The review's edit journal, PROJECT/edits.json:
// {"format": 1, "edits": [{"kind": "relabel", "path": P, "labels": [..]},
//                         {"kind": "exclude", "path": P}, {"kind": "move", "path": P,
//                          "split": "valid"}]}; paths as pathToJson writes them.

#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "faicls/dataset_edits.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls {
using nlohmann::json;

namespace {

constexpr int kJournalFormat = 1;

std::optional<EditKind> editKindFromName(const std::string& name) {
    for (EditKind kind : {EditKind::Relabel, EditKind::Exclude, EditKind::MoveToSplit})
        if (name == editKindName(kind))
            return kind;
    return std::nullopt;
}

std::optional<Split> splitFromName(const std::string& name) {
    for (Split split : {Split::Train, Split::Valid, Split::Test})
        if (name == splitName(split))
            return split;
    return std::nullopt;
}

DatasetEdit editFrom(const json& entry, const std::string& where) {
    auto bad = [&](const std::string& what) {
        return EngineError(ErrorCode::InvalidFile, where + ": " + what);
    };
    if (!entry.is_object() || !entry.contains("kind") || !entry["kind"].is_string() ||
        !entry.contains("path"))
        throw bad("an edit needs a \"kind\" and a \"path\"");
    const auto kind = editKindFromName(entry["kind"].get<std::string>());
    if (!kind)
        throw bad("\"kind\" is \"" + entry["kind"].get<std::string>() +
                  "\", not one of \"relabel\", \"exclude\", \"move\"");
    DatasetEdit edit;
    edit.kind = *kind;
    try {
        edit.relativePath = pathFromJson(entry["path"]);
    } catch (const json::exception&) {
        throw bad("\"path\" is not a path");
    }
    if (edit.kind == EditKind::Relabel) {
        const json labels = entry.value("labels", json());
        if (!labels.is_array())
            throw bad("a relabel needs a \"labels\" list");
        for (const auto& label : labels) {
            try {
                edit.labels.push_back(pathFromJson(label));
            } catch (const json::exception&) {
                throw bad("\"labels\" holds a " + std::string(label.type_name()) +
                          ", not a class name");
            }
        }
    } else if (edit.kind == EditKind::MoveToSplit) {
        const json split = entry.value("split", json());
        const auto named =
            split.is_string() ? splitFromName(split.get<std::string>()) : std::optional<Split>();
        if (!named)
            throw bad("a move needs a \"split\": \"train\", \"valid\" or \"test\"");
        edit.split = *named;
    }
    return edit;
}

}  // namespace

const char* editKindName(EditKind kind) {
    switch (kind) {
        case EditKind::Relabel:
            return "relabel";
        case EditKind::Exclude:
            return "exclude";
        case EditKind::MoveToSplit:
            return "move";
    }
    return "relabel";
}

std::string editJournalPath(const std::string& projectFolder) {
    return (std::filesystem::path(projectFolder) / "edits.json").string();
}

EditJournal readEditJournal(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return {};
    const json content = io::readJsonFile(path);
    if (!content.is_object() || !content.contains("edits") || !content["edits"].is_array())
        throw EngineError(ErrorCode::InvalidFile, path + ": not an edit journal (no \"edits\")");
    const json format = content.value("format", json());
    if (format != kJournalFormat)
        throw EngineError(ErrorCode::UnsupportedFormat,
                          path + ": edit journal format " + format.dump().substr(0, 20) +
                              "; this version reads format " + std::to_string(kJournalFormat));
    EditJournal journal;
    for (size_t i = 0; i < content["edits"].size(); ++i)
        journal.add(editFrom(content["edits"][i], path + ", edit " + std::to_string(i + 1)));
    return journal;
}

void saveEditJournal(const std::string& path, const EditJournal& journal) {
    json edits = json::array();
    for (const DatasetEdit& edit : journal.edits) {
        json entry = {{"kind", editKindName(edit.kind)}, {"path", pathToJson(edit.relativePath)}};
        if (edit.kind == EditKind::Relabel) {
            json labels = json::array();
            for (const auto& label : edit.labels)
                labels.push_back(pathToJson(label));  // class names are folder names: any bytes
            entry["labels"] = labels;
        }
        if (edit.kind == EditKind::MoveToSplit)
            entry["split"] = splitName(edit.split);
        edits.push_back(std::move(entry));
    }
    const json content = {{"format", kJournalFormat}, {"edits", edits}};
    io::writeFileAtomically(path, [&](std::ostream& out) { out << content.dump(1) << "\n"; });
}

}  // namespace faicls
