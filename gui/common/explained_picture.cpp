#include "common/explained_picture.h"

#include <QImageReader>

#include "faicls/annotation.h"
#include "runner/engine_controller.h"
#include "runner/error_text.h"

namespace faicls::gui {

QImage withHeatMap(const QImage& scaled, QSize original, const HeatMap& map) {
    if (original.isEmpty() || scaled.isNull())
        return scaled;
    const QImage rgb = scaled.convertToFormat(QImage::Format_RGB888);
    // The map's region is in the picture's pixels; the view shows it scaled.
    HeatMap placed = map;
    const double sx = double(rgb.width()) / original.width();
    const double sy = double(rgb.height()) / original.height();
    placed.regionX *= sx;
    placed.regionWidth *= sx;
    placed.regionY *= sy;
    placed.regionHeight *= sy;
    const AnnotatedImage drawn = overlayHeatMap(rgb.constBits(), rgb.width(), rgb.height(),
                                                static_cast<int>(rgb.bytesPerLine()), placed);
    return QImage(drawn.rgb.data(), drawn.width, drawn.height, drawn.width * 3,
                  QImage::Format_RGB888)
        .copy();
}

ExplainedPicture::ExplainedPicture(EngineController* engine, QWidget* parent)
    : QLabel(parent), m_engine(engine) {
    setAlignment(Qt::AlignCenter);
    setMinimumSize(160, 160);
    // The pixmap follows the widget's size, never the other way round.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    if (!m_engine)
        return;
    EngineWorker* worker = m_engine->taskWorker();
    connect(worker, &EngineWorker::explanationReady, this, [this](const ExplanationResult& result) {
        if (!m_waiting || result.imagePath != m_path || result.bundlePath != m_bundle ||
            (m_classId >= 0 && result.map.classId != m_classId))
            return;  // another view's, or a picture no longer shown
        m_waiting = false;
        m_map = result.map;
        m_mapBundle = result.bundlePath;
        m_mapPath = result.imagePath;
        redraw();
    });
    connect(worker, &EngineWorker::explanationFailed, this,
            [this](const QString& imagePath, const QString& message) {
                if (!m_waiting || imagePath != m_path)
                    return;
                m_waiting = false;
                Q_EMIT heatMapFailed(message);
            });
}

void ExplainedPicture::setPicture(const QString& path) {
    if (path == m_path && !path.isEmpty())
        return;
    m_path = path;
    m_waiting = false;
    m_image = QImage();
    clear();
    if (!path.isEmpty()) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        m_image = reader.read();
        if (m_image.isNull())
            setText(tr("%1 cannot be shown: %2").arg(path, reader.errorString()));
    }
    askForHeatMap();
    redraw();
}

void ExplainedPicture::setModel(const QString& bundlePath, int classId) {
    if (bundlePath == m_bundle && classId == m_classId)
        return;
    m_bundle = bundlePath;
    m_classId = classId;
    m_waiting = false;
    askForHeatMap();
    redraw();
}

void ExplainedPicture::setHeatMapShown(bool shown) {
    m_heatMapShown = shown;
    askForHeatMap();
    redraw();
}

bool ExplainedPicture::mapFits() const {
    return m_map && m_mapPath == m_path && m_mapBundle == m_bundle &&
           (m_classId < 0 || m_map->classId == m_classId);
}

bool ExplainedPicture::drawsHeatMap() const {
    return m_heatMapShown && showsPicture() && mapFits();
}

void ExplainedPicture::askForHeatMap() {
    if (!m_engine || !m_heatMapShown || !showsPicture() || m_bundle.isEmpty() || mapFits() ||
        m_waiting)
        return;
    m_waiting = true;
    m_engine->explain(m_bundle, m_path, m_classId);
}

void ExplainedPicture::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    redraw();
}

void ExplainedPicture::redraw() {
    if (m_image.isNull())
        return;
    // Small pictures (28-pixel Fashion-MNIST) are enlarged without smoothing, photos smoothly.
    const bool tiny = m_image.width() * 4 < width();
    QImage scaled = m_image.scaled(size(), Qt::KeepAspectRatio,
                                   tiny ? Qt::FastTransformation : Qt::SmoothTransformation);
    if (drawsHeatMap()) {
        try {
            scaled = withHeatMap(scaled, m_image.size(), *m_map);
        } catch (const std::exception& error) {
            Q_EMIT heatMapFailed(ErrorText::describe(error));
        }
    }
    setPixmap(QPixmap::fromImage(scaled));
}

}  // namespace faicls::gui
