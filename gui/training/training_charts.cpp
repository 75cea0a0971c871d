#include "training/training_charts.h"

#include <QPainter>
#include <QPdfWriter>
#include <QVBoxLayout>
#include "common/custom_plot.h"
#include "common/retranslator.h"

namespace faicls::gui {

namespace {

QCustomPlot* makePlot(QWidget* parent, const QString& name, bool withLegend = true) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
    if (withLegend) {
        // Above the plot, in one row: inside it, the legend covered the newest points.
        plot->legend->setVisible(true);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
        plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setBrush(Qt::NoBrush);
        plot->legend->setMargins(QMargins(4, 2, 4, 0));
    }
    plot->setMinimumHeight(150);
    plot->setNoAntialiasingOnDrag(true);
    return plot;
}

QCPGraph* addGraph(QCustomPlot* plot, const QColor& colour, double width, bool markers = false) {
    QCPGraph* graph = plot->addGraph();
    graph->setPen(QPen(colour, width));
    if (markers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    return graph;
}

}  // namespace

TrainingCharts::TrainingCharts(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lossPlot = makePlot(this, QStringLiteral("lossPlot"));
    m_metricsPlot = makePlot(this, QStringLiteral("metricsPlot"));
    m_ratePlot = makePlot(this, QStringLiteral("learningRatePlot"), false);
    layout->addWidget(m_lossPlot, 3);
    layout->addWidget(m_metricsPlot, 3);
    layout->addWidget(m_ratePlot, 2);

    m_rawLoss = addGraph(m_lossPlot, QColor(46, 134, 193, 90), 1);
    m_smoothLoss = addGraph(m_lossPlot, QColor(21, 67, 96), 2);
    m_validLoss = addGraph(m_lossPlot, QColor(211, 84, 0), 2, true);
    m_trainEpochLoss = addGraph(m_lossPlot, QColor(39, 174, 96), 2, true);
    m_f1 = addGraph(m_metricsPlot, QColor(142, 68, 173), 2.5, true);
    m_precision = addGraph(m_metricsPlot, QColor(41, 128, 185), 1.5, true);
    m_recall = addGraph(m_metricsPlot, QColor(230, 126, 34), 1.5, true);
    m_accuracy = addGraph(m_metricsPlot, QColor(39, 174, 96), 1.5, true);
    m_rate = addGraph(m_ratePlot, QColor(52, 73, 94), 1.5);
    m_ownGraphs = {m_rawLoss, m_smoothLoss, m_validLoss, m_trainEpochLoss, m_f1, m_precision,
                   m_recall,  m_accuracy,   m_rate};
    auto* texts = new Retranslator(this);
    texts->add([this] {
        m_lossPlot->xAxis->setLabel(tr("iteration"));
        m_lossPlot->yAxis->setLabel(tr("loss"));
        m_metricsPlot->xAxis->setLabel(tr("epoch"));
        m_metricsPlot->yAxis->setLabel(tr("percent"));
        m_ratePlot->xAxis->setLabel(tr("iteration"));
        m_ratePlot->yAxis->setLabel(tr("learning rate"));
        m_rawLoss->setName(tr("training loss"));
        m_smoothLoss->setName(tr("training loss (smoothed)"));
        m_validLoss->setName(tr("validation loss"));
        m_trainEpochLoss->setName(tr("training loss per epoch"));
        m_f1->setName(tr("F1"));
        m_precision->setName(tr("precision"));
        m_recall->setName(tr("recall"));
        m_accuracy->setName(tr("accuracy"));
        m_rate->setName(tr("learning rate (head)"));
        replotAll();
    });
    m_ratePlot->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_metricsPlot->yAxis->setRange(0, 100);
    clear();
}

void TrainingCharts::clear() {
    for (QCPGraph* graph : m_ownGraphs)
        graph->data()->clear();
    m_haveSmoothed = false;
    m_lossPlot->xAxis->setRange(0, 10);
    m_lossPlot->yAxis->setRange(0, 1);
    m_metricsPlot->xAxis->setRange(0.5, 5.5);
    m_ratePlot->xAxis->setRange(0, 10);
    replotAll();
}

void TrainingCharts::addIterations(const std::vector<TrainingProgress>& steps) {
    for (const auto& step : steps) {
        const double x = static_cast<double>(step.iteration);
        m_rawLoss->addData(x, step.loss);
        // Exponential moving average, as TensorBoard's smoothing (0.9).
        m_smoothed = m_haveSmoothed ? 0.9 * m_smoothed + 0.1 * step.loss : step.loss;
        m_haveSmoothed = true;
        m_smoothLoss->addData(x, m_smoothed);
        m_rate->addData(x, step.learningRate);
    }
    if (!steps.empty()) {
        m_lossPlot->rescaleAxes();
        m_lossPlot->yAxis->setRangeLower(0);
        m_ratePlot->rescaleAxes();
        m_ratePlot->yAxis->setRangeLower(0);
    }
    replotAll();
}

void TrainingCharts::addEpoch(const EpochResult& result, int64_t iterationsPerEpoch) {
    const double endIteration = static_cast<double>(result.epoch * iterationsPerEpoch);
    m_trainEpochLoss->addData(endIteration, result.trainLoss);
    if (result.evaluated) {
        m_validLoss->addData(endIteration, result.validLoss);
        const EvaluationMetrics& m = result.metrics;
        m_f1->addData(result.epoch, m.f1);
        m_precision->addData(result.epoch, m.precision);
        m_recall->addData(result.epoch, m.recall);
        if (!m.multiLabel)
            m_accuracy->addData(result.epoch, m.accuracy);
        m_metricsPlot->xAxis->setRange(0.5, std::max(5.5, result.epoch + 0.5));
    }
    m_lossPlot->rescaleAxes();
    m_lossPlot->yAxis->setRangeLower(0);
    replotAll();
}

void TrainingCharts::setComparedRuns(const std::vector<std::pair<QString, RunLog>>& runs) {
    for (QCPGraph* graph : m_comparedGraphs)
        graph->parentPlot()->removeGraph(graph);
    m_comparedGraphs.clear();
    // Distinct from the current run's colours; cycled for many runs.
    static const QColor kColours[] = {QColor(199, 0, 116), QColor(127, 96, 0),
                                      QColor(90, 90, 90),  QColor(0, 150, 199),
                                      QColor(230, 60, 60), QColor(110, 60, 170)};
    size_t next = 0;
    for (const auto& [name, log] : runs) {
        QPen pen(kColours[next++ % std::size(kColours)], 1.8, Qt::DashLine);
        QCPGraph* loss = m_lossPlot->addGraph();
        loss->setPen(pen);
        loss->setName(tr("%1 (smoothed loss)").arg(name));
        double smoothed = 0;
        bool first = true;
        for (const LoggedIteration& step : log.iterations) {
            smoothed = first ? step.loss : 0.9 * smoothed + 0.1 * step.loss;
            first = false;
            loss->addData(static_cast<double>(step.iteration), smoothed);
        }
        QCPGraph* f1 = m_metricsPlot->addGraph();
        f1->setPen(pen);
        f1->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 6));
        f1->setName(tr("%1: F1").arg(name));
        int lastEpoch = 0;
        for (const LoggedEvaluation& evaluation : log.evaluations) {
            f1->addData(evaluation.epoch, evaluation.metrics.f1);
            lastEpoch = std::max(lastEpoch, evaluation.epoch);
        }
        m_comparedGraphs.push_back(loss);
        m_comparedGraphs.push_back(f1);
        if (lastEpoch + 0.5 > m_metricsPlot->xAxis->range().upper)
            m_metricsPlot->xAxis->setRangeUpper(lastEpoch + 0.5);
    }
    m_lossPlot->rescaleAxes();
    m_lossPlot->yAxis->setRangeLower(0);
    m_metricsPlot->yAxis->setRange(0, 100);
    replotAll();
}

void TrainingCharts::replotAll() {
    for (QCustomPlot* plot : {m_lossPlot, m_metricsPlot, m_ratePlot})
        plot->replot(QCustomPlot::rpQueuedReplot);
}

int TrainingCharts::iterationPoints() const {
    return m_rawLoss->dataCount();
}

int TrainingCharts::epochPoints() const {
    return m_f1->dataCount();
}

bool TrainingCharts::exportTo(const QString& path) {
    const int width = 900, height = 300;
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    QList<QCustomPlot*> plots = {m_lossPlot, m_metricsPlot, m_ratePlot};
    if (pdf) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QSizeF(width, height * 3), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        if (!painter.isActive())
            return false;
        for (int i = 0; i < plots.size(); ++i)
            painter.drawPixmap(0, i * height, plots[i]->toPixmap(width, height));
        return true;
    }
    QImage image(width, height * 3, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < plots.size(); ++i)
        painter.drawPixmap(0, i * height, plots[i]->toPixmap(width, height));
    painter.end();
    return image.save(path);
}

}  // namespace faicls::gui
