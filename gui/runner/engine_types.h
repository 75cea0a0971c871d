#pragma once

// The engine's value types as they travel in queued signals between the engine threads and the
// GUI thread. Qt 6 registers a signal's argument types itself; the declarations below let them
// sit in a QVariant too (QSignalSpy keeps arguments that way).

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "faicls/cross_validation.h"
#include "faicls/dataset.h"
#include "faicls/dataset_edits.h"
#include "faicls/evaluation.h"
#include "faicls/explanation.h"
#include "faicls/exporter.h"
#include "faicls/int8_variant.h"
#include "faicls/label_review.h"
#include "faicls/metrics.h"
#include "faicls/predictor.h"
#include "faicls/trainer.h"

namespace faicls::gui {

/// A scanned dataset and its figures, shared read-only between pages.
struct ScannedDataset {
    std::shared_ptr<const DatasetIndex> index;
    DatasetReport report;
};

/// What a prediction request gave: an outcome per picture found in the requested paths, and
/// the paths that do not exist.
struct PredictionResults {
    QString bundlePath;
    QStringList requestedPaths;
    QStringList missingPaths;
    std::vector<PredictionOutcome> outcomes;
    bool cancelled = false;  ///< stopped early: `outcomes` are the pictures done so far
    QString precision;       ///< what the network computed in ("float32", "bfloat16", "int8")
};

/// A Grad-CAM heat map of one class of one picture, for the model that made it.
struct ExplanationResult {
    QString bundlePath;
    QString imagePath;
    HeatMap map;
};

/// Likely label errors: the scores they come from (a picture's split in `splitOf`, by position)
/// and what confident learning found in them.
struct LabelReviewResult {
    QString bundlePath;  ///< the model whose scores they are ("" for cross-validated ones)
    QString datasetRoot;
    EvaluationDetails details;
    std::vector<Split> splitOf;
    LabelReview review;
};

}  // namespace faicls::gui

Q_DECLARE_METATYPE(faicls::TrainingProgress)
Q_DECLARE_METATYPE(std::vector<faicls::TrainingProgress>)
Q_DECLARE_METATYPE(faicls::EpochResult)
Q_DECLARE_METATYPE(faicls::TrainingSummary)
Q_DECLARE_METATYPE(faicls::gui::PredictionResults)
Q_DECLARE_METATYPE(faicls::ExportResult)
Q_DECLARE_METATYPE(faicls::Int8Candidate)
Q_DECLARE_METATYPE(faicls::EvaluationMetrics)
Q_DECLARE_METATYPE(faicls::EvaluationDetails)
Q_DECLARE_METATYPE(faicls::gui::ScannedDataset)
Q_DECLARE_METATYPE(faicls::gui::ExplanationResult)
Q_DECLARE_METATYPE(faicls::gui::LabelReviewResult)
Q_DECLARE_METATYPE(faicls::AppliedEdits)
