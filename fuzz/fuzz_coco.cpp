// A Roboflow COCO annotation file, scanned as a dataset: every problem is a reported problem
// (or an EngineError), never a crash, an escape from the dataset folder or a foreign exception.

#include <opencv2/imgcodecs.hpp>

#include "faicls/dataset.h"
#include "faicls/engine_error.h"
#include "fuzz_support.h"

namespace {

// A dataset folder with two small pictures beside the annotation file.
const std::filesystem::path& datasetRoot() {
    static const std::filesystem::path root = [] {
        const auto folder = faicls::fuzz::scratchFolder() / "coco";
        std::filesystem::create_directories(folder / "train");
        const cv::Mat picture(16, 24, CV_8UC3, cv::Scalar(40, 120, 200));
        cv::imwrite((folder / "train" / "a.jpg").string(), picture);
        cv::imwrite((folder / "train" / "b.png").string(), picture);
        return folder;
    }();
    return root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto& root = datasetRoot();
    faicls::fuzz::writeInput(data, size, "_annotations.coco.json", root / "train");
    try {
        faicls::ScanOptions options;
        options.threads = 1;  // no thread start per input
        const faicls::DatasetIndex index = faicls::scanDataset(root.string(), options);
        for (const auto& image : index.images) {
            const auto relative = std::filesystem::path(image.relativePath);
            if (relative.is_absolute() || *relative.begin() == "..")
                __builtin_trap();  // a file_name climbed out of the dataset
            for (const int label : image.labels)
                if (label < 0 || label >= static_cast<int>(index.classNames.size()))
                    __builtin_trap();
        }
    } catch (const faicls::EngineError&) {
    }
    return 0;
}
