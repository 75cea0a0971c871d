#include "dataset/image_preview.h"

#include <QImageReader>
#include <QPainter>

namespace faicls::gui {

ImagePreview::ImagePreview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("imagePreview"));
    setMinimumSize(200, 200);
}

void ImagePreview::showImage(const DatasetImage& image,
                             const std::vector<std::string>& classNames) {
    QImageReader reader(QString::fromStdString(image.path));
    reader.setAutoTransform(true);
    m_image = reader.read();
    m_error = m_image.isNull()
                  ? tr("%1 cannot be shown: %2")
                        .arg(QString::fromStdString(image.relativePath), reader.errorString())
                  : QString();
    QStringList labels;
    for (int label : image.labels)
        labels << QString::fromStdString(classNames.at(static_cast<size_t>(label)));
    m_caption = QStringLiteral("%1 — %2").arg(
        QString::fromStdString(image.relativePath),
        labels.isEmpty() ? tr("no label") : labels.join(QStringLiteral(", ")));
    m_boxes = image.boxes;
    m_boxNames.clear();
    for (const auto& box : m_boxes)
        m_boxNames << QString::fromStdString(classNames.at(static_cast<size_t>(box.classId)));
    update();
}

void ImagePreview::clear() {
    m_image = QImage();
    m_caption.clear();
    m_boxes.clear();
    m_boxNames.clear();
    m_error.clear();
    update();
}

void ImagePreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int captionHeight = fontMetrics().height() + 8;
    const QRect area = rect().adjusted(4, 4, -4, -captionHeight);
    if (!m_error.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_error);
        return;
    }
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("Select an image to see it here"));
        return;
    }
    const QSize scaled = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.topLeft() + QPoint((area.width() - scaled.width()) / 2,
                                               (area.height() - scaled.height()) / 2),
                       scaled);
    // Small pictures stay sharp when enlarged.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_image.width() >= target.width() / 2);
    painter.drawImage(target, m_image);
    const double scale = static_cast<double>(target.width()) / m_image.width();
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        const LabelBox& box = m_boxes[i];
        const QRectF r(target.left() + box.x * scale, target.top() + box.y * scale,
                       box.width * scale, box.height * scale);
        painter.setPen(QPen(QColor(0xF3, 0x9C, 0x12), 2));
        painter.drawRect(r);
        const QString name = m_boxNames.at(static_cast<int>(i));
        const QRectF tag(
            r.topLeft() - QPointF(0, fontMetrics().height() + 2),
            QSizeF(fontMetrics().horizontalAdvance(name) + 8, fontMetrics().height() + 2));
        painter.fillRect(tag, QColor(0xF3, 0x9C, 0x12));
        painter.setPen(Qt::black);
        painter.drawText(tag, Qt::AlignCenter, name);
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(0, height() - captionHeight, width(), captionHeight),
                     Qt::AlignCenter | Qt::TextSingleLine,
                     fontMetrics().elidedText(m_caption, Qt::ElideMiddle, width() - 8));
}

}  // namespace faicls::gui
