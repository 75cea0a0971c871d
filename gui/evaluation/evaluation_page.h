#pragma once

#include <QWidget>

#include "runner/engine_types.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace faicls::gui {

class EngineController;
class Session;

/// A model's metrics on a split of the open dataset: the summary of spec §4, a sortable
/// per-class table, and the confusion matrix as a heat map for single-label models.
class EvaluationPage : public QWidget {
    Q_OBJECT
public:
    EvaluationPage(EngineController* engine, Session* session, QWidget* parent = nullptr);
    void setModel(const QString& bundlePath);

public Q_SLOTS:
    void evaluate();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void evaluated();

private:
    void showMetrics(const EvaluationMetrics& metrics);

    EngineController* m_engine;
    Session* m_session;
    QLineEdit* m_model = nullptr;
    QComboBox* m_split = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QCustomPlot* m_confusion = nullptr;
};

}  // namespace faicls::gui
