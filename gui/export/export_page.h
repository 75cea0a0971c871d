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
/// written file against itself and the page shows the result.
class ExportPage : public Page {
    Q_OBJECT
public:
    ExportPage(EngineController* engine, Session* session, QWidget* parent = nullptr);
    void setModel(const QString& bundlePath);

public Q_SLOTS:
    void exportNow();

Q_SIGNALS:
    void exported(bool verified);

private:
    void suggestDestination();
    void showExported(const ExportResult& result);

    ModelPicker* m_model = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_result = nullptr;
};

}  // namespace faicls::gui
