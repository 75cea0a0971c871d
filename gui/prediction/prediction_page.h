#pragma once

#include "common/page.h"

#include <optional>

#include "faicls/model_bundle.h"
#include "runner/engine_types.h"

class QCheckBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTemporaryDir;
class QVBoxLayout;

namespace faicls::gui {

class EngineController;
class ModelPicker;
class Session;

/// Drop pictures or folders (or paste a picture) and see each one annotated with its labels and
/// confidences, with a bar chart of every class's score; threshold and top-k apply at once;
/// a whole folder is predicted with a progress bar and saved as CSV. "Show where the model
/// looked" draws the Grad-CAM heat map of the best class over the picture.
class PredictionPage : public Page {
    Q_OBJECT
public:
    PredictionPage(EngineController* engine, Session* session, QWidget* parent = nullptr);
    ~PredictionPage() override;

    void setModel(const QString& bundlePath);
    QString model() const;
    /// Predicts these files and folders (folders searched recursively).
    void predictPaths(const QStringList& paths);
    void pasteImage();
    const std::vector<PredictionOutcome>& outcomes() const { return m_outcomes; }
    /// Empties the list of predictions.
    void clearResults();
    bool saveCsv(const QString& path);

Q_SIGNALS:
    /// A batch of predictions is shown.
    void predictionsShown(int count);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildModelRow(QVBoxLayout* layout);
    void buildControls(QVBoxLayout* layout);
    void buildProgressRow(QVBoxLayout* layout);
    void buildResults(QVBoxLayout* layout);
    void connectEngine();
    void onPredictions(const PredictionResults& results);
    void showProgress(bool visible);
    void reselect();
    void showSelected();
    PredictOptions options() const;

    ModelPicker* m_model = nullptr;
    QCheckBox* m_useModelThreshold = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QSpinBox* m_topK = nullptr;
    QCheckBox* m_explain = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_view = nullptr;
    QLabel* m_labels = nullptr;
    QCustomPlot* m_scores = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_saveCsv = nullptr;
    QLabel* m_hint = nullptr;
    std::vector<PredictionOutcome> m_outcomes;
    BundleInfo m_info;
    bool m_haveInfo = false;
    std::optional<ExplanationResult> m_explanation;  ///< of the picture shown, when asked
    QString m_explanationWanted;                     ///< the picture whose map is on its way
    std::unique_ptr<QTemporaryDir> m_pasted;
    int m_pastedCount = 0;
};

}  // namespace faicls::gui
