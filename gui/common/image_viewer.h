#pragma once

#include <QDialog>

class QLabel;

namespace faicls::gui {

/// A picture at the size of the window, inside the app (no external viewer needed): from the
/// mistakes gallery, the problems table and the thumbnail grid. Closes with Esc.
class ImageViewer : public QDialog {
    Q_OBJECT
public:
    /// Opens a viewer of its own (deleted when closed); a file that cannot be read says why.
    static ImageViewer* open(QWidget* parent, const QString& path, const QString& caption = {});

    QString path() const { return m_path; }
    bool showsPicture() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    ImageViewer(QWidget* parent, const QString& path, const QString& caption);
    void fit();

    QString m_path;
    QImage m_image;
    QLabel* m_picture = nullptr;
};

}  // namespace faicls::gui
