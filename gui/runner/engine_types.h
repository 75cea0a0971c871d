#pragma once

// The engine's value types, made known to Qt's meta-type system so that they can travel in
// queued signals between the engine threads and the GUI thread.

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "faicls/dataset.h"
#include "faicls/exporter.h"
#include "faicls/metrics.h"
#include "faicls/predictor.h"
#include "faicls/trainer.h"

namespace faicls::gui {

/// A scanned dataset and its figures, shared read-only between pages.
struct ScannedDataset {
    std::shared_ptr<const DatasetIndex> index;
    DatasetReport report;
};

/// An error that stopped a job, in plain words, with the file concerned when there is one.
struct JobError {
    QString message;
};

}  // namespace faicls::gui

Q_DECLARE_METATYPE(faicls::TrainingProgress)
Q_DECLARE_METATYPE(std::vector<faicls::TrainingProgress>)
Q_DECLARE_METATYPE(faicls::EpochResult)
Q_DECLARE_METATYPE(faicls::TrainingSummary)
Q_DECLARE_METATYPE(faicls::TrainingRequest)
Q_DECLARE_METATYPE(faicls::PredictOptions)
Q_DECLARE_METATYPE(std::vector<faicls::PredictionOutcome>)
Q_DECLARE_METATYPE(faicls::ExportResult)
Q_DECLARE_METATYPE(faicls::EvaluationMetrics)
Q_DECLARE_METATYPE(faicls::EvaluationDetails)
Q_DECLARE_METATYPE(faicls::gui::ScannedDataset)
