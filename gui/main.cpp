#include <QApplication>
#include <QTimer>

#include "app/main_window.h"
#include "faicls/version.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("faicls"));
    QApplication::setApplicationDisplayName(QString::fromUtf8(faicls::kApplicationName));
    QApplication::setApplicationVersion(QString::fromUtf8(faicls::kVersion));
    QApplication::setOrganizationName(QStringLiteral("FAI-CLS Studio"));

    faicls::gui::MainWindow window;
    window.show();
    // --smoke: open the window, let it paint, quit (packaging and CI checks).
    if (QApplication::arguments().contains(QStringLiteral("--smoke")))
        QTimer::singleShot(500, &app, &QApplication::quit);
    return app.exec();
}
