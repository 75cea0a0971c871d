#pragma once

#include "common/page.h"

#include "runner/engine_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace faicls::gui {

class EngineController;
class ModelPicker;
class Session;

/// Export a model as ONNX, TorchScript or the reference checkpoint; the engine checks the
/// written file against itself and the page shows the result. Below, the int8 variant: made
/// and measured on the open dataset, shown, and added to the model only when the person keeps
/// it.
class ExportPage : public Page {
    Q_OBJECT
public:
    ExportPage(EngineController* engine, Session* session, QWidget* parent = nullptr);
    void setModel(const QString& bundlePath);

public Q_SLOTS:
    void exportNow();
    /// Calibrates and measures an int8 variant of the model on the open dataset.
    void makeInt8Variant();

Q_SIGNALS:
    void exported(bool verified);
    /// An int8 variant was measured (the page shows it, Keep is offered).
    void int8Measured();
    void int8Kept(const QString& bundlePath);

private:
    void suggestDestination();
    void showExported(const ExportResult& result);
    /// The int8 section for the current model: its kept variant, or the offer to make one.
    void showInt8State();
    void showInt8Measured(const Int8Candidate& candidate);

    ModelPicker* m_model = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_makeInt8 = nullptr;
    QPushButton* m_keepInt8 = nullptr;
    QLabel* m_int8Result = nullptr;
    Int8Candidate m_int8Candidate;  ///< measured, waiting for Keep
};

}  // namespace faicls::gui
