#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace faicls::gui {

class DatasetPage;
class EngineController;
class EvaluationPage;
class ExportPage;
class ModelPage;
class ProjectController;
class PredictionPage;
class ReviewPage;
class Retranslator;
class Session;
class StartPage;
class TrainingPage;

/// The application window: a side bar of pages (Start, Dataset, Model, Training, Evaluation,
/// Prediction, Export), menus with the usual shortcuts, a status bar with the device and the run
/// state. Geometry, recent projects, datasets and models are remembered, and the last project
/// is reopened.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Start, Dataset, Model, Training, Evaluation, Review, Prediction, Export };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    EngineController* engine() const { return m_engine; }
    Session* session() const { return m_session; }
    DatasetPage* datasetPage() const { return m_datasetPage; }
    ModelPage* modelPage() const { return m_modelPage; }
    TrainingPage* trainingPage() const { return m_trainingPage; }
    PredictionPage* predictionPage() const { return m_predictionPage; }
    ExportPage* exportPage() const { return m_exportPage; }
    EvaluationPage* evaluationPage() const { return m_evaluationPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    ProjectController* projects() const { return m_projects; }
    /// A folder named on the command line: a project, a run folder or a dataset.
    void openFolder(const QString& folder);
    /// At start: the project open when the app last closed, if it is still there; without
    /// one, the dataset last opened.
    void reopenLastWork();
    /// Where the demo datasets are built (settable for tests).
    void setDemoFolder(const QString& folder) { m_demoFolder = folder; }
    /// When false, no dialogs: errors only reach the status bar, and closing during a training
    /// cancels it without asking (tests, scripted screenshots).
    void setInteractive(bool interactive) { m_interactive = interactive; }

public Q_SLOTS:
    void newProjectDialog();
    void openProjectDialog();
    /// Saves the project; without one, asks where to make it (the current work becomes it).
    void saveProject();
    void openDatasetDialog();
    void openModelDialog();
    /// Makes the bundle every page's model when it opens; otherwise says why and changes nothing.
    void openModel(const QString& path);
    void openRunDialog();
    void openDemo();
    void showPreferences();
    void showError(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildShell();
    void buildPages();
    void buildStatusBar();
    void buildMenus();
    void connectPages();
    QStringList pageTitles() const;
    void updateStatus();
    void rememberDataset(const QString& folder);
    void rememberModel(const QString& path);
    void refreshRecentMenu();
    void updateTitle();

    EngineController* m_engine = nullptr;
    Session* m_session = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    StartPage* m_startPage = nullptr;
    DatasetPage* m_datasetPage = nullptr;
    ModelPage* m_modelPage = nullptr;
    TrainingPage* m_trainingPage = nullptr;
    EvaluationPage* m_evaluationPage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    PredictionPage* m_predictionPage = nullptr;
    ExportPage* m_exportPage = nullptr;
    Retranslator* m_texts = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_runLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_recentModelsMenu = nullptr;
    QMenu* m_recentProjectsMenu = nullptr;
    ProjectController* m_projects = nullptr;
    QString m_demoFolder;
    bool m_interactive = true;
    bool m_closeAfterTraining = false;
};

}  // namespace faicls::gui
