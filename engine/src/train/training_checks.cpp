#include "faicls/training_checks.h"

namespace faicls {
namespace {

constexpr size_t kFewImages = 5;  // below this a class is hardly learnt, or measured

}  // namespace

std::vector<TrainingCheck> checkDatasetForTraining(const DatasetIndex& index) {
    std::vector<TrainingCheck> checks;
    const size_t classes = index.classNames.size();
    std::vector<size_t> trainImages(classes, 0);
    size_t train = 0;
    size_t valid = 0;
    for (const auto& image : index.images) {
        if (image.split == Split::Train) {
            ++train;
            for (const int label : image.labels)
                ++trainImages[static_cast<size_t>(label)];
        } else if (image.split == Split::Valid) {
            ++valid;
        }
    }
    if (!index.multiLabel && classes < 2)
        checks.push_back({true, "the dataset has " + std::to_string(classes) +
                                    " class; a classifier needs at least two (a folder per "
                                    "class)"});
    if (train == 0)
        checks.push_back({true, "there are no training images"});
    if (valid == 0)
        checks.push_back(
            {true, index.validDrawnFromTrain
                       ? "no validation images: the classes are too small to set some aside "
                         "(each needs at least 2 images); add images or a valid/ split"
                       : "no validation images: add a valid/ split, so the training can be "
                         "measured and its best epoch kept"});
    for (size_t c = 0; c < classes && train > 0; ++c) {
        if (trainImages[c] == 0)
            checks.push_back({true, "class '" + index.classNames[c] +
                                        "' has no training images; add some or remove it"});
        else if (trainImages[c] < kFewImages)
            checks.push_back({false, "class '" + index.classNames[c] + "' has only " +
                                         std::to_string(trainImages[c]) +
                                         " training image(s); it will hardly be learnt"});
    }
    size_t crossing = 0;
    for (const auto& group : index.duplicates)
        crossing += group.crossesSplits;
    if (crossing > 0)
        checks.push_back({false, std::to_string(crossing) +
                                     " picture(s) appear in more than one split (same bytes): "
                                     "validation figures will look better than they are"});
    size_t similar = 0;
    for (const auto& group : index.nearDuplicates)
        similar += group.crossesSplits;
    if (similar > 0)
        checks.push_back({false, std::to_string(similar) +
                                     " picture(s) appear in more than one split as resized or "
                                     "re-encoded copies: validation figures will look better "
                                     "than they are"});
    return checks;
}

std::string blockingProblems(const std::vector<TrainingCheck>& checks) {
    std::string text;
    for (const auto& check : checks)
        if (check.blocking)
            text += (text.empty() ? "" : "\n") + check.message;
    return text;
}

}  // namespace faicls
