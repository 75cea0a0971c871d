#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "faicls/job_handle.h"

namespace faicls::io {

/// How a folder's new tree differs from its current one; paths relative to the folder.
struct FolderChanges {
    std::map<std::string, std::string> moves;     ///< file → where it goes
    std::set<std::string> removals;               ///< files left out (kept aside, see below)
    std::map<std::string, std::string> contents;  ///< files written with these bytes
};

/// What a rewrite did.
struct FolderRewriteResult {
    std::string backupFolder;  ///< the tree as it was, beside the folder
    /// Where each removed file was kept: the set-aside folder, at its relative path.
    std::vector<std::string> keptRemovals;
};

/// Rewrites `root` as one step: a copy with the changes is built beside it (hard links where
/// the file system allows, so it costs no space and keeps every byte), then exchanged with it
/// in one rename (renameat2 RENAME_EXCHANGE). The old tree stays as the backup folder; removed
/// files are also linked into `setAsideFolder`. A kill at any moment leaves `root` holding the
/// old tree or the new one; recoverFolderRewrite() then finishes (or discards) the rest. Files
/// that are neither regular files, folders nor symbolic links are refused. Throws EngineError
/// naming the file: WriteFailed, or InvalidFile for a change that names no file of the tree.
FolderRewriteResult rewriteFolder(const std::filesystem::path& root, const FolderChanges& changes,
                                  const std::filesystem::path& setAsideFolder, JobHandle& job);

/// Puts back the tree of the last rewrite of `root` (its backup), when `root` is still exactly
/// what that rewrite made (the same files, sizes and times); the files set aside stay where
/// they are. Throws EngineError naming what changed, or when there is nothing to undo.
void undoFolderRewrite(const std::filesystem::path& root);

/// True when `root` has a rewrite that can be undone.
bool canUndoFolderRewrite(const std::filesystem::path& root);

/// Finishes the bookkeeping of a rewrite of `root` that was killed: the staged copy is removed
/// (the exchange had not happened), or the backup is put in place (it had). True when there
/// was one. Called by rewriteFolder and undoFolderRewrite; cheap when there is nothing to do.
bool recoverFolderRewrite(const std::filesystem::path& root);

}  // namespace faicls::io
