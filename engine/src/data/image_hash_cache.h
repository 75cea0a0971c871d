#pragma once

// Internal: the perceptual hashes of a dataset's pictures, kept between scans (decoding every
// picture again is what a rescan of 100k images cannot afford). A picture's hash is reused
// while its path, size and modification time are unchanged. The file is ours but read as
// untrusted: a damaged one is ignored and written again.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace faicls::data {

/// A picture's hash as cached: nullopt for a flat picture (one colour), which has none.
using CachedHash = std::optional<uint64_t>;

class ImageHashCache {
public:
    /// The cache of the dataset at `datasetRoot`, in `cacheFolder` ("" = the user's cache
    /// folder, image-hashes/). Reads it when there is one.
    ImageHashCache(const std::string& datasetRoot, const std::string& cacheFolder);

    /// The cached hash while the file's size and modification time are those cached.
    std::optional<CachedHash> find(const std::string& relativePath, uint64_t bytes,
                                   int64_t modifiedNs) const;
    void store(const std::string& relativePath, uint64_t bytes, int64_t modifiedNs,
               CachedHash hash);
    /// Writes the cache (atomically) when something was stored; entries of pictures not asked
    /// for since loading are dropped. Failing to write is not an error (it is a cache).
    void save();

    const std::string& file() const { return m_file; }

    /// Parses the cache format; false for anything else (tests and fuzzing).
    bool parse(const std::string& bytes);
    std::string serialize() const;

private:
    struct Entry {
        uint64_t bytes = 0;
        int64_t modifiedNs = 0;
        uint64_t hash = 0;
        bool flat = false;
        mutable bool used = false;
    };
    std::string m_root;
    std::string m_file;
    std::unordered_map<std::string, Entry> m_entries;
    bool m_changed = false;
};

}  // namespace faicls::data
