#pragma once

#include <QMainWindow>

namespace faicls::gui {

/// The application window. For now it only says what the application is; the pages (dataset,
/// model, training, evaluation, prediction, export) come with the GUI issue.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

}  // namespace faicls::gui
