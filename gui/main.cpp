#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "app/main_window.h"
#include "app/screenshot_tour.h"
#include "app/translations.h"
#include "dataset/dataset_page.h"
#include "faicls/version.h"

namespace {

struct Options {
    QCommandLineOption smoke{QStringLiteral("smoke"),
                             QStringLiteral("Open the window, let it paint, quit.")};
    QCommandLineOption demoFolder{
        QStringLiteral("demo-folder"),
        QStringLiteral("Where the demo datasets are (built there on first use)."),
        QStringLiteral("folder")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QStringLiteral("Tour every page on the demo (or the dataset folder given), save a "
                       "screenshot of each, quit."),
        QStringLiteral("folder")};
};

void describe(QCommandLineParser& parser, const Options& options) {
    parser.setApplicationDescription(QString::fromUtf8(faicls::kApplicationName));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.smoke, options.demoFolder, options.screenshots});
    parser.addPositionalArgument(
        QStringLiteral("folder"),
        QStringLiteral("A project, dataset or training run folder to open (without one, the "
                       "last project is reopened)."),
        QStringLiteral("[folder]"));
}

void nameTheApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("faicls"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(faicls::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("FAI-CLS Studio"));
}

bool asksOnlyForText(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

bool hasDisplay() {
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (const char* value = std::getenv(variable); value && *value)
            return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    const Options options;
    // Help and version are text: they need no display (a window system would abort first).
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app);  // prints and exits
        return 0;
    }
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "faicls: no display (DISPLAY and WAYLAND_DISPLAY are not set): start it in "
                     "a desktop session, or use faicls-cli on the command line\n");
        return 1;
    }
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QString::fromUtf8(faicls::kApplicationName));
    faicls::gui::installTranslations(app);
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    faicls::gui::MainWindow window;
    if (parser.isSet(options.demoFolder))
        window.setDemoFolder(parser.value(options.demoFolder));
    window.show();
    const QString folder = parser.positionalArguments().value(0);
    const bool touring = parser.isSet(options.screenshots);
    if (!folder.isEmpty() && !touring)
        window.openFolder(folder);
    else if (!touring)
        window.reopenLastWork();
    if (parser.isSet(options.smoke))
        QTimer::singleShot(500, &app, &QApplication::quit);
    // The tour runs on the demo, or on the dataset folder given.
    faicls::gui::ScreenshotTour tour(&window, parser.value(options.screenshots), folder);
    if (touring)
        tour.start();
    return app.exec();
}
