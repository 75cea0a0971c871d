// The main window opens and says what the application is.

#include <QLabel>
#include <QtTest>

#include "app/main_window.h"
#include "faicls/version.h"

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsNameAndVersion() {
        faicls::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QString::fromUtf8(faicls::kVersion)));
        auto* title = window.findChild<QLabel*>("titleLabel");
        QVERIFY(title);
        QCOMPARE(title->text(), QString::fromUtf8(faicls::kApplicationName));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
