#include "common/image_viewer.h"

#include <QDir>
#include <QImageReader>
#include <QLabel>
#include <QVBoxLayout>

namespace faicls::gui {

ImageViewer* ImageViewer::open(QWidget* parent, const QString& path, const QString& caption) {
    auto* viewer = new ImageViewer(parent, path, caption);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

ImageViewer::ImageViewer(QWidget* parent, const QString& path, const QString& caption)
    : QDialog(parent), m_path(path) {
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(QDir::toNativeSeparators(path));
    auto* layout = new QVBoxLayout(this);
    m_picture = new QLabel(this);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(240, 240);
    layout->addWidget(m_picture, 1);
    auto* text = new QLabel(caption.isEmpty() ? QDir::toNativeSeparators(path) : caption, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_image = reader.read();
    if (m_image.isNull())
        m_picture->setText(tr("%1 cannot be shown: %2").arg(path, reader.errorString()));
    resize(720, 600);
}

bool ImageViewer::showsPicture() const {
    return !m_image.isNull();
}

void ImageViewer::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    fit();
}

void ImageViewer::fit() {
    if (m_image.isNull())
        return;
    // Small pictures (28-pixel Fashion-MNIST) are enlarged without smoothing, photos smoothly.
    const bool tiny = m_image.width() * 4 < m_picture->width();
    m_picture->setPixmap(QPixmap::fromImage(
        m_image.scaled(m_picture->size(), Qt::KeepAspectRatio,
                       tiny ? Qt::FastTransformation : Qt::SmoothTransformation)));
}

}  // namespace faicls::gui
