#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include "runner/engine_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace faicls::gui {

class EngineController;
class ModelPage;
class Session;
class TrainingCharts;

/// Start, pause, resume and stop a training; watch its progress, curves and log; continue an
/// interrupted run; reopen a run folder to see its curves again.
class TrainingPage : public QWidget {
    Q_OBJECT
public:
    TrainingPage(EngineController* engine, Session* session, ModelPage* modelPage,
                 QWidget* parent = nullptr);

    TrainingCharts* charts() const { return m_charts; }
    QString runFolder() const;
    void setRunFolder(const QString& folder);
    /// Loads a finished or interrupted run's metrics.jsonl into the charts; false if none.
    bool openRun(const QString& folder);

public Q_SLOTS:
    void start();
    void resumeRun();
    void togglePause();
    void stop();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    /// A run ended with a best (or last) model.
    void modelTrained(const QString& bundlePath);

private:
    void updateButtons();
    void onProgress(const std::vector<TrainingProgress>& steps);
    void onEpoch(const EpochResult& result);
    void onFinished(const TrainingSummary& summary);
    void log(const QString& line);
    TrainingRequest baseRequest() const;

    EngineController* m_engine;
    Session* m_session;
    ModelPage* m_modelPage;
    QLineEdit* m_runFolder = nullptr;
    QComboBox* m_device = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_resume = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    TrainingCharts* m_charts = nullptr;
    QPlainTextEdit* m_log = nullptr;
    int64_t m_iterationsPerEpoch = 0;
};

}  // namespace faicls::gui
