#include "app/main_window.h"

#include <utility>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

#include "app/project_controller.h"
#include "app/start_page.h"
#include "app/translations.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "config/model_page.h"
#include "dataset/dataset_page.h"
#include "evaluation/evaluation_page.h"
#include "export/export_page.h"
#include "faicls/project.h"
#include "faicls/run_summary.h"
#include "faicls/version.h"
#include "prediction/prediction_page.h"
#include "review/review_page.h"
#include "runner/engine_controller.h"
#include "training/training_page.h"

// The icons are compiled into this static library; initialising them here, once, keeps the
// linker from dropping them (and works for the app and the tests alike).
static void initialiseResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(faicls);
        return true;
    }();
    (void)done;
}

namespace faicls::gui {

namespace {

constexpr int kMaxRecentEntries = 8;

}  // namespace

namespace {

constexpr const char* kCatalogVariable = "FAICLS_WEIGHTS_CATALOG";
constexpr const char* kCatalogSetting = "weightsCatalog";

// Whether the site set the extra weights catalogue in the environment: it then wins over the
// setting. Read before the setting is first applied (which sets the same variable).
bool catalogFromEnvironment() {
    static const bool fromEnvironment = qEnvironmentVariableIsSet(kCatalogVariable);
    return fromEnvironment;
}

// The engine reads the extra catalogue from the environment: the setting goes there.
void applyWeightsCatalogSetting() {
    if (catalogFromEnvironment())
        return;
    const QString file = QSettings().value(QLatin1String(kCatalogSetting)).toString();
    if (file.isEmpty())
        qunsetenv(kCatalogVariable);
    else
        qputenv(kCatalogVariable, file.toLocal8Bit());
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initialiseResources();
    applyWeightsCatalogSetting();
    setWindowIcon(QIcon(QStringLiteral(":/faicls/icons/faicls.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    m_demoFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                       .filePath(QStringLiteral("demo"));

    m_engine = new EngineController(this);
    m_session = new Session(this);
    m_projects = new ProjectController(m_session, this);

    m_texts = new Retranslator(this);
    buildShell();
    buildPages();
    buildStatusBar();
    buildMenus();
    connectPages();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    refreshRecentMenu();
    updateTitle();
}

// The side bar of pages and the stack that shows one.
void MainWindow::buildShell() {
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("pageList"));
    m_navigation->setFixedWidth(170);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#pageList { background: palette(window); padding-top: 8px; }"
                       "QListWidget#pageList::item { padding: 8px 10px; border-radius: 4px; }"
                       "QListWidget#pageList::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::buildPages() {
    m_startPage = new StartPage(m_pages);
    m_datasetPage = new DatasetPage(m_engine, m_session, m_pages);
    m_modelPage = new ModelPage(m_engine, m_session, m_pages);
    // Real photos are the common case: start from ImageNet weights (downloaded when asked).
    m_modelPage->applyPreset(QStringLiteral("resnet18-imagenet"));
    m_trainingPage = new TrainingPage(m_engine, m_session, m_pages);
    m_evaluationPage = new EvaluationPage(m_engine, m_session, m_pages);
    m_reviewPage = new ReviewPage(m_engine, m_session, m_pages);
    m_predictionPage = new PredictionPage(m_engine, m_session, m_pages);
    m_exportPage = new ExportPage(m_engine, m_session, m_pages);
    const struct {
        QWidget* page;
        QStyle::StandardPixmap icon;
    } pages[] = {
        {m_startPage, QStyle::SP_DirHomeIcon},
        {m_datasetPage, QStyle::SP_DirOpenIcon},
        {m_modelPage, QStyle::SP_FileDialogDetailedView},
        {m_trainingPage, QStyle::SP_MediaPlay},
        {m_evaluationPage, QStyle::SP_FileDialogContentsView},
        {m_reviewPage, QStyle::SP_FileDialogListView},
        {m_predictionPage, QStyle::SP_DialogApplyButton},
        {m_exportPage, QStyle::SP_DialogSaveButton},
    };
    for (const auto& p : pages) {
        m_pages->addWidget(p.page);
        new QListWidgetItem(style()->standardIcon(p.icon), QString(), m_navigation);
    }
    m_texts->add([this] {
        const QStringList titles = pageTitles();
        for (int i = 0; i < m_navigation->count(); ++i)
            m_navigation->item(i)->setText(titles.at(i));
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(Start);
}

void MainWindow::buildStatusBar() {
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceStatusLabel"));
    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("runStatusLabel"));
    m_texts->add([this] {
        m_deviceLabel->setText(tr("Device: %1").arg(EngineController::deviceDescription()));
        updateStatus();
    });
    statusBar()->addPermanentWidget(m_runLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
}

void MainWindow::connectPages() {
    connect(m_startPage, &StartPage::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_startPage, &StartPage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_startPage, &StartPage::recentProjectChosen, m_projects, &ProjectController::open);
    connect(m_projects, &ProjectController::datasetRequested, this,
            [this](const QString& folder) { m_datasetPage->openFolder(folder); });
    connect(m_projects, &ProjectController::experimentRequested, m_modelPage,
            &ModelPage::setExperiment);
    connect(m_projects, &ProjectController::interruptedRunFound, this,
            [this](const RunSummary& run) {
                m_trainingPage->offerToContinue(run);
                showPage(Training);
            });
    connect(m_projects, &ProjectController::errorOccurred, this, &MainWindow::showError);
    connect(m_projects, &ProjectController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_projects, &ProjectController::recentProjectsChanged, this,
            &MainWindow::refreshRecentMenu);
    connect(m_session, &Session::projectChanged, this, &MainWindow::updateTitle);
    connect(m_startPage, &StartPage::openDatasetRequested, this, &MainWindow::openDatasetDialog);
    connect(m_startPage, &StartPage::openModelRequested, this, &MainWindow::openModelDialog);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::recentDatasetChosen, this, [this](const QString& folder) {
        m_datasetPage->openFolder(folder);
        showPage(Dataset);
    });
    connect(m_datasetPage, &DatasetPage::datasetOpened, this, &MainWindow::rememberDataset);
    // Edits applied or undone: the report and every page follow the dataset as it is now.
    connect(m_reviewPage, &ReviewPage::datasetRewritten, m_datasetPage, &DatasetPage::openFolder);
    connect(m_engine, &EngineController::trainingStateChanged, this, &MainWindow::updateStatus);
    // Asked once, for the training that was running: a later run's end must not close.
    connect(m_engine->trainingWorker(), &EngineWorker::trainingFinished, this, [this] {
        if (std::exchange(m_closeAfterTraining, false))
            close();
    });
    connect(m_engine->trainingWorker(), &EngineWorker::trainingFailed, this, [this] {
        if (std::exchange(m_closeAfterTraining, false))
            close();
    });
    connect(m_engine->taskWorker(), &EngineWorker::demoReady, this, [this](const QString& folder) {
        statusBar()->showMessage(tr("Demo dataset ready."), 4000);
        m_modelPage->applyPreset(QStringLiteral("fai-cls-n"));
        m_datasetPage->openFolder(folder);
        showPage(Dataset);
    });
    connect(m_engine->taskWorker(), &EngineWorker::demoFailed, this, &MainWindow::showError);
    for (gui::Page* page : std::initializer_list<gui::Page*>{
             m_datasetPage, m_modelPage, m_trainingPage, m_evaluationPage, m_reviewPage,
             m_predictionPage, m_exportPage}) {
        connect(page, &gui::Page::errorOccurred, this, &MainWindow::showError);
        connect(page, &gui::Page::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    }
    connect(m_session, &Session::modelBundleChanged, this, [this](const QString& path) {
        rememberModel(path);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Model: %1").arg(path), 6000);
    });
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageTitles() const {
    return {tr("Start"),      tr("Dataset"), tr("Model"),      tr("Training"),
            tr("Evaluation"), tr("Review"),  tr("Prediction"), tr("Export")};
}

void MainWindow::buildMenus() {
    // Texts are set by m_texts, so that they follow a change of language.
    auto text = [this](auto* item, std::function<QString()> label) {
        m_texts->add([item, label] {
            if constexpr (std::is_same_v<decltype(item), QMenu*>)
                item->setTitle(label());
            else
                item->setText(label());
        });
        return item;
    };
    QMenu* file = text(menuBar()->addMenu(QString()), [] { return tr("&File"); });
    QAction* newProject = text(file->addAction(QString(), this, &MainWindow::newProjectDialog),
                               [] { return tr("&New project…"); });
    newProject->setShortcut(QKeySequence::New);
    text(file->addAction(QString(), this, &MainWindow::openProjectDialog),
         [] { return tr("Open &project…"); });
    m_recentProjectsMenu = text(file->addMenu(QString()), [] { return tr("Recent projects"); });
    QAction* save = text(file->addAction(QString(), this, &MainWindow::saveProject),
                         [] { return tr("&Save project"); });
    save->setShortcut(QKeySequence::Save);
    text(file->addAction(QString(), m_projects, &ProjectController::close),
         [] { return tr("&Close project"); });
    file->addSeparator();
    QAction* openDataset = text(file->addAction(QString(), this, &MainWindow::openDatasetDialog),
                                [] { return tr("Open &dataset…"); });
    openDataset->setShortcut(QKeySequence::Open);
    QAction* openModel = text(file->addAction(QString(), this, &MainWindow::openModelDialog),
                              [] { return tr("Open &model…"); });
    openModel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    text(file->addAction(QString(), this, &MainWindow::openRunDialog),
         [] { return tr("Open &run folder…"); });
    m_recentMenu = text(file->addMenu(QString()), [] { return tr("Recent datasets"); });
    m_recentModelsMenu = text(file->addMenu(QString()), [] { return tr("Recent models"); });
    text(file->addAction(QString(), this, &MainWindow::openDemo),
         [] { return tr("Try the &demo"); });
    file->addSeparator();
    QAction* preferences = text(file->addAction(QString(), this, &MainWindow::showPreferences),
                                [] { return tr("&Preferences…"); });
    preferences->setShortcut(QKeySequence::Preferences);
    QAction* quit =
        text(file->addAction(QString(), this, &QWidget::close), [] { return tr("&Quit"); });
    quit->setShortcut(QKeySequence::Quit);

    QMenu* training = text(menuBar()->addMenu(QString()), [] { return tr("&Training"); });
    QAction* start = text(training->addAction(QString(), m_trainingPage, &TrainingPage::start),
                          [] { return tr("&Start"); });
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction* pause =
        text(training->addAction(QString(), m_trainingPage, &TrainingPage::togglePause),
             [] { return tr("&Pause / resume"); });
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction* stop = text(training->addAction(QString(), m_trainingPage, &TrainingPage::stop),
                         [] { return tr("S&top"); });
    stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));

    QMenu* view = text(menuBar()->addMenu(QString()), [] { return tr("&View"); });
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action =
            text(view->addAction(QString(), this, [this, i] { showPage(static_cast<Page>(i)); }),
                 [this, i] { return pageTitles().at(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = text(menuBar()->addMenu(QString()), [] { return tr("&Help"); });
    text(help->addAction(
             QString(), this,
             [this] {
                 QMessageBox::about(
                     this, tr("About %1").arg(QString::fromUtf8(kApplicationName)),
                     tr("<h3>%1 %2</h3><p>Train image classifiers (FAI-CLS: a ResNet, "
                        "STDC or EfficientNet backbone with an MLP head) on your own "
                        "pictures, evaluate them, predict and export — offline, on "
                        "the CPU or a CUDA GPU.</p><p>Engine: LibTorch %3 · Qt %4</p>")
                         .arg(QString::fromUtf8(kApplicationName), QString::fromUtf8(kVersion),
                              QString::fromUtf8(torchVersion()), QString::fromUtf8(qVersion())));
             }),
         [] { return tr("&About %1").arg(QString::fromUtf8(kApplicationName)); });
    text(help->addAction(QString(), qApp, &QApplication::aboutQt), [] { return tr("About &Qt"); });
}

void MainWindow::showPreferences() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->addItem(tr("System language"), QString());
    for (const auto& [code, name] : availableLanguages())
        language->addItem(name, code);
    language->setCurrentIndex(std::max(0, language->findData(currentLanguage())));
    form->addRow(tr("Language:"), language);
    auto* catalog = new QLineEdit(&dialog);
    catalog->setObjectName(QStringLiteral("weightsCatalogEdit"));
    catalog->setPlaceholderText(tr("none: the built-in catalogue only"));
    auto* browse = new QPushButton(tr("Browse…"), &dialog);
    auto* catalogRow = new QHBoxLayout;
    catalogRow->addWidget(catalog, 1);
    catalogRow->addWidget(browse);
    if (catalogFromEnvironment()) {
        catalog->setText(qEnvironmentVariable(kCatalogVariable));
        catalog->setEnabled(false);
        browse->setEnabled(false);
        catalog->setToolTip(
            tr("Set by the environment variable %1").arg(QLatin1String(kCatalogVariable)));
    } else {
        catalog->setText(QSettings().value(QLatin1String(kCatalogSetting)).toString());
    }
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, catalog] {
        const QString file = QFileDialog::getOpenFileName(&dialog, tr("Extra weights catalogue"),
                                                          {}, tr("JSON (*.json)"));
        if (!file.isEmpty())
            catalog->setText(file);
    });
    form->addRow(tr("Extra weights catalogue:"), catalogRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = language->currentData().toString();
    QSettings().setValue(QStringLiteral("language"), code);
    setLanguage(code);
    if (!catalogFromEnvironment()) {
        QSettings().setValue(QLatin1String(kCatalogSetting), catalog->text().trimmed());
        applyWeightsCatalogSetting();
        m_modelPage->refreshWeights();
    }
}

void MainWindow::showPage(Page page) {
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::newProjectDialog() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("A folder for the new project (an empty one, or one to create)"));
    if (!folder.isEmpty())
        m_projects->create(folder);
}

void MainWindow::openProjectDialog() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a project folder"));
    if (folder.isEmpty())
        return;
    if (!isProjectFolder(folder.toStdString())) {
        showError(tr("%1 has no project.json: not a project folder. To start one there, use "
                     "File > New project.")
                      .arg(folder));
        return;
    }
    m_projects->open(folder);
}

void MainWindow::saveProject() {
    if (m_session->hasProject())
        m_projects->save();
    else
        newProjectDialog();
}

void MainWindow::openFolder(const QString& folder) {
    const std::string path = folder.toStdString();
    if (isProjectFolder(path)) {
        m_projects->open(folder);
    } else if (summarizeRun(path)) {
        m_trainingPage->setRunFolder(folder);
        m_trainingPage->openRun(folder);
        showPage(Training);
    } else {
        m_datasetPage->openFolder(folder);
        showPage(Dataset);
    }
}

void MainWindow::reopenLastWork() {
    const QString last = ProjectController::lastProject();
    if (!last.isEmpty() && isProjectFolder(last.toStdString())) {
        m_projects->open(last);
        return;
    }
    const QStringList datasets =
        QSettings().value(QStringLiteral("recent/datasets")).toStringList();
    if (!datasets.isEmpty() && QFileInfo(datasets.front()).isDir()) {
        m_datasetPage->openFolder(datasets.front());
        showPage(Dataset);
    }
}

void MainWindow::updateTitle() {
    const QString app =
        tr("%1 %2").arg(QString::fromUtf8(kApplicationName), QString::fromUtf8(kVersion));
    setWindowTitle(m_session->hasProject()
                       ? tr("%1 — %2").arg(QDir(m_session->projectFolder()).dirName(), app)
                       : app);
}

void MainWindow::openDatasetDialog() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"));
    if (folder.isEmpty())
        return;
    m_datasetPage->openFolder(folder);
    showPage(Dataset);
}

void MainWindow::openModelDialog() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a model"), {}, tr("FAI-CLS models (*.faicls)"));
    if (!file.isEmpty())
        openModel(file);
}

void MainWindow::openModel(const QString& path) {
    QString problem;
    if (!m_session->openModelBundle(path, problem)) {
        showError(problem);  // nothing changes, and it is not remembered
        return;
    }
    showPage(Prediction);
}

void MainWindow::openRunDialog() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a run folder"));
    if (folder.isEmpty())
        return;
    m_trainingPage->setRunFolder(folder);
    if (!m_trainingPage->openRun(folder))
        showError(tr("%1 has no metrics.jsonl: not a training run folder.").arg(folder));
    showPage(Training);
}

void MainWindow::openDemo() {
    statusBar()->showMessage(tr("Preparing the demo dataset…"));
    m_engine->buildDemo(m_demoFolder);
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 10000);
    if (isVisible() && m_interactive)
        QMessageBox::warning(this, QString::fromUtf8(kApplicationName), message);
}

void MainWindow::updateStatus() {
    if (!m_engine->isTraining())
        m_runLabel->setText(tr("Idle"));
    else
        m_runLabel->setText(m_engine->isPaused() ? tr("Training paused") : tr("Training…"));
}

namespace {

// Most recent first, without duplicates, at most kMaxRecentEntries.
void pushRecent(const QString& key, const QString& value) {
    QSettings settings;
    QStringList recent = settings.value(key).toStringList();
    recent.removeAll(value);
    recent.prepend(value);
    while (recent.size() > kMaxRecentEntries)
        recent.removeLast();
    settings.setValue(key, recent);
}

}  // namespace

void MainWindow::rememberDataset(const QString& folder) {
    pushRecent(QStringLiteral("recent/datasets"), folder);
    refreshRecentMenu();
}

void MainWindow::rememberModel(const QString& path) {
    if (path.isEmpty())
        return;
    pushRecent(QStringLiteral("recent/models"), path);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu() {
    const QStringList recent = QSettings().value(QStringLiteral("recent/datasets")).toStringList();
    m_startPage->setRecentDatasets(recent);
    m_recentMenu->clear();
    for (const QString& folder : recent)
        m_recentMenu->addAction(folder, this, [this, folder] {
            m_datasetPage->openFolder(folder);
            showPage(Dataset);
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
    const QStringList models = QSettings().value(QStringLiteral("recent/models")).toStringList();
    m_recentModelsMenu->clear();
    for (const QString& model : models)
        m_recentModelsMenu->addAction(model, this, [this, model] { openModel(model); });
    m_recentModelsMenu->setEnabled(!models.isEmpty());
    const QStringList projects = ProjectController::recentProjects();
    m_startPage->setRecentProjects(projects);
    m_recentProjectsMenu->clear();
    for (const QString& project : projects)
        m_recentProjectsMenu->addAction(project, m_projects,
                                        [this, project] { m_projects->open(project); });
    m_recentProjectsMenu->setEnabled(!projects.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_engine->isTraining()) {
        if (m_interactive &&
            QMessageBox::question(this, tr("Training is running"),
                                  tr("Stop the training and quit? The last finished epoch's "
                                     "checkpoint is kept and the run can be continued later.")) !=
                QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    // The question may have stayed open until the training ended by itself: then quit now.
    if (m_engine->isTraining()) {
        // Cancel cleanly: the window closes when the trainer has stopped.
        m_closeAfterTraining = true;
        m_engine->stopTraining();
        event->ignore();
        return;
    }
    m_projects->save();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

}  // namespace faicls::gui
