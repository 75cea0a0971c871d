// The Dataset page on a large dataset (bench/make_file_tree.py makes 100,000 images): time to
// scan and show it, then how long each repaint takes while the thumbnail grid is scrolled from
// top to bottom in 200 steps (thumbnails decode on their pool meanwhile). Runs offscreen.
// Usage: QT_QPA_PLATFORM=offscreen faicls-bench-thumbnails DATASET. Prints one JSON line.

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/main_window.h"
#include "dataset/dataset_page.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: faicls-bench-thumbnails DATASET\n");
        return 2;
    }
    faicls::gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 820);
    window.show();
    window.showPage(faicls::gui::MainWindow::Dataset);
    QSignalSpy opened(window.datasetPage(), &faicls::gui::DatasetPage::datasetOpened);
    QElapsedTimer clock;
    clock.start();
    window.datasetPage()->openFolder(QString::fromLocal8Bit(argv[1]));
    while (opened.isEmpty() && clock.elapsed() < 600000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const double openSeconds = clock.elapsed() / 1000.0;

    window.datasetPage()->findChild<QTabWidget*>(QStringLiteral("datasetTabs"))->setCurrentIndex(1);
    auto* grid = window.datasetPage()->findChild<QListView*>(QStringLiteral("thumbnailGrid"));
    QApplication::processEvents();
    QScrollBar* bar = grid->verticalScrollBar();
    std::vector<double> frameMs;
    for (int step = 0; step <= 200; ++step) {
        bar->setValue(bar->maximum() * step / 200);
        QElapsedTimer frame;
        frame.start();
        QApplication::processEvents();
        grid->viewport()->repaint();
        frameMs.push_back(frame.nsecsElapsed() / 1e6);
    }
    std::sort(frameMs.begin(), frameMs.end());
    std::printf(
        "{\"images\": %d, \"open_seconds\": %.2f, \"scroll_steps\": %zu, "
        "\"frame_ms_median\": %.2f, \"frame_ms_p95\": %.2f, \"frame_ms_max\": %.2f}\n",
        grid->model()->rowCount(), openSeconds, frameMs.size(), frameMs[frameMs.size() / 2],
        frameMs[frameMs.size() * 95 / 100], frameMs.back());
    return 0;
}
