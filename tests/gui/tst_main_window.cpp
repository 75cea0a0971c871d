// The main window: name, version and icon; its pages, menus and status bar; remembered
// geometry and recent datasets.

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QtTest>

#include "app/main_window.h"
#include "faicls/version.h"

using faicls::gui::MainWindow;

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
        QCOMPARE(pages->count(), 7);
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
