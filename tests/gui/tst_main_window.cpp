// The main window: name, version and icon; its pages, menus and status bar; one device
// control; remembered geometry and the last project.

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/main_window.h"
#include "app/project_controller.h"
#include "common/session.h"
#include "config/config_form.h"
#include "config/model_page.h"
#include "faicls/config_json.h"
#include "faicls/version.h"

using namespace faicls::gui;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsNameAndVersion() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QString::fromUtf8(faicls::kVersion)));
        auto* title = window.findChild<QLabel*>("titleLabel");
        QVERIFY(title);
        QCOMPARE(title->text(), QString::fromUtf8(faicls::kApplicationName));
        QVERIFY(QFile::exists(QStringLiteral(":/faicls/icons/faicls.svg")));  // linked in
        QVERIFY(!window.windowIcon().pixmap(32).isNull());
    }

    void pagesMenusAndStatus() {
        MainWindow window;
        window.show();
        auto* pages = window.findChild<QListWidget*>("pageList");
        QVERIFY(pages);
        QCOMPARE(pages->count(), 8);
        auto* stack = window.findChild<QStackedWidget*>("pages");
        pages->setCurrentRow(MainWindow::Prediction);
        QCOMPARE(stack->currentIndex(), static_cast<int>(MainWindow::Prediction));
        QCOMPARE(window.currentPage(), MainWindow::Prediction);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text().remove('&');
        QCOMPARE(menus, QStringList({"File", "Training", "View", "Help"}));
        auto* device = window.findChild<QLabel*>("deviceStatusLabel");
        QVERIFY(device && (device->text().contains("CPU") || device->text().contains("CUDA")));
        QCOMPARE(window.findChild<QLabel*>("runStatusLabel")->text(), QString("Idle"));
    }

    // One device control (on the Training page); a file picker only beside the weights field.
    void oneDeviceControlAndFilePickersOnlyForFiles() {
        MainWindow window;
        QCOMPARE(window.findChildren<QComboBox*>("deviceCombo").size(), 1);
        ModelPage* model = window.modelPage();
        QVERIFY(!model->trainForm()->field("device"));
        QWidget* weights = model->modelForm()->field("backbone_config.pretrained");
        QVERIFY(weights);
        for (ConfigForm* form : {model->modelForm(), model->trainForm()})
            for (QPushButton* button : form->findChildren<QPushButton*>())
                if (button->text() == "Choose…")
                    QVERIFY2(weights->isAncestorOf(button), qPrintable(form->objectName()));
    }

    // Every launch starts from the same network: ImageNet-pretrained ResNet-18.
    void theDefaultNetworkIsTheSameAtEveryLaunch() {
        nlohmann::json first;
        {
            MainWindow window;
            first = faicls::toJson(window.modelPage()->experiment());
            QCOMPARE(window.modelPage()->experiment().model.backbone.pretrained,
                     std::string("resnet18-imagenet"));
            window.close();
        }
        MainWindow again;
        QCOMPARE(QString::fromStdString(faicls::toJson(again.modelPage()->experiment()).dump()),
                 QString::fromStdString(first.dump()));
    }

    // The last project comes back at start; a folder that is no longer one is not opened.
    void reopensTheLastProject() {
        QTemporaryDir dir;
        const QString project = dir.filePath("photos-project");
        {
            MainWindow window;
            QVERIFY(window.projects()->create(project));
            QCOMPARE(ProjectController::lastProject(), project);
            QCOMPARE(ProjectController::recentProjects().value(0), project);
            window.close();
        }
        {
            MainWindow window;
            QVERIFY(!window.session()->hasProject());  // only when asked (the app asks at start)
            window.reopenLastWork();
            QCOMPARE(window.session()->projectFolder(), project);
            QVERIFY(window.windowTitle().startsWith("photos-project"));
            auto* recent = window.findChild<QListWidget*>("recentProjectsList");
            QCOMPARE(recent->item(0)->text(), project);
        }
        QVERIFY(QFile::remove(project + "/project.json"));
        MainWindow window;
        window.reopenLastWork();
        QVERIFY(!window.session()->hasProject());
    }

    void remembersGeometry() {
        {
            MainWindow window;
            window.show();
            window.resize(1310, 905);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1310, 905));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
