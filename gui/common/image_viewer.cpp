#include "common/image_viewer.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

#include "common/explained_picture.h"

namespace faicls::gui {

ImageViewer* ImageViewer::open(QWidget* parent, const QString& path, const QString& caption,
                               const ViewerExplanation& explanation) {
    auto* viewer = new ImageViewer(parent, path, caption, explanation);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

ImageViewer::ImageViewer(QWidget* parent, const QString& path, const QString& caption,
                         const ViewerExplanation& explanation)
    : QDialog(parent) {
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(QDir::toNativeSeparators(path));
    auto* layout = new QVBoxLayout(this);
    m_picture = new ExplainedPicture(explanation.engine, this);
    m_picture->setMinimumSize(240, 240);
    layout->addWidget(m_picture, 1);
    auto* text = new QLabel(caption.isEmpty() ? QDir::toNativeSeparators(path) : caption, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    if (explanation.engine && !explanation.bundlePath.isEmpty()) {
        m_picture->setModel(explanation.bundlePath, explanation.classId);
        m_heatMap = new QCheckBox(tr("Show where the model looked"), this);
        m_heatMap->setObjectName(QStringLiteral("viewerHeatMapCheck"));
        layout->addWidget(m_heatMap);
        connect(m_heatMap, &QCheckBox::toggled, m_picture, &ExplainedPicture::setHeatMapShown);
        connect(m_picture, &ExplainedPicture::heatMapFailed, text, [text](const QString& message) {
            text->setText(tr("No heat map: %1").arg(message));
        });
    }
    m_picture->setPicture(path);
    resize(720, 600);
}

QString ImageViewer::path() const {
    return m_picture->path();
}

bool ImageViewer::showsPicture() const {
    return m_picture->showsPicture();
}

}  // namespace faicls::gui
