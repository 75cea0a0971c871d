#pragma once

#include <QHash>
#include <QIcon>
#include "common/page.h"

#include "runner/engine_types.h"

class QComboBox;
class QCustomPlot;
class QCPColorScale;
class QCPGraph;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QSplitter;
class QTableWidget;

class QVBoxLayout;

namespace faicls::gui {

class EngineController;
class ModelPicker;
class Session;

/// A model's metrics on a split of the open dataset: the summary of spec §4, a sortable
/// per-class table, the confusion matrix as a heat map (single-label), a threshold slider that
/// recomputes F1/P/R live (multi-label), and the most confident mistakes, which open the image.
class EvaluationPage : public Page {
    Q_OBJECT
public:
    EvaluationPage(EngineController* engine, Session* session, QWidget* parent = nullptr);
    void setModel(const QString& bundlePath);
    /// Back to no results (another model or dataset).
    void clearResults();
    /// Multi-label: figures at this decision threshold (0..1).
    void setThreshold(double threshold);
    const EvaluationDetails& details() const { return m_details; }

public Q_SLOTS:
    void evaluate();

Q_SIGNALS:
    void evaluated();

private:
    void buildTopRow(QVBoxLayout* layout);
    void buildThresholdRow(QVBoxLayout* layout);
    void buildTables(QVBoxLayout* layout);
    void buildMistakesGallery(QVBoxLayout* layout);
    void showDetails(const EvaluationDetails& details);
    void showMetrics(const EvaluationMetrics& metrics);
    void showMistakes(double threshold);
    /// Multi-label: each class's precision-recall curve, and where the threshold puts it.
    void fillPrecisionRecall(const EvaluationDetails& details);

    ModelPicker* m_model = nullptr;
    QComboBox* m_split = nullptr;
    QComboBox* m_precision = nullptr;  ///< what the network computes in
    QPushButton* m_run = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QCustomPlot* m_confusion = nullptr;
    QCPColorScale* m_confusionScale = nullptr;
    QSplitter* m_tablesSplitter = nullptr;
    QCustomPlot* m_precisionRecall = nullptr;
    std::vector<QCPGraph*> m_operatingPoints;  ///< one per class: the current threshold
    QWidget* m_thresholdRow = nullptr;
    QSlider* m_threshold = nullptr;
    QLabel* m_thresholdValue = nullptr;
    QListWidget* m_mistakes = nullptr;
    EvaluationDetails m_details;
    QString m_evaluating;      ///< the model of the evaluation under way
    QString m_evaluatedModel;  ///< the model the shown results belong to
    /// Gallery icons by image path: decoded once per evaluation, not at every slider step.
    QHash<QString, QIcon> m_mistakeIcons;
};

}  // namespace faicls::gui
