#include "data/image_hash_cache.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/atomic_file.h"
#include "io/user_folders.h"

namespace faicls::data {
namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'F', 'A', 'I', 'C', 'L', 'S', 'I', 'H'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kMaxPathBytes = 4096;

// FNV-1a: a file name per dataset folder (the folder itself is checked inside the file).
uint64_t nameHash(const std::string& text) {
    uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

template <typename T>
void put(std::string& out, T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

// Reads sequentially; any read past the end fails the whole parse.
class Reader {
public:
    explicit Reader(const std::string& bytes) : m_bytes(bytes) {}
    template <typename T>
    bool get(T& value) {
        if (m_bytes.size() - m_at < sizeof(T))
            return false;
        std::memcpy(&value, m_bytes.data() + m_at, sizeof(T));
        m_at += sizeof(T);
        return true;
    }
    bool text(std::string& value, uint32_t length) {
        if (m_bytes.size() - m_at < length)
            return false;
        value.assign(m_bytes, m_at, length);
        m_at += length;
        return true;
    }
    size_t left() const { return m_bytes.size() - m_at; }

private:
    const std::string& m_bytes;
    size_t m_at = 0;
};

}  // namespace

ImageHashCache::ImageHashCache(const std::string& datasetRoot, const std::string& cacheFolder)
    : m_root(datasetRoot) {
    const fs::path folder =
        cacheFolder.empty() ? io::userCacheFolder() / "image-hashes" : fs::path(cacheFolder);
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.bin",
                  static_cast<unsigned long long>(nameHash(datasetRoot)));
    m_file = (folder / name).string();
    std::ifstream in(m_file, std::ios::binary);
    if (!in)
        return;
    std::ostringstream content;
    content << in.rdbuf();
    if (!parse(content.str()))
        m_entries.clear();  // damaged or another dataset's: computed again
}

std::optional<CachedHash> ImageHashCache::find(const std::string& relativePath, uint64_t bytes,
                                               int64_t modifiedNs) const {
    const auto found = m_entries.find(relativePath);
    if (found == m_entries.end() || found->second.bytes != bytes ||
        found->second.modifiedNs != modifiedNs)
        return std::nullopt;
    found->second.used = true;
    return found->second.flat ? CachedHash() : CachedHash(found->second.hash);
}

void ImageHashCache::store(const std::string& relativePath, uint64_t bytes, int64_t modifiedNs,
                           CachedHash hash) {
    m_entries[relativePath] = Entry{bytes, modifiedNs, hash.value_or(0), !hash, true};
    m_changed = true;
}

void ImageHashCache::save() {
    size_t unused = 0;
    for (const auto& [path, entry] : m_entries)
        unused += !entry.used;
    if (!m_changed && unused == 0)
        return;
    for (auto entry = m_entries.begin(); entry != m_entries.end();)
        entry = entry->second.used ? std::next(entry) : m_entries.erase(entry);
    try {
        std::error_code error;
        fs::create_directories(fs::path(m_file).parent_path(), error);
        const std::string bytes = serialize();
        io::writeFileAtomically(m_file, [&](std::ostream& out) { out << bytes; });
        m_changed = false;
    } catch (const std::exception&) {
        // A read-only or full disk: the next scan computes the hashes again.
    }
}

std::string ImageHashCache::serialize() const {
    std::string out(kMagic, sizeof kMagic);
    put(out, kVersion);
    put(out, static_cast<uint32_t>(m_root.size()));
    out += m_root;
    put(out, static_cast<uint64_t>(m_entries.size()));
    for (const auto& [path, entry] : m_entries) {
        put(out, static_cast<uint32_t>(path.size()));
        out += path;
        put(out, entry.bytes);
        put(out, entry.modifiedNs);
        put(out, entry.hash);
        put(out, static_cast<uint8_t>(entry.flat ? 1 : 0));
    }
    return out;
}

bool ImageHashCache::parse(const std::string& bytes) {
    m_entries.clear();
    Reader in(bytes);
    char magic[sizeof kMagic];
    for (char& c : magic)
        if (!in.get(c))
            return false;
    uint32_t version = 0, rootLength = 0;
    std::string root;
    uint64_t count = 0;
    if (std::memcmp(magic, kMagic, sizeof kMagic) != 0 || !in.get(version) || version != kVersion ||
        !in.get(rootLength) || rootLength > kMaxPathBytes || !in.text(root, rootLength) ||
        root != m_root || !in.get(count))
        return false;
    // Each entry takes at least 29 bytes: a count the file cannot hold is refused up front.
    if (count > in.left() / 29)
        return false;
    for (uint64_t i = 0; i < count; ++i) {
        uint32_t length = 0;
        std::string path;
        Entry entry;
        uint8_t flags = 0;
        if (!in.get(length) || length > kMaxPathBytes || !in.text(path, length) ||
            !in.get(entry.bytes) || !in.get(entry.modifiedNs) || !in.get(entry.hash) ||
            !in.get(flags) || flags > 1)
            return false;
        entry.flat = flags == 1;
        m_entries[path] = entry;
    }
    return in.left() == 0;
}

}  // namespace faicls::data
