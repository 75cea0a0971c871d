// The main window opens and says what the application is.

#include <QFile>
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
        QVERIFY(QFile::exists(QStringLiteral(":/faicls/icons/faicls.svg")));  // linked in
        QVERIFY(!window.windowIcon().availableSizes().isEmpty() ||
                !window.windowIcon().pixmap(32).isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
