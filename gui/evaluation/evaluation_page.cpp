#include "evaluation/evaluation_page.h"

#include <cmath>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include "common/custom_plot.h"
#include "common/image_viewer.h"

#include "common/model_picker.h"
#include "common/picture_icon.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "faicls/cpu_features.h"
#include "faicls/evaluation_review.h"
#include "runner/engine_controller.h"

namespace faicls::gui {

namespace {

// White for none of a true class, deep blue for all of it.
QCPColorGradient confusionGradient() {
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(255, 255, 255));
    gradient.setColorStopAt(0.5, QColor(107, 174, 214));
    gradient.setColorStopAt(1, QColor(8, 48, 107));
    return gradient;
}

// A mistake's item: the class whose heat map explains it.
constexpr int kExplainedClassRole = Qt::UserRole + 1;

// The wrong class the model chose, else the true one it missed (multi-label).
int explainedClass(const Mistake& mistake) {
    if (!mistake.extra.empty())
        return mistake.extra.front();
    if (!mistake.missed.empty())
        return mistake.missed.front();
    return mistake.predicted.empty() ? -1 : mistake.predicted.front();
}

QTableWidgetItem* numberItem(double value, int decimals = 2) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, QString::number(value, 'f', decimals).toDouble());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

EvaluationPage::EvaluationPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    Retranslator* texts = m_texts;
    auto* layout = new QVBoxLayout(this);
    buildTopRow(layout);
    m_summary =
        texts->text(new QLabel(this), [] { return tr("Evaluate a model on the open dataset."); });
    m_summary->setObjectName(QStringLiteral("evaluationSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    buildThresholdRow(layout);
    buildTables(layout);
    buildMistakesGallery(layout);
    connect(m_threshold, &QSlider::valueChanged, this,
            [this](int value) { setThreshold(value / 100.0); });

    connectModelPicker(m_model);
    connect(m_run, &QPushButton::clicked, this, &EvaluationPage::evaluate);
    connect(m_session, &Session::modelBundleChanged, this, &EvaluationPage::setModel);
    connect(m_session, &Session::datasetChanged, this, &EvaluationPage::clearResults);
    connect(m_engine->taskWorker(), &EngineWorker::evaluationFinished, this,
            &EvaluationPage::showDetails);
    connect(m_engine->taskWorker(), &EngineWorker::evaluationFailed, this,
            [this](const QString& message) {
                m_run->setEnabled(true);
                m_summary->setText(tr("Evaluation failed: %1").arg(message));
                Q_EMIT errorOccurred(message);
            });
}

void EvaluationPage::buildTopRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* top = new QHBoxLayout;
    m_model = new ModelPicker(QStringLiteral("evaluationModelEdit"), this);
    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("evaluationSplitCombo"));
    m_split->addItem(QString(), static_cast<int>(Split::Valid));
    m_split->addItem(QString(), static_cast<int>(Split::Test));
    m_split->addItem(QString(), static_cast<int>(Split::Train));
    texts->add([this] {
        m_split->setItemText(0, tr("valid"));
        m_split->setItemText(1, tr("test"));
        m_split->setItemText(2, tr("train"));
    });
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("evaluationPrecisionCombo"));
    m_precision->addItem(QString(), QStringLiteral("float32"));
    m_precision->addItem(QString(), QStringLiteral("int8"));
    m_precision->addItem(QString(), QStringLiteral("bfloat16"));
    texts->add([this] {
        m_precision->setItemText(0, tr("float32 (the network)"));
        m_precision->setItemText(1, tr("int8 (the model's int8 variant)"));
        m_precision->setItemText(2, cpuFeatures().nativeBf16()
                                        ? tr("bfloat16")
                                        : tr("bfloat16 (emulated on this processor: slow)"));
    });
    m_run = texts->text(new QPushButton(this), [] { return tr("Evaluate"); });
    m_run->setObjectName(QStringLiteral("evaluateButton"));
    top->addWidget(texts->text(new QLabel(this), [] { return tr("Model:"); }));
    top->addWidget(m_model, 1);
    top->addWidget(texts->text(new QLabel(this), [] { return tr("Split:"); }));
    top->addWidget(m_split);
    top->addWidget(texts->text(new QLabel(this), [] { return tr("Computed in:"); }));
    top->addWidget(m_precision);
    top->addWidget(m_run);
    layout->addLayout(top);
}

// The decision threshold of a multi-label model, live.
void EvaluationPage::buildThresholdRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    m_thresholdRow = new QWidget(this);
    auto* thresholdLayout = new QHBoxLayout(m_thresholdRow);
    thresholdLayout->setContentsMargins(0, 0, 0, 0);
    m_threshold = new QSlider(Qt::Horizontal, m_thresholdRow);
    m_threshold->setObjectName(QStringLiteral("thresholdSlider"));
    m_threshold->setRange(1, 99);
    m_threshold->setValue(50);
    m_thresholdValue = new QLabel(m_thresholdRow);
    thresholdLayout->addWidget(
        texts->text(new QLabel(m_thresholdRow), [] { return tr("Decision threshold:"); }));
    thresholdLayout->addWidget(m_threshold, 1);
    thresholdLayout->addWidget(m_thresholdValue);
    m_thresholdRow->hide();  // multi-label models only
    layout->addWidget(m_thresholdRow);
}

// Per-class figures beside the confusion matrix.
void EvaluationPage::buildTables(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* splitter = new QSplitter(this);
    m_tablesSplitter = splitter;
    m_table = new QTableWidget(0, 7, splitter);
    m_table->setObjectName(QStringLiteral("classMetricsTable"));
    texts->add([this] {
        m_table->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"),
                                            tr("Positives"), tr("AP"), tr("Best threshold")});
        // Figures already shown are written again in the new language.
        if (!m_details.classNames.empty()) {
            const int threshold = m_threshold->value();
            showMetrics(m_details.metrics.multiLabel
                            ? metricsAtThreshold(m_details, threshold / 100.0)
                            : m_details.metrics);
            showMistakes(threshold / 100.0);
        }
    });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confusion = new QCustomPlot(splitter);
    m_confusion->setObjectName(QStringLiteral("confusionPlot"));
    m_confusion->setMinimumSize(320, 280);
    // The colour scale beside the matrix says what a shade means.
    m_confusionScale = new QCPColorScale(m_confusion);
    m_confusion->plotLayout()->addElement(0, 1, m_confusionScale);
    m_confusionScale->setDataRange(QCPRange(0, 100));
    m_confusionScale->setGradient(confusionGradient());
    texts->add([this] { m_confusionScale->axis()->setLabel(tr("% of the true class")); });
    auto* margins = new QCPMarginGroup(m_confusion);
    m_confusion->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_confusionScale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_precisionRecall = new QCustomPlot(splitter);
    m_precisionRecall->setObjectName(QStringLiteral("precisionRecallPlot"));
    m_precisionRecall->setMinimumSize(320, 280);
    // The legend below the plot, two entries a row: inside, it covered the curves.
    m_precisionRecall->legend->setVisible(true);
    m_precisionRecall->plotLayout()->addElement(1, 0, m_precisionRecall->legend);
    m_precisionRecall->plotLayout()->setRowStretchFactor(1, 0.001);
    m_precisionRecall->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_precisionRecall->legend->setWrap(2);
    m_precisionRecall->legend->setBorderPen(Qt::NoPen);
    m_precisionRecall->legend->setBrush(Qt::NoBrush);
    m_precisionRecall->xAxis->setRange(0, 101);
    m_precisionRecall->yAxis->setRange(0, 101);
    texts->add([this] {
        m_precisionRecall->xAxis->setLabel(tr("recall (%)"));
        m_precisionRecall->yAxis->setLabel(tr("precision (%) — dots: the current threshold"));
        if (!m_details.classNames.empty() && m_details.metrics.multiLabel)
            fillPrecisionRecall(m_details);
    });
    m_precisionRecall->hide();
    splitter->addWidget(m_table);
    splitter->addWidget(m_confusion);
    splitter->addWidget(m_precisionRecall);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_table->verticalHeader()->hide();
    layout->addWidget(splitter, 3);
}

void EvaluationPage::buildMistakesGallery(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    layout->addWidget(texts->text(new QLabel(this), [] {
        return tr("Most confident mistakes (double-click to open, with where the model looked)");
    }));
    m_mistakes = new QListWidget(this);
    m_mistakes->setObjectName(QStringLiteral("mistakesGallery"));
    m_mistakes->setViewMode(QListView::IconMode);
    m_mistakes->setIconSize(QSize(64, 64));
    m_mistakes->setGridSize(QSize(150, 112));
    m_mistakes->setMovement(QListView::Static);
    m_mistakes->setResizeMode(QListView::Adjust);
    m_mistakes->setWordWrap(true);
    m_mistakes->setMinimumHeight(124);
    layout->addWidget(m_mistakes, 1);
    connect(m_mistakes, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        // The heat map of the class the model wrongly chose: what made it say so.
        ImageViewer::open(this, item->data(Qt::UserRole).toString(),
                          item->text().replace(QLatin1Char('\n'), QStringLiteral(" · ")),
                          {m_engine, m_evaluatedModel, item->data(kExplainedClassRole).toInt()});
    });
}

void EvaluationPage::setModel(const QString& bundlePath) {
    if (bundlePath != m_evaluatedModel)
        clearResults();  // another model's figures must not stand under this one's name
    m_model->setPath(bundlePath);
}

void EvaluationPage::clearResults() {
    m_details = EvaluationDetails{};
    m_evaluatedModel.clear();
    m_summary->setText(tr("Evaluate a model on the open dataset."));
    m_thresholdRow->setVisible(false);
    m_table->setRowCount(0);
    m_confusion->clearPlottables();
    m_confusion->clearItems();
    m_confusion->replot();
    m_precisionRecall->clearGraphs();
    m_operatingPoints.clear();
    m_precisionRecall->hide();
    m_mistakes->clear();
    m_mistakeIcons.clear();
}

void EvaluationPage::evaluate() {
    if (!m_session->hasDataset() || m_model->path().isEmpty()) {
        Q_EMIT errorOccurred(tr("Open a dataset and choose a model first."));
        return;
    }
    m_run->setEnabled(false);
    m_evaluating = m_model->path();
    m_summary->setText(tr("Evaluating…"));
    m_engine->evaluate(m_model->path(), QString::fromStdString(m_session->dataset().index->root),
                       static_cast<Split>(m_split->currentData().toInt()),
                       m_precision->currentData().toString());
}

void EvaluationPage::showDetails(const EvaluationDetails& details) {
    m_run->setEnabled(true);
    if (m_evaluating != m_model->path()) {
        clearResults();  // the model changed while it was evaluated: the result is not its own
        return;
    }
    m_evaluatedModel = m_evaluating;
    m_details = details;
    m_mistakeIcons.clear();
    m_thresholdRow->setVisible(details.metrics.multiLabel);
    m_threshold->blockSignals(true);
    m_threshold->setValue(static_cast<int>(std::lround(details.metrics.threshold * 100)));
    m_threshold->blockSignals(false);
    m_thresholdValue->setText(QString::number(details.metrics.threshold, 'f', 2));
    fillPrecisionRecall(details);
    showMetrics(details.metrics);
    showMistakes(details.metrics.threshold);
    Q_EMIT evaluated();
}

void EvaluationPage::setThreshold(double threshold) {
    if (!m_details.metrics.multiLabel)
        return;
    m_threshold->blockSignals(true);
    m_threshold->setValue(static_cast<int>(std::lround(threshold * 100)));
    m_threshold->blockSignals(false);
    m_thresholdValue->setText(QString::number(threshold, 'f', 2));
    showMetrics(metricsAtThreshold(m_details, threshold));
    showMistakes(threshold);
}

void EvaluationPage::showMistakes(double threshold) {
    m_mistakes->clear();
    auto names = [&](const std::vector<int>& ids) {
        QStringList list;
        for (int id : ids)
            list << QString::fromStdString(m_details.classNames.at(static_cast<size_t>(id)));
        return list.isEmpty() ? tr("nothing") : list.join(QStringLiteral(", "));
    };
    for (const Mistake& m : worstMistakes(m_details, threshold, 60)) {
        const ImageScores& image = m_details.images[m.image];
        auto* item = new QListWidgetItem(m_mistakes);
        item->setText(tr("%1 (%2%)\ntrue: %3")
                          .arg(names(m.predicted))
                          .arg(m.confidence * 100, 0, 'f', 0)
                          .arg(names(image.labels)));
        item->setToolTip(QString::fromStdString(image.relativePath));
        item->setData(Qt::UserRole, QString::fromStdString(image.path));
        item->setData(kExplainedClassRole, explainedClass(m));
        const QString path = QString::fromStdString(image.path);
        auto icon = m_mistakeIcons.find(path);
        if (icon == m_mistakeIcons.end())
            icon = m_mistakeIcons.insert(path, pictureIcon(path));
        item->setIcon(*icon);
    }
}

void EvaluationPage::fillPrecisionRecall(const EvaluationDetails& details) {
    m_precisionRecall->clearGraphs();
    m_operatingPoints.clear();
    const bool multiLabel = details.metrics.multiLabel;
    m_precisionRecall->setVisible(multiLabel);
    // The curves take the room the confusion matrix has for single-label.
    const int width = std::max(600, m_tablesSplitter->width());
    m_tablesSplitter->setSizes(multiLabel ? QList<int>{width * 2 / 5, 0, width * 3 / 5}
                                          : QList<int>{width * 2 / 5, width * 3 / 5, 0});
    if (!multiLabel)
        return;
    for (size_t c = 0; c < details.classNames.size(); ++c) {
        const QColor colour = QColor::fromHsvF(std::fmod(0.6 + 0.618034 * c, 1.0), 0.75, 0.8);
        QCPGraph* curve = m_precisionRecall->addGraph();
        curve->setPen(QPen(colour, 1.6));
        const double ap =
            c < details.metrics.classes.size() ? details.metrics.classes[c].averagePrecision : 0;
        curve->setName(
            tr("%1 (AP %2)").arg(QString::fromStdString(details.classNames[c])).arg(ap, 0, 'f', 1));
        QVector<double> recall, precision;
        for (const PrecisionRecallPoint& point :
             precisionRecallCurve(details, static_cast<int>(c))) {
            recall << point.recall;
            precision << point.precision;
        }
        curve->setData(recall, precision, true);
        QCPGraph* dot = m_precisionRecall->addGraph();
        dot->setLineStyle(QCPGraph::lsNone);
        dot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 8));
        dot->removeFromLegend();
        m_operatingPoints.push_back(dot);
    }
    m_precisionRecall->replot(QCustomPlot::rpQueuedReplot);
}

void EvaluationPage::showMetrics(const EvaluationMetrics& m) {
    QString summary = tr("<b>F1 %1</b> · precision %2 · recall %3 · %n image(s)", nullptr,
                         static_cast<int>(m.images))
                          .arg(m.f1, 0, 'f', 2)
                          .arg(m.precision, 0, 'f', 2)
                          .arg(m.recall, 0, 'f', 2);
    if (m.multiLabel)
        summary += tr(" · micro-F1 %1 · mAP %2 · threshold %3 (best %4 gives F1 %5)")
                       .arg(m.microF1, 0, 'f', 2)
                       .arg(m.meanAveragePrecision, 0, 'f', 2)
                       .arg(m.threshold, 0, 'f', 2)
                       .arg(m.bestThreshold, 0, 'f', 2)
                       .arg(m.f1AtBestThreshold, 0, 'f', 2);
    else
        summary += tr(" · accuracy %1 · top-5 %2")
                       .arg(m.accuracy, 0, 'f', 2)
                       .arg(m.top5Accuracy, 0, 'f', 2);
    // Macro F1 can hide a class the model barely finds: the mean recall and the weakest class.
    const ClassMetrics* weakest = nullptr;
    double recallSum = 0;
    int counted = 0;
    for (const ClassMetrics& c : m.classes) {
        if (c.positives == 0)
            continue;
        recallSum += c.recall;
        ++counted;
        if (!weakest || c.f1 < weakest->f1)
            weakest = &c;
    }
    if (weakest)
        summary += QStringLiteral("<br>") +
                   tr("balanced accuracy %1 · weakest class: <b>%2</b>, F1 %3, recall %4")
                       .arg(recallSum / counted, 0, 'f', 2)
                       .arg(QString::fromStdString(weakest->name).toHtmlEscaped())
                       .arg(weakest->f1, 0, 'f', 2)
                       .arg(weakest->recall, 0, 'f', 2);
    if (m_details.precision != "float32")
        summary += QStringLiteral("<br>") + tr("Computed in %1, as prediction computes it.")
                                                .arg(QString::fromStdString(m_details.precision));
    m_summary->setText(summary);

    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m.classes.size()));
    for (int row = 0; row < static_cast<int>(m.classes.size()); ++row) {
        const ClassMetrics& c = m.classes[static_cast<size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(c.name)));
        m_table->setItem(row, 1, numberItem(c.precision));
        m_table->setItem(row, 2, numberItem(c.recall));
        m_table->setItem(row, 3, numberItem(c.f1));
        m_table->setItem(row, 4, numberItem(static_cast<double>(c.positives), 0));
        m_table->setItem(row, 5, numberItem(c.averagePrecision));
        m_table->setItem(row, 6, numberItem(c.bestThreshold));
    }
    m_table->setColumnHidden(5, !m.multiLabel);
    m_table->setColumnHidden(6, !m.multiLabel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);

    if (m.multiLabel && m_operatingPoints.size() == m.classes.size()) {
        for (size_t c = 0; c < m.classes.size(); ++c) {
            m_operatingPoints[c]->data()->clear();
            if (m.classes[c].positives > 0)
                m_operatingPoints[c]->addData(m.classes[c].recall, m.classes[c].precision);
        }
        m_precisionRecall->replot(QCustomPlot::rpQueuedReplot);
    }

    // Confusion matrix: rows true class, columns predicted, normalised per true class.
    m_confusion->clearPlottables();
    m_confusion->clearItems();
    m_confusion->setVisible(!m.multiLabel && !m.confusion.empty());
    if (!m.multiLabel && !m.confusion.empty()) {
        const int k = static_cast<int>(m.confusion.size());
        auto* map = new QCPColorMap(m_confusion->xAxis, m_confusion->yAxis);
        map->data()->setSize(k, k);
        map->data()->setRange(QCPRange(0, k - 1), QCPRange(0, k - 1));
        for (int t = 0; t < k; ++t) {
            int64_t rowTotal = 0;
            for (int64_t v : m.confusion[static_cast<size_t>(t)])
                rowTotal += v;
            for (int p = 0; p < k; ++p)
                map->data()->setCell(
                    p, k - 1 - t,
                    rowTotal > 0
                        ? 100.0 *
                              static_cast<double>(
                                  m.confusion[static_cast<size_t>(t)][static_cast<size_t>(p)]) /
                              static_cast<double>(rowTotal)
                        : 0.0);
        }
        map->setColorScale(m_confusionScale);
        map->setGradient(confusionGradient());
        map->setDataRange(QCPRange(0, 100));
        map->setInterpolate(false);
        // Each cell's count, while the cells are large enough to read it.
        if (k <= 20) {
            for (int t = 0; t < k; ++t) {
                for (int p = 0; p < k; ++p) {
                    const int64_t count =
                        m.confusion[static_cast<size_t>(t)][static_cast<size_t>(p)];
                    auto* text = new QCPItemText(m_confusion);
                    text->position->setCoords(p, k - 1 - t);
                    text->setText(QString::number(count));
                    text->setColor(map->data()->cell(p, k - 1 - t) > 55 ? Qt::white : Qt::black);
                    text->setFont(QFont(m_confusion->font().family(), k > 12 ? 7 : 9));
                }
            }
        }
        QSharedPointer<QCPAxisTickerText> xTicks(new QCPAxisTickerText);
        QSharedPointer<QCPAxisTickerText> yTicks(new QCPAxisTickerText);
        for (int c = 0; c < k; ++c) {
            const QString name = QString::fromStdString(m.classes[static_cast<size_t>(c)].name);
            xTicks->addTick(c, name);
            yTicks->addTick(k - 1 - c, name);
        }
        m_confusion->xAxis->setTicker(xTicks);
        m_confusion->yAxis->setTicker(yTicks);
        // Turned the other way, the names run to the left, where the class names make room;
        // turned right, the last one ran off the plot.
        m_confusion->xAxis->setTickLabelRotation(-45);
        m_confusion->xAxis->setLabel(tr("predicted"));
        m_confusion->yAxis->setLabel(tr("true class (row %)"));
        m_confusion->xAxis->setRange(-0.5, k - 0.5);
        m_confusion->yAxis->setRange(-0.5, k - 0.5);
        m_confusion->replot(QCustomPlot::rpQueuedReplot);
    }
}

}  // namespace faicls::gui
