#include "io/folder_rewrite.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <nlohmann/json.hpp>

#include "faicls/engine_error.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls::io {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The files that keep a rewrite's state, hidden beside the folder: the marker exists only
// while a rewrite or an undo is under way; the record describes the last rewrite (for undo).
struct Places {
    fs::path root, parent, marker, record, staging;
    explicit Places(const fs::path& folder) {
        // A link to the folder: the folder itself is rewritten, beside itself.
        std::error_code error;
        root = fs::canonical(folder, error);
        if (error)
            root = fs::absolute(folder).lexically_normal();
        if (root.filename().empty())
            root = root.parent_path();
        parent = root.parent_path();
        const std::string name = root.filename().string();
        marker = parent / ("." + name + ".faicls-rewrite.json");
        record = parent / ("." + name + ".faicls-rewritten.json");
        staging = parent / ("." + name + ".faicls-staging");
    }
};

struct Identity {
    uint64_t device = 0, inode = 0;
    bool exists = false;
    bool operator==(const Identity& o) const {
        return exists && o.exists && device == o.device && inode == o.inode;
    }
};

Identity identityOf(const fs::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0)
        return {};
    return {static_cast<uint64_t>(info.st_dev), static_cast<uint64_t>(info.st_ino), true};
}

[[noreturn]] void fail(const fs::path& path, const std::string& what) {
    throw EngineError(ErrorCode::WriteFailed, path.string() + ": " + what);
}

std::string systemError() {
    return std::strerror(errno);
}

void writeJson(const fs::path& path, const json& value) {
    writeFileAtomically(path.string(), [&](std::ostream& out) { out << value.dump(1); });
}

// One file of a tree: its place, size and modification time (what an undo checks).
json manifestOf(const fs::path& root) {
    json files = json::array();
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(root, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        struct stat info {};
        if (::lstat(it->path().c_str(), &info) != 0 || S_ISDIR(info.st_mode))
            continue;
        const int64_t modified =
            static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
        files.push_back({it->path().lexically_relative(root).string(),
                         static_cast<int64_t>(info.st_size), modified});
    }
    if (error)
        fail(root, "cannot be listed (" + error.message() + ")");
    std::sort(files.begin(), files.end());
    return files;
}

// A hard link (no bytes copied, every byte kept), or a copy where links are not allowed.
void linkOrCopy(const fs::path& from, const fs::path& to) {
    if (::link(from.c_str(), to.c_str()) == 0)
        return;
    if (errno == EEXIST)
        fail(to, "already exists");
    std::error_code error;
    fs::copy_file(from, to, fs::copy_options::none, error);
    if (error)
        fail(to, "cannot be linked or copied from " + from.string() + " (" + error.message() + ")");
}

// `wanted`, or with "-2", "-3"... before the extension when it is taken.
fs::path unusedPath(const fs::path& wanted) {
    std::error_code error;
    if (!fs::exists(fs::symlink_status(wanted, error)))
        return wanted;
    for (int n = 2;; ++n) {
        const fs::path candidate =
            wanted.parent_path() /
            (wanted.stem().string() + "-" + std::to_string(n) + wanted.extension().string());
        if (!fs::exists(fs::symlink_status(candidate, error)))
            return candidate;
    }
}

std::string timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
    return text;
}

// Links each removed file from the old tree into the set-aside folder (those not there yet).
void setAside(const fs::path& oldTree, const json& removals) {
    for (const auto& removal : removals) {
        const fs::path from = oldTree / removal[0].get<std::string>();
        const fs::path to = removal[1].get<std::string>();
        if (identityOf(to).exists)
            continue;
        std::error_code error;
        fs::create_directories(to.parent_path(), error);
        if (error)
            fail(to.parent_path(), "cannot be created (" + error.message() + ")");
        linkOrCopy(from, to);
    }
}

// The old tree is at `backup`: set the removed files aside, record the rewrite for undo.
void finishRewrite(const Places& places, const json& marker) {
    const fs::path backup = marker["backup"].get<std::string>();
    setAside(backup, marker["removals"]);
    const Identity now = identityOf(places.root);
    writeJson(places.record, {{"backup", backup.string()},
                              {"device", now.device},
                              {"inode", now.inode},
                              {"removals", marker["removals"]},
                              {"manifest", manifestOf(places.root)}});
    fs::remove(places.marker);
    syncFolder(places.parent.string());
}

// Swaps two paths in one step; false when the file system cannot (then nothing happened).
bool exchange(const fs::path& a, const fs::path& b) {
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0)
        return true;
    if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)
        return false;
    fail(b, "cannot be exchanged with " + a.string() + " (" + systemError() + ")");
}

void checkChanges(const fs::path& root, const FolderChanges& changes) {
    auto mustBeFile = [&](const std::string& relative) {
        struct stat info {};
        if (::lstat((root / relative).c_str(), &info) != 0 || !S_ISREG(info.st_mode))
            throw EngineError(ErrorCode::InvalidFile,
                              (root / relative).string() + ": no such file in the dataset");
    };
    std::set<std::string> targets;
    for (const auto& [from, to] : changes.moves) {
        mustBeFile(from);
        const bool taken =
            identityOf(root / to).exists && !changes.moves.count(to) && !changes.removals.count(to);
        if (taken || !targets.insert(to).second)
            throw EngineError(ErrorCode::InvalidFile, (root / to).string() + ": already exists; " +
                                                          from + " cannot be moved there");
    }
    for (const auto& removal : changes.removals)
        mustBeFile(removal);
}

// The new tree at `staging`: every folder, link and file of `root` with the changes.
void buildStaging(const fs::path& root, const fs::path& staging, const FolderChanges& changes,
                  JobHandle& job) {
    std::error_code error;
    fs::create_directory(staging, error);
    if (error)
        fail(staging, "cannot be created (" + error.message() + ")");
    std::vector<fs::path> entries;
    for (auto it = fs::recursive_directory_iterator(root, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error))
        entries.push_back(it->path().lexically_relative(root));
    if (error)
        fail(root, "cannot be listed (" + error.message() + ")");
    std::vector<fs::path> folders{staging};
    const auto total = static_cast<int64_t>(entries.size() + changes.contents.size());
    int64_t done = 0;
    for (const fs::path& relative : entries) {
        if (job.stopRequested())
            throw EngineError(ErrorCode::Cancelled, root.string() + ": the rewrite was cancelled");
        struct stat info {};
        const fs::path source = root / relative;
        if (::lstat(source.c_str(), &info) != 0)
            fail(source, "cannot be read (" + systemError() + ")");
        const std::string key = relative.string();
        if (S_ISDIR(info.st_mode)) {
            fs::create_directories(staging / relative, error);
            folders.push_back(staging / relative);
        } else if (S_ISLNK(info.st_mode)) {
            fs::copy_symlink(source, staging / relative, error);
        } else if (!S_ISREG(info.st_mode)) {
            throw EngineError(ErrorCode::InvalidFile,
                              source.string() +
                                  ": not a regular file, folder or link; the "
                                  "dataset is left as it is");
        } else if (!changes.removals.count(key)) {
            const auto moved = changes.moves.find(key);
            const fs::path target =
                moved == changes.moves.end() ? relative : fs::path(moved->second);
            if (!changes.contents.count(target.string())) {
                fs::create_directories((staging / target).parent_path(), error);
                if (!error)
                    linkOrCopy(source, staging / target);
            }
        }
        if (error)
            fail(staging / relative, "cannot be created (" + error.message() + ")");
        job.report("preparing the edited dataset", ++done, total);
    }
    for (const auto& entry : changes.contents) {
        const std::string& relative = entry.first;
        const std::string& bytes = entry.second;  // a lambda below: no structured binding
        const fs::path target = staging / relative;
        fs::create_directories(target.parent_path(), error);
        if (error)
            fail(target.parent_path(), "cannot be created (" + error.message() + ")");
        if (identityOf(target).exists)
            fs::remove(target);  // a link to the old file: never written through
        writeFileSynced(target.string(), (root / relative).string(),
                        [&](std::ostream& out) { out << bytes; });
        job.report("preparing the edited dataset", ++done, total);
    }
    for (const fs::path& folder : folders)
        syncFolder(folder.string());
}

}  // namespace

FolderRewriteResult rewriteFolder(const fs::path& folder, const FolderChanges& changes,
                                  const fs::path& setAsideFolder, JobHandle& job) {
    recoverFolderRewrite(folder);
    const Places places(folder);
    if (!fs::is_directory(fs::symlink_status(places.root)))
        throw EngineError(ErrorCode::FileNotFound, places.root.string() + ": not a folder");
    checkChanges(places.root, changes);
    const fs::path setAside = fs::absolute(setAsideFolder).lexically_normal();
    json removals = json::array();
    std::set<fs::path> chosen;
    for (const auto& relative : changes.removals) {
        fs::path target = unusedPath(setAside / relative);
        for (int n = 2; chosen.count(target); ++n)  // two removals cannot share a place
            target = setAside / (relative + "-" + std::to_string(n));
        chosen.insert(target);
        removals.push_back({relative, target.string()});
    }
    const Identity old = identityOf(places.root);
    const fs::path backup = unusedPath(
        places.parent / (places.root.filename().string() + "-before-edits-" + timestamp()));
    const json marker = {{"staging", places.staging.string()},
                         {"backup", backup.string()},
                         {"device", old.device},
                         {"inode", old.inode},
                         {"removals", removals}};
    std::error_code stale;
    fs::remove_all(places.staging, stale);  // without a marker, a staged copy is a leftover
    writeJson(places.marker, marker);
    try {
        buildStaging(places.root, places.staging, changes, job);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(places.staging, ignored);
        fs::remove(places.marker, ignored);
        throw;
    }
    // The one step: from here `root` is the new tree.
    if (exchange(places.staging, places.root)) {
        if (::rename(places.staging.c_str(), backup.c_str()) != 0)
            fail(backup, "cannot be created (" + systemError() + ")");
    } else {
        // No exchange on this file system: two renames; recovery finishes a kill between them.
        if (::rename(places.root.c_str(), backup.c_str()) != 0)
            fail(backup, "cannot be created (" + systemError() + ")");
        if (::rename(places.staging.c_str(), places.root.c_str()) != 0)
            fail(places.root, "cannot be put in place (" + systemError() + ")");
    }
    syncFolder(places.parent.string());
    finishRewrite(places, marker);
    FolderRewriteResult result;
    result.backupFolder = backup.string();
    for (const auto& removal : removals)
        result.keptRemovals.push_back(removal[1].get<std::string>());
    return result;
}

namespace {

bool recoverFolderRewriteUnchecked(const fs::path& folder) {
    const Places places(folder);
    if (!identityOf(places.marker).exists)
        return false;
    const json marker = readJsonFile(places.marker.string());
    const Identity old{marker.value("device", uint64_t{0}), marker.value("inode", uint64_t{0}),
                       true};
    const std::string kind = marker.value("kind", std::string("rewrite"));
    std::error_code error;
    if (kind == "undo") {
        // An undo exchanges root with the backup; the edited tree then goes.
        const fs::path backup = marker["backup"].get<std::string>();
        if (identityOf(backup) == old)
            fs::remove_all(backup, error);
        if (!(identityOf(places.root) == old)) {
            for (const auto& removal : marker["removals"]) {
                const fs::path kept = removal[1].get<std::string>();
                const fs::path restored = places.root / removal[0].get<std::string>();
                struct stat a {
                }, b{};
                if (::lstat(kept.c_str(), &a) == 0 && ::lstat(restored.c_str(), &b) == 0 &&
                    a.st_ino == b.st_ino && a.st_dev == b.st_dev) {
                    fs::remove(kept, error);
                    // The folders made for it, when nothing else is in them.
                    for (fs::path folder = kept.parent_path();
                         folder != places.parent && folder.has_relative_path() &&
                         fs::is_empty(folder, error) && !error;
                         folder = folder.parent_path())
                        fs::remove(folder, error);
                }
            }
            fs::remove(places.record, error);
        }
        fs::remove(places.marker);
        syncFolder(places.parent.string());
        return true;
    }
    const fs::path backup = marker["backup"].get<std::string>();
    if (identityOf(places.root) == old) {
        // Killed before the exchange: the dataset is untouched; the staged copy goes.
        fs::remove_all(places.staging, error);
        fs::remove(places.marker);
        syncFolder(places.parent.string());
        return true;
    }
    if (!identityOf(places.root).exists && identityOf(places.staging).exists)
        fs::rename(places.staging, places.root);  // killed between the fallback's two renames
    else if (identityOf(places.staging) == old)
        fs::rename(places.staging, backup);  // killed after the exchange
    finishRewrite(places, marker);
    return true;
}

}  // namespace

// The marker and the record are ours, but they lie in a folder anyone can write to: a damaged
// one is said, not acted on.
bool recoverFolderRewrite(const fs::path& folder) {
    try {
        return recoverFolderRewriteUnchecked(folder);
    } catch (const nlohmann::json::exception& error) {
        throw EngineError(ErrorCode::InvalidFile, Places(folder).marker.string() + ": damaged (" +
                                                      error.what() +
                                                      "); the dataset is left as it is");
    }
}

bool canUndoFolderRewrite(const fs::path& folder) {
    recoverFolderRewrite(folder);
    const Places places(folder);
    return identityOf(places.record).exists;
}

namespace {

void undoFolderRewriteUnchecked(const fs::path& folder) {
    const Places places(folder);
    if (!identityOf(places.record).exists)
        throw EngineError(ErrorCode::FileNotFound,
                          places.root.string() + ": no applied edits to undo");
    const json record = readJsonFile(places.record.string());
    const Identity edited{record.value("device", uint64_t{0}), record.value("inode", uint64_t{0}),
                          true};
    const fs::path backup = record["backup"].get<std::string>();
    if (!(identityOf(places.root) == edited))
        throw EngineError(ErrorCode::InvalidFile,
                          places.root.string() +
                              ": the folder was replaced since the edits were applied; nothing "
                              "was undone");
    if (!fs::is_directory(fs::symlink_status(backup)))
        throw EngineError(ErrorCode::FileNotFound,
                          backup.string() + ": the dataset's backup is gone; nothing was undone");
    const json now = manifestOf(places.root);
    if (now != record["manifest"]) {
        std::string changed = "files were added or removed";
        const json& then = record["manifest"];
        for (size_t i = 0; i < std::min(now.size(), then.size()); ++i)
            if (now[i] != then[i]) {
                changed = now[i][0].get<std::string>() + " changed";
                break;
            }
        throw EngineError(ErrorCode::InvalidFile,
                          places.root.string() + ": " + changed +
                              " since the edits were applied; nothing was undone");
    }
    writeJson(places.marker, {{"kind", "undo"},
                              {"backup", backup.string()},
                              {"device", edited.device},
                              {"inode", edited.inode},
                              {"removals", record["removals"]}});
    if (!exchange(backup, places.root)) {
        fs::remove(places.marker);
        throw EngineError(ErrorCode::WriteFailed,
                          places.root.string() +
                              ": this file system cannot exchange two folders in one step; "
                              "the backup is " +
                              backup.string());
    }
    recoverFolderRewrite(places.root);  // the edited tree goes, the set-aside links too
}

}  // namespace

void undoFolderRewrite(const fs::path& folder) {
    recoverFolderRewrite(folder);
    try {
        undoFolderRewriteUnchecked(folder);
    } catch (const nlohmann::json::exception& error) {
        throw EngineError(ErrorCode::InvalidFile, Places(folder).record.string() + ": damaged (" +
                                                      error.what() + "); nothing was undone");
    }
}

}  // namespace faicls::io
