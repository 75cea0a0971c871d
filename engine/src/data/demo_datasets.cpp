#include "faicls/demo_datasets.h"

#include <zlib.h>

#include <array>
#include <filesystem>
#include <random>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls {
namespace fs = std::filesystem;

namespace {

constexpr int kClasses = 10;
constexpr int kSidePx = 28;

const char* const kClassNames[kClasses] = {"tshirt_top", "trouser",   "pullover", "dress",
                                           "coat",       "sandal",    "shirt",    "sneaker",
                                           "bag",        "ankle_boot"};

// An IDX file (big-endian header), read through zlib so that .gz and plain files both work.
std::vector<uint8_t> readIdx(const fs::path& path, uint32_t expectedMagic,
                             std::vector<uint32_t>& dims) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw EngineError(
            ErrorCode::FileNotFound,
            path.string() + ": cannot be opened (is dataset-fashion-mnist installed?)");
    auto readU32 = [&](uint32_t& value) {
        uint8_t b[4];
        if (gzread(file, b, 4) != 4)
            return false;
        value = static_cast<uint32_t>(b[0]) << 24 | static_cast<uint32_t>(b[1]) << 16 |
                static_cast<uint32_t>(b[2]) << 8 | b[3];
        return true;
    };
    uint32_t magic = 0;
    std::vector<uint8_t> data;
    bool ok = readU32(magic) && magic == expectedMagic;
    size_t count = 1;
    for (uint32_t d = 0; ok && d < (expectedMagic & 0xFF); ++d) {
        uint32_t dim = 0;
        ok = readU32(dim);
        dims.push_back(dim);
        count *= dim;
    }
    if (ok && count <= 100'000'000) {
        data.resize(count);
        ok = gzread(file, data.data(), static_cast<unsigned>(count)) == static_cast<int>(count);
    }
    gzclose(file);
    if (!ok)
        throw EngineError(ErrorCode::InvalidFile, path.string() + ": not a valid IDX file");
    return data;
}

fs::path sourceFile(const fs::path& folder, const std::string& stem) {
    const fs::path gz = folder / (stem + ".gz");
    return fs::exists(gz) ? gz : folder / stem;
}

struct IdxSet {
    std::vector<uint8_t> pixels;
    std::vector<uint8_t> labels;
    size_t count = 0;
    cv::Mat image(size_t i) const {
        return cv::Mat(kSidePx, kSidePx, CV_8UC1,
                       const_cast<uint8_t*>(pixels.data() + i * kSidePx * kSidePx))
            .clone();
    }
};

IdxSet readSet(const fs::path& folder, const std::string& prefix) {
    IdxSet set;
    std::vector<uint32_t> imageDims, labelDims;
    set.pixels = readIdx(sourceFile(folder, prefix + "-images-idx3-ubyte"), 0x00000803, imageDims);
    set.labels = readIdx(sourceFile(folder, prefix + "-labels-idx1-ubyte"), 0x00000801, labelDims);
    if (imageDims.size() != 3 || imageDims[1] != kSidePx || imageDims[2] != kSidePx ||
        labelDims[0] != imageDims[0])
        throw EngineError(ErrorCode::InvalidFile,
                          (folder / prefix).string() + ": image and label files disagree");
    set.count = imageDims[0];
    return set;
}

void writePng(const fs::path& path, const cv::Mat& image) {
    if (!cv::imwrite(path.string(), image))
        throw EngineError(ErrorCode::WriteFailed, path.string() + ": cannot be written");
}

// Image positions per class, in file order.
std::array<std::vector<size_t>, kClasses> byClass(const IdxSet& set) {
    std::array<std::vector<size_t>, kClasses> positions;
    for (size_t i = 0; i < set.count; ++i)
        if (set.labels[i] < kClasses)
            positions[set.labels[i]].push_back(i);
    return positions;
}

// Counts written pictures for the job's progress, and stops the build when it is cancelled.
class DemoProgress {
public:
    DemoProgress(JobHandle& job, const DemoOptions& options, const std::string& outFolder)
        : m_job(job),
          m_outFolder(outFolder),
          m_total(static_cast<int64_t>(kClasses) *
                      (options.trainPerClass + options.validPerClass + options.testPerClass) +
                  options.trainMosaics + options.validMosaics + options.testMosaics) {}
    void pictureWritten() {
        throwIfCancelled(m_job, m_outFolder);
        m_job.report("writing the demo datasets", ++m_done, m_total);
    }

private:
    JobHandle& m_job;
    std::string m_outFolder;
    int64_t m_total;
    int64_t m_done = 0;
};

void buildFolderDataset(const fs::path& out, const IdxSet& train, const IdxSet& test,
                        const DemoOptions& options, DemoProgress& progress) {
    const auto trainByClass = byClass(train);
    const auto testByClass = byClass(test);
    for (int c = 0; c < kClasses; ++c) {
        // valid comes from the training file right after the train images; test from t10k.
        const std::array<
            std::tuple<const char*, const IdxSet*, const std::vector<size_t>*, int, int>, 3>
            parts = {{
                {"train", &train, &trainByClass[c], 0, options.trainPerClass},
                {"valid", &train, &trainByClass[c], options.trainPerClass, options.validPerClass},
                {"test", &test, &testByClass[c], 0, options.testPerClass},
            }};
        for (const auto& [split, set, positions, first, count] : parts) {
            const fs::path folder = out / split / kClassNames[c];
            fs::create_directories(folder);
            for (int i = 0; i < count && first + i < static_cast<int>(positions->size()); ++i) {
                const size_t position = (*positions)[static_cast<size_t>(first + i)];
                char name[32];
                std::snprintf(name, sizeof name, "%05zu.png", position);
                writePng(folder / name, set->image(position));
                progress.pictureWritten();
            }
        }
    }
}

// Tight box of the garment's pixels inside its cell (Fashion-MNIST backgrounds are 0).
cv::Rect garmentBox(const cv::Mat& garment) {
    cv::Mat mask = garment > 16;
    const cv::Rect box = cv::boundingRect(mask);
    return box.area() > 0 ? box : cv::Rect(0, 0, kSidePx, kSidePx);
}

void buildMosaicDataset(const fs::path& out, const IdxSet& train, const IdxSet& test,
                        const DemoOptions& options, DemoProgress& progress) {
    std::mt19937 random(options.seed);
    nlohmann::json categories = nlohmann::json::array();
    // Like a Roboflow export: the dataset's name as placeholder category 0.
    categories.push_back({{"id", 0}, {"name", "fashion"}, {"supercategory", "none"}});
    for (int c = 0; c < kClasses; ++c)
        categories.push_back(
            {{"id", c + 1}, {"name", kClassNames[c]}, {"supercategory", "fashion"}});
    const std::array<std::tuple<const char*, const IdxSet*, int>, 3> splits = {{
        {"train", &train, options.trainMosaics},
        {"valid", &train, options.validMosaics},
        {"test", &test, options.testMosaics},
    }};
    // Valid mosaics draw from the second half of the training file, train mosaics from the first.
    for (const auto& [split, set, count] : splits) {
        const fs::path folder = out / split;
        fs::create_directories(folder);
        const bool secondHalf = std::string(split) == "valid";
        const size_t lo = secondHalf ? set->count / 2 : 0;
        const size_t hi = std::string(split) == "train" ? set->count / 2 : set->count;
        nlohmann::json coco = {
            {"info", {{"description", "Fashion-MNIST 2x2 mosaics (FAI-CLS Studio demo)"}}},
            {"images", nlohmann::json::array()},
            {"annotations", nlohmann::json::array()},
            {"categories", categories}};
        int annotationId = 0;
        for (int m = 0; m < count; ++m) {
            cv::Mat mosaic(2 * kSidePx, 2 * kSidePx, CV_8UC1, cv::Scalar(0));
            std::array<int, 4> cells = {0, 1, 2, 3};
            for (int i = 3; i > 0; --i)
                std::swap(cells[static_cast<size_t>(i)],
                          cells[random() % static_cast<unsigned>(i + 1)]);
            const int garments = 1 + static_cast<int>(random() % 4);
            char name[32];
            std::snprintf(name, sizeof name, "mosaic_%05d.png", m);
            coco["images"].push_back(
                {{"id", m}, {"file_name", name}, {"width", 2 * kSidePx}, {"height", 2 * kSidePx}});
            for (int g = 0; g < garments; ++g) {
                const size_t position = lo + random() % (hi - lo);
                const cv::Mat garment = set->image(position);
                const int x = (cells[static_cast<size_t>(g)] % 2) * kSidePx;
                const int y = (cells[static_cast<size_t>(g)] / 2) * kSidePx;
                garment.copyTo(mosaic(cv::Rect(x, y, kSidePx, kSidePx)));
                const cv::Rect box = garmentBox(garment);
                coco["annotations"].push_back(
                    {{"id", annotationId++},
                     {"image_id", m},
                     {"category_id", set->labels[position] + 1},
                     {"bbox", {x + box.x, y + box.y, box.width, box.height}},
                     {"area", box.area()},
                     {"iscrowd", 0}});
            }
            writePng(folder / name, mosaic);
            progress.pictureWritten();
        }
        io::writeFileAtomically((folder / "_annotations.coco.json").string(),
                                [&](std::ostream& stream) { stream << dumpJson(coco, 1); });
    }
}

}  // namespace

const char* const* fashionMnistClassNames() {
    return kClassNames;
}

DemoDatasets buildDemoDatasets(const std::string& outFolder, const DemoOptions& options,
                               JobHandle* job) {
    JobOrSilent handle(job);
    const fs::path source(options.sourceFolder);
    const IdxSet train = readSet(source, "train");
    const IdxSet test = readSet(source, "t10k");
    const fs::path out(outFolder);
    DemoDatasets result{(out / "fashion-mnist-folder").string(),
                        (out / "fashion-mnist-mosaics").string()};
    // A half-built demo would pass for a whole one later: whatever stops the build, the demo
    // folders go.
    const auto removeDemoFolders = [&] {
        std::error_code ignored;
        for (const auto& folder : {result.classificationFolder, result.roboflowCoco})
            fs::remove_all(folder, ignored);
    };
    DemoProgress progress(*handle, options, outFolder);
    try {
        removeDemoFolders();
        buildFolderDataset(result.classificationFolder, train, test, options, progress);
        buildMosaicDataset(result.roboflowCoco, train, test, options, progress);
    } catch (const fs::filesystem_error& error) {
        removeDemoFolders();
        throw EngineError(ErrorCode::WriteFailed,
                          outFolder + ": cannot write the demo datasets (" + error.what() + ")");
    } catch (...) {
        removeDemoFolders();
        throw;
    }
    return result;
}

}  // namespace faicls
