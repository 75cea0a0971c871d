#include "common/picture_icon.h"

#include <QImageReader>
#include <QPixmap>

namespace faicls::gui {

QIcon pictureIcon(const QString& path, int size) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage picture = reader.read();
    if (picture.isNull())
        return {};
    return QIcon(QPixmap::fromImage(
        picture.scaled(size, size, Qt::KeepAspectRatio,
                       picture.width() < 32 ? Qt::FastTransformation : Qt::SmoothTransformation)));
}

}  // namespace faicls::gui
