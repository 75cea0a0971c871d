#include "data/dataset_builder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "data/image_hash_cache.h"
#include "data/image_header.h"
#include "data/perceptual_hash.h"

namespace faicls::data {
namespace fs = std::filesystem;

namespace {

constexpr const char* kReadingHeaders = "reading headers";
constexpr const char* kComparingPictures = "comparing pictures";

std::string labelsText(const std::vector<int>& labels, const std::vector<std::string>& classNames) {
    std::string text = "[";
    for (size_t i = 0; i < labels.size(); ++i)
        text += (i ? ", " : "") + classNames[static_cast<size_t>(labels[i])];
    return text + "]";
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Why an image needs converting to 8-bit RGB, or "".
std::string conversionReason(const ImageHeader& h) {
    std::vector<std::string> reasons;
    if (h.cmyk)
        reasons.emplace_back("CMYK");
    if (h.palette)
        reasons.emplace_back("palette");
    if (h.channels <= 2 && !h.palette)
        reasons.emplace_back("grayscale");
    if (h.hasAlpha)
        reasons.emplace_back("alpha channel");
    if (h.bitDepth == 16)
        reasons.emplace_back("16-bit");
    std::string text;
    for (const auto& r : reasons)
        text += (text.empty() ? "" : ", ") + r;
    return text;
}

}  // namespace

const std::vector<std::string>& splitFolderNames(Split split) {
    static const std::vector<std::string> train = {"train", "training"};
    static const std::vector<std::string> valid = {"valid", "val", "validation"};
    static const std::vector<std::string> test = {"test"};
    return split == Split::Train ? train : (split == Split::Valid ? valid : test);
}

std::string relativeTo(const fs::path& path, const fs::path& root) {
    const std::string text = path.lexically_normal().string();
    std::string prefix = root.lexically_normal().string();
    if (!prefix.empty() && prefix.back() != '/')
        prefix += '/';
    return text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
}

DatasetBuilder::DatasetBuilder(const std::string& root, const ScanOptions& options, JobHandle& job)
    : m_root(fs::absolute(root).lexically_normal()), m_options(options), m_job(job) {}

void DatasetBuilder::problem(ProblemKind kind, ProblemSeverity severity, const std::string& path,
                             const std::string& message, std::vector<std::string> otherPaths) {
    m_problems.push_back({kind, severity, path, message, std::move(otherPaths)});
}

DatasetIndex DatasetBuilder::finish(DatasetLayout layout, bool multiLabel,
                                    std::vector<std::string> classNames) {
    DatasetIndex index;
    index.root = m_root.string();
    index.layout = layout;
    index.multiLabel = multiLabel;
    index.classNames = std::move(classNames);
    checkHeaders(index);
    if (!m_splitPresent[static_cast<int>(Split::Valid)])
        drawValidationSplit(index);
    throwIfCancelled(m_job, m_root.string());
    findDuplicates(index);
    if (m_options.nearDuplicateDistance >= 0) {
        hashPictures(index);
        findNearDuplicates(index);
    }
    checkClasses(index);
    index.problems.insert(index.problems.begin(), m_problems.begin(), m_problems.end());
    return index;
}

// The calling thread works too and is the one that reports progress and honours pause; the
// others only watch for a cancel.
void DatasetBuilder::forEachInParallel(size_t count, const char* phase,
                                       const std::function<void(size_t)>& work) {
    std::atomic<size_t> next{0};
    std::atomic<int64_t> done{0};
    const auto total = static_cast<int64_t>(count);
    auto run = [&](bool reporting) {
        for (size_t i = next++; i < count; i = next++) {
            if (reporting ? m_job.stopRequested() : m_job.isCancelled())
                return;
            work(i);
            const int64_t finished = ++done;
            if (reporting)
                m_job.report(phase, finished, total);
        }
    };
    const unsigned threads = m_options.threads > 0
                                 ? static_cast<unsigned>(m_options.threads)
                                 : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<size_t>(threads, std::max<size_t>(1, count / 64)); ++t)
        pool.emplace_back(run, false);
    run(true);
    for (auto& thread : pool)
        thread.join();
    throwIfCancelled(m_job, m_root.string());
    m_job.report(phase, total, total);
}

std::vector<DatasetBuilder::HeaderResult> DatasetBuilder::readHeaders() {
    std::vector<HeaderResult> results(m_candidates.size());
    forEachInParallel(m_candidates.size(), kReadingHeaders, [&](size_t i) {
        HeaderResult& r = results[i];
        std::error_code error;
        const std::string path = m_candidates[i].path.string();
        const RegularFileCheck file = checkRegularFile(path);  // a pipe would block
        r.exists = !file.missing;
        r.notAFile = file.missing ? "" : file.problem;
        if (r.notAFile.empty())
            r.bytes = fs::file_size(m_candidates[i].path, error);
        if (r.notAFile.empty() && r.bytes > 0)
            r.readable = readImageHeader(path, r.header, r.problem);
    });
    return results;
}

// The first reason a candidate cannot be used, reported; false when it is usable.
bool DatasetBuilder::rejected(const ImageCandidate& c, const HeaderResult& r) {
    if (!r.exists) {
        problem(ProblemKind::MissingFile, ProblemSeverity::Error, c.relativePath, "file not found");
        return true;
    }
    if (!r.notAFile.empty()) {
        problem(ProblemKind::UnreadableImage, ProblemSeverity::Error, c.relativePath, r.notAFile);
        return true;
    }
    if (r.bytes == 0) {
        problem(ProblemKind::EmptyFile, ProblemSeverity::Error, c.relativePath,
                "empty file (0 bytes)");
        return true;
    }
    if (!r.readable) {
        problem(ProblemKind::UnreadableImage, ProblemSeverity::Error, c.relativePath, r.problem);
        return true;
    }
    const ImageHeader& h = r.header;
    if (h.truncated) {
        problem(ProblemKind::TruncatedImage, ProblemSeverity::Error, c.relativePath,
                std::string("truncated ") + formatName(h.format) +
                    ": the file ends before the image does");
        return true;
    }
    const int64_t pixels = static_cast<int64_t>(h.widthPx) * h.heightPx;
    if (pixels > m_options.maxPixels) {
        problem(ProblemKind::ImageTooLarge, ProblemSeverity::Error, c.relativePath,
                std::to_string(h.widthPx) + "x" + std::to_string(h.heightPx) +
                    " pixels is over the limit of " +
                    std::to_string(m_options.maxPixels / 1000000) +
                    " megapixels; refused without decoding");
        return true;
    }
    return false;
}

void DatasetBuilder::checkHeaders(DatasetIndex& index) {
    const std::vector<HeaderResult> results = readHeaders();
    // Conversions and rotations are common and harmless: one note per reason, with a count.
    std::map<std::string, std::vector<std::string>> conversions;  // reason -> files
    std::vector<std::string> rotated;
    for (size_t i = 0; i < m_candidates.size(); ++i) {
        ImageCandidate& c = m_candidates[i];
        const HeaderResult& r = results[i];
        if (rejected(c, r))
            continue;
        const ImageHeader& h = r.header;
        if (const std::string reason = conversionReason(h); !reason.empty())
            conversions[reason].push_back(c.relativePath);
        if (h.exifOrientation != 1)
            rotated.push_back(c.relativePath);
        DatasetImage image;
        image.path = c.path.string();
        image.relativePath = c.relativePath;
        image.split = c.split;
        image.labels = std::move(c.labels);
        image.boxes = std::move(c.boxes);
        image.widthPx = h.orientedWidthPx();
        image.heightPx = h.orientedHeightPx();
        image.fileBytes = r.bytes;
        index.images.push_back(std::move(image));
    }
    // Said once per reason, with the first file as the example and the others listed.
    auto noteMany = [&](ProblemKind kind, std::vector<std::string> paths,
                        const std::string& message) {
        const std::string first = paths.front();
        paths.erase(paths.begin());
        problem(kind, ProblemSeverity::Info, first, message, std::move(paths));
    };
    for (auto& [reason, paths] : conversions)
        noteMany(ProblemKind::ConvertedImage, paths,
                 std::to_string(paths.size()) + " image(s) with " + reason +
                     " (like this one): converted to 8-bit RGB");
    if (!rotated.empty())
        noteMany(ProblemKind::ExifOrientation, rotated,
                 std::to_string(rotated.size()) +
                     " image(s) (like this one) are rotated as their EXIF orientation says");
}

void DatasetBuilder::drawValidationSplit(DatasetIndex& index) {
    const auto train = index.imagesOf(Split::Train);
    if (train.empty())
        return;
    if (index.multiLabel) {
        problem(ProblemKind::MissingSplit, ProblemSeverity::Warning, "",
                "no validation split: add one (valid/) to measure the model");
        return;
    }
    // Stratified and seeded: per class, a fixed shuffle (own Fisher-Yates over mt19937, so the
    // draw is the same with every standard library) and the first share goes to valid.
    std::map<int, std::vector<size_t>> byClass;
    for (size_t position : train)
        byClass[index.images[position].labels.front()].push_back(position);
    std::mt19937 random(m_options.seed);
    int drawn = 0;
    for (auto& [classId, positions] : byClass) {
        for (size_t i = positions.size(); i > 1; --i)
            std::swap(positions[i - 1], positions[random() % i]);
        const size_t count =
            positions.size() < 2
                ? 0
                : std::max<size_t>(1, static_cast<size_t>(
                                          std::lround(positions.size() * m_options.validFraction)));
        for (size_t i = 0; i < count; ++i)
            index.images[positions[i]].split = Split::Valid;
        drawn += static_cast<int>(count);
    }
    index.validDrawnFromTrain = true;
    problem(ProblemKind::MissingSplit, ProblemSeverity::Info, "",
            "no validation split on disk: " + std::to_string(drawn) + " images (" +
                std::to_string(static_cast<int>(std::lround(m_options.validFraction * 100))) +
                "% of each class, seed " + std::to_string(m_options.seed) +
                ") are used for validation");
}

void DatasetBuilder::findDuplicates(DatasetIndex& index) {
    std::map<uint64_t, std::vector<size_t>> bySize;
    for (size_t i = 0; i < index.images.size(); ++i)
        bySize[index.images[i].fileBytes].push_back(i);
    for (const auto& [bytes, positions] : bySize) {
        if (positions.size() < 2)
            continue;
        // Same size: compare contents (by hash, then exactly).
        std::map<size_t, std::vector<std::pair<size_t, std::string>>> byHash;
        for (size_t position : positions) {
            std::string content = readWholeFile(index.images[position].path);
            byHash[std::hash<std::string>{}(content)].emplace_back(position, std::move(content));
        }
        for (auto& [hash, members] : byHash) {
            std::vector<bool> grouped(members.size(), false);
            for (size_t a = 0; a < members.size(); ++a) {
                if (grouped[a])
                    continue;
                std::vector<size_t> groupPositions = {members[a].first};
                for (size_t b = a + 1; b < members.size(); ++b) {
                    if (!grouped[b] && members[b].second == members[a].second) {
                        grouped[b] = true;
                        groupPositions.push_back(members[b].first);
                    }
                }
                if (groupPositions.size() < 2)
                    continue;
                std::sort(groupPositions.begin(), groupPositions.end());
                reportGroup(index, groupPositions, std::vector<int>(groupPositions.size(), 0),
                            true);
            }
        }
    }
    std::sort(index.duplicates.begin(), index.duplicates.end(),
              [](const DuplicateGroup& a, const DuplicateGroup& b) {
                  return a.relativePaths < b.relativePaths;
              });
}

void DatasetBuilder::reportGroup(DatasetIndex& index, const std::vector<size_t>& positions,
                                 const std::vector<int>& distances, bool exact) {
    DuplicateGroup group;
    group.distances = distances;
    const DatasetImage& first = index.images[positions.front()];
    std::string others;
    std::vector<std::string> otherPaths;
    for (size_t k = 0; k < positions.size(); ++k) {
        const DatasetImage& image = index.images[positions[k]];
        group.relativePaths.push_back(image.relativePath);
        group.splits.push_back(image.split);
        group.crossesSplits |= image.split != first.split;
        group.conflictingLabels |= image.labels != first.labels;
        if (k == 0)
            continue;
        otherPaths.push_back(image.relativePath);
        others += (others.empty() ? "" : ", ") + image.relativePath + " (" +
                  splitName(image.split) + ", " + labelsText(image.labels, index.classNames) +
                  (exact ? "" : ", distance " + std::to_string(distances[k])) + ")";
    }
    std::string message = (exact ? "same bytes as " : "the same picture as ") + others;
    if (!exact)
        message += " (resized, re-encoded or edited: perceptual hashes within " +
                   std::to_string(m_options.nearDuplicateDistance) + " of 64 bits)";
    if (group.crossesSplits)
        message += "; the copies are in different splits";
    if (group.conflictingLabels)
        message += "; labels differ (this one: " + labelsText(first.labels, index.classNames) + ")";
    problem(exact ? ProblemKind::DuplicateImage : ProblemKind::NearDuplicate,
            group.crossesSplits || group.conflictingLabels ? ProblemSeverity::Warning
                                                           : ProblemSeverity::Info,
            first.relativePath, message, std::move(otherPaths));
    (exact ? index.duplicates : index.nearDuplicates).push_back(std::move(group));
}

// Every picture's perceptual hash: from the cache while the file is unchanged, else decoded
// (small) on the scan's threads.
void DatasetBuilder::hashPictures(DatasetIndex& index) {
    ImageHashCache cache(m_root.string(), m_options.hashCacheFolder);
    struct Stamp {
        uint64_t bytes = 0;
        int64_t modifiedNs = 0;
        bool cached = false;
    };
    std::vector<Stamp> stamps(index.images.size());
    std::vector<size_t> toDecode;
    for (size_t i = 0; i < index.images.size(); ++i) {
        DatasetImage& image = index.images[i];
        std::error_code error;
        const auto written = fs::last_write_time(image.path, error);
        stamps[i].bytes = image.fileBytes;
        stamps[i].modifiedNs =
            error ? 0
                  : std::chrono::duration_cast<std::chrono::nanoseconds>(written.time_since_epoch())
                        .count();
        if (const auto cached =
                cache.find(image.relativePath, stamps[i].bytes, stamps[i].modifiedNs)) {
            image.perceptualHash = cached->value_or(0);
            image.hasPerceptualHash = cached->has_value();
            stamps[i].cached = true;
        } else {
            toDecode.push_back(i);
        }
    }
    // Written from the scan's threads: one byte each (a vector<bool> packs neighbours into one
    // word, and concurrent writes to it lose flags).
    std::vector<char> decoded(index.images.size(), 0);
    forEachInParallel(toDecode.size(), kComparingPictures, [&](size_t k) {
        DatasetImage& image = index.images[toDecode[k]];
        try {
            const auto hash = perceptualHashOfFile(image.path, image.widthPx, image.heightPx);
            image.perceptualHash = hash.value_or(0);
            image.hasPerceptualHash = hash.has_value();
            decoded[toDecode[k]] = 1;
        } catch (const std::exception&) {
            // Not decodable after all: the loader reports it when it trains; no hash here.
        }
    });
    for (size_t i : toDecode)
        if (decoded[i])
            cache.store(index.images[i].relativePath, stamps[i].bytes, stamps[i].modifiedNs,
                        index.images[i].hasPerceptualHash
                            ? CachedHash(index.images[i].perceptualHash)
                            : CachedHash());
    cache.save();
}

// Groups by perceptual hash, leaving out what the byte comparison already reported: a group
// whose pictures are all one set of identical files.
void DatasetBuilder::findNearDuplicates(DatasetIndex& index) {
    std::vector<uint64_t> hashes(index.images.size());
    std::vector<bool> hashed(index.images.size());
    for (size_t i = 0; i < index.images.size(); ++i) {
        hashes[i] = index.images[i].perceptualHash;
        hashed[i] = index.images[i].hasPerceptualHash;
    }
    std::map<std::string, size_t> exactGroupOf;
    for (size_t g = 0; g < index.duplicates.size(); ++g)
        for (const std::string& path : index.duplicates[g].relativePaths)
            exactGroupOf[path] = g;
    for (const auto& positions : groupByHash(hashes, hashed, m_options.nearDuplicateDistance)) {
        std::set<size_t> exactGroups;
        bool allExact = true;
        for (size_t position : positions) {
            const auto found = exactGroupOf.find(index.images[position].relativePath);
            allExact &= found != exactGroupOf.end();
            if (found != exactGroupOf.end())
                exactGroups.insert(found->second);
        }
        if (allExact && exactGroups.size() == 1)
            continue;
        std::vector<int> distances;
        for (size_t position : positions)
            distances.push_back(hammingDistance(hashes[positions.front()], hashes[position]));
        reportGroup(index, positions, distances, false);
    }
}

void DatasetBuilder::checkClasses(DatasetIndex& index) {
    const size_t classes = index.classNames.size();
    std::array<std::vector<int>, kSplitCount> counts;
    for (auto& c : counts)
        c.assign(classes, 0);
    std::array<bool, kSplitCount> hasImages{};
    for (const auto& image : index.images) {
        hasImages[static_cast<int>(image.split)] = true;
        for (int label : image.labels)
            ++counts[static_cast<int>(image.split)][static_cast<size_t>(label)];
    }
    for (size_t c = 0; c < classes; ++c) {
        const std::string& name = index.classNames[c];
        const bool elsewhere = counts[1][c] > 0 || counts[2][c] > 0;
        if (counts[0][c] == 0 && elsewhere) {
            problem(ProblemKind::ClassMissingFromTrain, ProblemSeverity::Warning, "",
                    "class '" + name + "' has images in " + (counts[1][c] > 0 ? "valid" : "test") +
                        " but none in train: the model cannot learn it");
            continue;
        }
        for (int s = 0; s < kSplitCount; ++s) {
            const bool present = hasImages[s] || (s != 2 && m_splitPresent[s]);
            if (present && counts[s][c] == 0)
                problem(
                    ProblemKind::EmptyClass, ProblemSeverity::Warning, "",
                    "class '" + name + "' has no images in " + splitName(static_cast<Split>(s)));
        }
    }
}

}  // namespace faicls::data
