#include "dataset/dataset_names.h"

namespace faicls::gui {

QString DatasetNames::layout(DatasetLayout layout) {
    switch (layout) {
        case DatasetLayout::ClassificationFolder:
            return tr("a folder per class");
        case DatasetLayout::RoboflowCoco:
            return tr("Roboflow COCO export");
        case DatasetLayout::Coco:
            return tr("COCO annotations");
    }
    return QString::fromUtf8(layoutName(layout));
}

QString DatasetNames::problemKind(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::NoLayout:
            return tr("not a dataset");
        case ProblemKind::MalformedJson:
            return tr("malformed JSON");
        case ProblemKind::InvalidAnnotations:
            return tr("invalid annotations");
        case ProblemKind::MissingFile:
            return tr("missing file");
        case ProblemKind::EmptyFile:
            return tr("empty file");
        case ProblemKind::UnreadableImage:
            return tr("unreadable image");
        case ProblemKind::TruncatedImage:
            return tr("truncated image");
        case ProblemKind::ImageTooLarge:
            return tr("image too large");
        case ProblemKind::OutsideRoot:
            return tr("outside the dataset");
        case ProblemKind::UnknownCategory:
            return tr("unknown category");
        case ProblemKind::PlaceholderCategory:
            return tr("placeholder category");
        case ProblemKind::CrowdAnnotation:
            return tr("crowd annotation");
        case ProblemKind::UnannotatedImage:
            return tr("unannotated image");
        case ProblemKind::EmptyClass:
            return tr("empty class");
        case ProblemKind::ClassMissingFromTrain:
            return tr("class missing from train");
        case ProblemKind::MissingSplit:
            return tr("missing split");
        case ProblemKind::DuplicateImage:
            return tr("duplicate image");
        case ProblemKind::ConvertedImage:
            return tr("converted image");
        case ProblemKind::ExifOrientation:
            return tr("EXIF rotation");
        case ProblemKind::IgnoredFile:
            return tr("ignored file");
        case ProblemKind::NearDuplicate:
            return tr("near-duplicate");
    }
    return QString::fromUtf8(problemKindName(kind));
}

}  // namespace faicls::gui
