#include "app/main_window.h"

#include <QIcon>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

#include "faicls/version.h"

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

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initialiseResources();
    setWindowIcon(QIcon(QStringLiteral(":/faicls/icons/faicls.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("%1 %2").arg(QString::fromUtf8(kApplicationName), QString::fromUtf8(kVersion)));
    resize(1100, 720);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(QString::fromUtf8(kApplicationName), central);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSize(titleFont.pointSize() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* subtitle = new QLabel(tr("Version %1 — train and use image classifiers, offline.\n"
                                   "The dataset, training and prediction pages are not built yet; "
                                   "use faicls-cli meanwhile.")
                                    .arg(QString::fromUtf8(kVersion)),
                                central);
    subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    subtitle->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(
        tr("Device: CPU · LibTorch %1").arg(QString::fromUtf8(torchVersion())));
}

}  // namespace faicls::gui
