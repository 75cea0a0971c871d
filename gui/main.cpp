#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "app/main_window.h"
#include "app/screenshot_tour.h"
#include "app/translations.h"
#include "dataset/dataset_page.h"
#include "faicls/version.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("faicls"));
    QApplication::setApplicationDisplayName(QString::fromUtf8(faicls::kApplicationName));
    QApplication::setApplicationVersion(QString::fromUtf8(faicls::kVersion));
    QApplication::setOrganizationName(QStringLiteral("FAI-CLS Studio"));
    faicls::gui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(faicls::kApplicationName));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("Open the window, let it paint, quit."));
    const QCommandLineOption demoFolder(
        QStringLiteral("demo-folder"),
        QStringLiteral("Where the demo datasets are (built there on first use)."),
        QStringLiteral("folder"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Tour every page on the demo, save a screenshot of each, quit."),
        QStringLiteral("folder"));
    parser.addOptions({smoke, demoFolder, screenshots});
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QStringLiteral("A dataset folder to open."),
                                 QStringLiteral("[dataset]"));
    parser.process(app);

    faicls::gui::MainWindow window;
    if (parser.isSet(demoFolder))
        window.setDemoFolder(parser.value(demoFolder));
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.datasetPage()->openFolder(parser.positionalArguments().first());
        window.showPage(faicls::gui::MainWindow::Dataset);
    }
    if (parser.isSet(smoke))
        QTimer::singleShot(500, &app, &QApplication::quit);
    faicls::gui::ScreenshotTour tour(&window, parser.value(screenshots));
    if (parser.isSet(screenshots))
        tour.start();
    return app.exec();
}
