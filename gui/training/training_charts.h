#pragma once

#include <QWidget>

#include "faicls/run_log.h"
#include "faicls/trainer.h"

class QCustomPlot;
class QCPGraph;

namespace faicls::gui {

/// Live training curves: loss per iteration (raw and smoothed) with the validation loss per
/// epoch; F1, precision, recall and accuracy per epoch; the learning rate. Zoom and pan with
/// the mouse, legends, export as PNG or PDF.
class TrainingCharts : public QWidget {
    Q_OBJECT
public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    void clear();
    void addIterations(const std::vector<TrainingProgress>& steps);
    void addEpoch(const EpochResult& result, int64_t iterationsPerEpoch);
    /// Other runs' curves drawn over this one's, dashed: the smoothed training loss and the
    /// F1 per epoch of each (replacing those set before). Kept by clear().
    void setComparedRuns(const std::vector<std::pair<QString, RunLog>>& runs);
    /// Graphs drawn for compared runs (two per run), for tests.
    int comparedGraphCount() const { return static_cast<int>(m_comparedGraphs.size()); }
    /// Writes the three charts stacked into one file (.png or .pdf); false if it failed.
    bool exportTo(const QString& path);

    QCustomPlot* lossPlot() const { return m_lossPlot; }
    QCustomPlot* metricsPlot() const { return m_metricsPlot; }
    QCustomPlot* learningRatePlot() const { return m_ratePlot; }
    /// Data counts, for tests: iterations, smoothed points, epochs with validation.
    int iterationPoints() const;
    int epochPoints() const;

private:
    void replotAll();

    QCustomPlot* m_lossPlot = nullptr;
    QCustomPlot* m_metricsPlot = nullptr;
    QCustomPlot* m_ratePlot = nullptr;
    QCPGraph* m_rawLoss = nullptr;
    QCPGraph* m_smoothLoss = nullptr;
    QCPGraph* m_validLoss = nullptr;
    QCPGraph* m_trainEpochLoss = nullptr;
    QCPGraph* m_f1 = nullptr;
    QCPGraph* m_precision = nullptr;
    QCPGraph* m_recall = nullptr;
    QCPGraph* m_accuracy = nullptr;
    QCPGraph* m_rate = nullptr;
    std::vector<QCPGraph*> m_ownGraphs;
    std::vector<QCPGraph*> m_comparedGraphs;
    double m_smoothed = 0;
    bool m_haveSmoothed = false;
};

}  // namespace faicls::gui
