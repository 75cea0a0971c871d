// The Review page as a user drives it, offscreen: likely label errors found with a trained
// model, fixed with single keys (relabel, exclude, undo) into the project's journal, shown with
// their heat maps, applied to a copy of the demo dataset (rescanned) and undone; copies the scan
// found; the training split reviewed by cross-validation; and a heat map in the Evaluation
// page's viewer of a mistake.

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

#include "app/main_window.h"
#include "common/explained_picture.h"
#include "common/image_viewer.h"
#include "common/session.h"
#include "config/config_form.h"
#include "config/model_page.h"
#include "dataset/dataset_page.h"
#include "evaluation/evaluation_page.h"
#include "faicls/config_json.h"
#include "faicls/dataset_edits.h"
#include "faicls/demo_datasets.h"
#include "faicls/trainer.h"
#include "review/review_page.h"
#include "runner/engine_controller.h"
#include "tiny_experiment.h"

using namespace faicls;
using namespace faicls::gui;
namespace fs = std::filesystem;

namespace {

const DatasetImage* imageAt(const DatasetIndex& index, const std::string& relativePath) {
    for (const DatasetImage& image : index.images)
        if (image.relativePath == relativePath)
            return &image;
    return nullptr;
}

}  // namespace

class TestReviewPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_demoFolder;
    QString m_model;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    ReviewPage* review() const { return m_window->reviewPage(); }

    // A copy of the demo to change (the edits are written into it).
    QString freshDataset(const QString& name) {
        const QString folder = path(name);
        fs::copy(m_demoFolder.toStdString(), folder.toStdString(), fs::copy_options::recursive);
        return folder;
    }

    void openDataset(const QString& folder) {
        QSignalSpy opened(m_window->datasetPage(), &DatasetPage::datasetOpened);
        m_window->datasetPage()->openFolder(folder);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
    }

    void findLabelErrors() {
        QSignalSpy reviewed(review(), &ReviewPage::reviewed);
        QTest::mouseClick(review()->findChild<QPushButton*>("findLabelErrorsButton"),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(reviewed.count(), 1, 240000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        DemoOptions small;
        small.trainPerClass = 30;
        small.validPerClass = 10;
        small.testPerClass = 10;
        small.trainMosaics = small.validMosaics = small.testMosaics = 5;
        const DemoDatasets demo = buildDemoDatasets(path("demo").toStdString(), small);
        m_demoFolder = QString::fromStdString(demo.classificationFolder);
        ExperimentConfig config;
        config.model = readModelConfig(tinyModel()).config;
        config.train = readTrainConfig(tinyTrain(2)).config;
        const TrainingSummary trained =
            Trainer(
                TrainingRequest{demo.classificationFolder, {}, config, path("run").toStdString()})
                .run();
        QVERIFY2(trained.completed, trained.failure.c_str());
        m_model = QString::fromStdString(trained.bestBundle);
    }

    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();  // the page's keys work in the active window only
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(MainWindow::Review);
    }

    void cleanup() { m_window.reset(); }

    void labelErrorsAreFixedWithKeysAppliedAndUndone() {
        const QString dataset = freshDataset("keys");
        const QString project = path("keys-project");
        QVERIFY(QDir().mkpath(project));
        m_window->session()->setProjectFolder(project);
        openDataset(dataset);
        review()->setModel(m_model);
        findLabelErrors();
        auto* list = review()->findChild<QListWidget*>("reviewList");
        const auto& items = review()->items();
        QVERIFY2(items.size() >= 3, qPrintable(QString::number(items.size())));
        QCOMPARE(list->count(), static_cast<int>(items.size()));
        const auto index = m_window->session()->dataset().index;
        const auto& names = index->classNames;
        for (const ReviewItem& item : items) {  // every finding is a picture of the dataset
            const DatasetImage* image = imageAt(*index, item.relativePath.toStdString());
            QVERIFY(image);
            QCOMPARE(image->labels, item.labels);
            QVERIFY(item.split == Split::Valid || item.split == Split::Test);
            QVERIFY(item.suggested >= 0 && item.suggested != item.labels.front());
        }
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(list->hasFocus());

        // Where the model sees the suggested class, drawn over the picture.
        auto* picture = review()->findChild<ExplainedPicture*>("reviewPicture");
        QCOMPARE(picture->path(), items[0].path);
        QTRY_VERIFY_WITH_TIMEOUT(picture->drawsHeatMap(), 60000);

        // A: the suggestion; X: out; 3: the third class; each moves on; Ctrl+Z takes back.
        const ReviewItem first = items[0], second = items[1], third = items[2];
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_X);
        QTest::keyClick(list, Qt::Key_3);
        QCOMPARE(list->currentRow(), 3 < list->count() ? 3 : 2);
        QCOMPARE(review()->journal().edits.size(), size_t(3));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(review()->journal().edits.size(), size_t(2));
        QCOMPARE(list->currentRow(), 2);  // the picture whose edit was taken back
        QVERIFY(list->item(0)->text().contains(QString::fromStdString(names[first.suggested])));

        // The journal is the project's, on disk after every key.
        const EditJournal saved = readEditJournal(editJournalPath(project.toStdString()));
        QCOMPARE(saved.edits.size(), size_t(2));
        QVERIFY(saved.edits[0].kind == EditKind::Relabel);
        QCOMPARE(saved.edits[0].relativePath, first.relativePath.toStdString());
        QCOMPARE(saved.edits[0].labels, std::vector<std::string>{names[first.suggested]});
        QVERIFY(saved.edits[1].kind == EditKind::Exclude);
        QCOMPARE(saved.edits[1].relativePath, second.relativePath.toStdString());

        // Applied: the dataset is rewritten, scanned again, the journal emptied.
        QSignalSpy rewritten(review(), &ReviewPage::datasetRewritten);
        QSignalSpy rescanned(m_window->datasetPage(), &DatasetPage::datasetOpened);
        review()->applyEdits();
        QTRY_COMPARE_WITH_TIMEOUT(rewritten.count(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(rescanned.count(), 1, 60000);
        QVERIFY(review()->journal().edits.empty());
        QVERIFY(readEditJournal(editJournalPath(project.toStdString())).edits.empty());
        const auto after = m_window->session()->dataset().index;
        QVERIFY(!imageAt(*after, first.relativePath.toStdString()));
        QVERIFY(!imageAt(*after, second.relativePath.toStdString()));
        const QString fileName = QFileInfo(first.relativePath).fileName();
        const std::string moved =
            (fs::path(first.relativePath.toStdString()).parent_path().parent_path() /
             names[first.suggested] / fileName.toStdString())
                .generic_string();
        const DatasetImage* relabelled = imageAt(*after, moved);
        QVERIFY2(relabelled, moved.c_str());
        QCOMPARE(relabelled->labels, std::vector<int>{first.suggested});
        QCOMPARE(after->images.size(), index->images.size() - 1);
        QVERIFY(QFileInfo::exists(dataset + "-excluded/" + second.relativePath));
        auto* undoApply = review()->findChild<QPushButton*>("undoApplyButton");
        QVERIFY(undoApply->isEnabled());

        // And undone: the dataset as it was.
        QTest::mouseClick(undoApply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rewritten.count(), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(rescanned.count(), 2, 60000);
        const auto undone = m_window->session()->dataset().index;
        QCOMPARE(undone->images.size(), index->images.size());
        QVERIFY(imageAt(*undone, first.relativePath.toStdString()));
        QVERIFY(imageAt(*undone, second.relativePath.toStdString()));
        QVERIFY(!review()->findChild<QPushButton*>("undoApplyButton")->isEnabled());
    }

    // The copies the scan finds are there to review without a model: a picture saved under
    // another class is excluded with one key.
    void copiesAreListedAndExcluded() {
        const QString dataset = freshDataset("copies");
        const QDir train(dataset + "/train");
        const QStringList classes = train.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QString original = train.filePath(
            classes[0] + "/" + QDir(train.filePath(classes[0])).entryList(QDir::Files).first());
        const QString copy = train.filePath(classes[1] + "/copy-of-one.png");
        QVERIFY(QFile::copy(original, copy));
        openDataset(dataset);
        review()->showList(ReviewPage::Copies);
        // Same bytes first (the demo may hold near copies of its own after them).
        const auto& items = review()->items();
        QVERIFY(items.size() >= 2);
        QVERIFY(items[0].exactCopy && items[1].exactCopy);
        QVERIFY(items.size() == 2 || !items[2].exactCopy);
        QCOMPARE(items[0].group, 0);
        QCOMPARE(items[1].group, 0);
        const int copyRow = items[1].relativePath.endsWith("copy-of-one.png") ? 1 : 0;
        QVERIFY(items[copyRow].relativePath.endsWith("copy-of-one.png"));
        QVERIFY(review()
                    ->findChild<QTabBar*>("reviewListTabs")
                    ->tabText(ReviewPage::Copies)
                    .contains(QString::number(items.size())));
        auto* list = review()->findChild<QListWidget*>("reviewList");
        QCOMPARE(list->count(), static_cast<int>(items.size()));
        list->setFocus();
        list->setCurrentRow(copyRow);
        QTest::keyClick(list, Qt::Key_X);
        QCOMPARE(review()->journal().edits.size(), size_t(1));
        QVERIFY(review()->journal().edits[0].kind == EditKind::Exclude);
        QCOMPARE(QString::fromStdString(review()->journal().edits[0].relativePath),
                 items[copyRow].relativePath);
        QVERIFY(list->item(copyRow)->text().contains("excluded"));
        // Without a project the journal lives in memory, and the page says so.
        QVERIFY(review()->findChild<QLabel*>("pendingEditsLabel")->text().contains("project"));
    }

    // The training pictures, scored by models that never saw them: a job on the training
    // thread (it counts as training), with progress, then the findings among train pictures.
    void trainingPicturesAreReviewedByCrossValidation() {
        openDataset(freshDataset("folds"));
        ModelPage* model = m_window->modelPage();
        model->modelForm()->setJson(tinyModel());
        model->trainForm()->setJson(tinyTrain(1));
        QVERIFY(model->isValid());
        auto* source = review()->findChild<QComboBox*>("reviewSourceCombo");
        source->setCurrentIndex(source->findData(ReviewPage::TrainingPictures));
        review()->findChild<QSpinBox*>("reviewFoldsSpin")->setValue(2);
        review()->findChild<QSpinBox*>("reviewEpochsSpin")->setValue(1);
        // What a crash during an earlier review left (a whole run in the first fold's folder)
        // does not stop this one.
        const QString stale =
            QDir(m_window->session()->workFolder()).filePath("review-folds/fold-1");
        fs::create_directories(stale.toStdString());
        fs::copy(path("run").toStdString(), stale.toStdString(), fs::copy_options::recursive);
        QSignalSpy progress(m_window->engine()->trainingWorker(), &EngineWorker::reviewProgress);
        QSignalSpy reviewed(review(), &ReviewPage::reviewed);
        QTest::mouseClick(review()->findChild<QPushButton*>("findLabelErrorsButton"),
                          Qt::LeftButton);
        QVERIFY(m_window->engine()->isTraining());
        QTRY_COMPARE_WITH_TIMEOUT(reviewed.count(), 1, 240000);
        QTRY_VERIFY(!m_window->engine()->isTraining());
        QVERIFY(progress.count() > 0);
        bool sawFold2 = false;
        for (const auto& step : progress)
            sawFold2 = sawFold2 || step.at(0).toString().startsWith("fold 2 of 2");
        QVERIFY(sawFold2);
        QVERIFY(!review()->items().empty());
        for (const ReviewItem& item : review()->items())
            QVERIFY(item.split == Split::Train);
        // The folds' runs were only a means.
        QVERIFY(
            !QFileInfo::exists(QDir(m_window->session()->workFolder()).filePath("review-folds")));
    }

    // Cancel stops the cross-validation's trainings; asked for, it is not an error.
    void aCancelledReviewStopsQuietly() {
        openDataset(freshDataset("cancelled"));
        ModelPage* model = m_window->modelPage();
        model->modelForm()->setJson(tinyModel());
        model->trainForm()->setJson(tinyTrain(1));
        auto* source = review()->findChild<QComboBox*>("reviewSourceCombo");
        source->setCurrentIndex(source->findData(ReviewPage::TrainingPictures));
        review()->findChild<QSpinBox*>("reviewEpochsSpin")->setValue(200);
        QSignalSpy progress(m_window->engine()->trainingWorker(), &EngineWorker::reviewProgress);
        QSignalSpy errors(review(), &Page::errorOccurred);
        QSignalSpy reviewed(review(), &ReviewPage::reviewed);
        review()->findLabelErrors();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
        auto* cancel = review()->findChild<QPushButton*>("cancelReviewButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->engine()->isTraining(), 60000);
        QCoreApplication::sendPostedEvents();
        QTRY_VERIFY(review()->findChild<QPushButton*>("findLabelErrorsButton")->isEnabled());
        QVERIFY(review()
                    ->findChild<QLabel*>("reviewStatusLabel")
                    ->text()
                    .contains("cancelled", Qt::CaseInsensitive));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(reviewed.count(), 0);
    }

    // A mistake of the Evaluation page opens with where the model looked.
    void aMistakeOpensWithItsHeatMap() {
        openDataset(m_demoFolder);
        EvaluationPage* evaluation = m_window->evaluationPage();
        evaluation->setModel(m_model);
        QSignalSpy evaluated(evaluation, &EvaluationPage::evaluated);
        evaluation->evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
        auto* gallery = evaluation->findChild<QListWidget*>("mistakesGallery");
        QVERIFY(gallery->count() > 0);
        Q_EMIT gallery->itemActivated(gallery->item(0));
        auto* viewer = evaluation->findChild<ImageViewer*>("imageViewer");
        QVERIFY(viewer && viewer->showsPicture() && viewer->heatMapCheck());
        QVERIFY(!viewer->picture()->drawsHeatMap());
        viewer->heatMapCheck()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->picture()->drawsHeatMap(), 60000);
        viewer->close();
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_review_page.moc"
