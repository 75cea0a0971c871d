#pragma once

#include <QIcon>
#include <QString>

namespace faicls::gui {

/// A gallery icon of the picture at `path`, at most `size` pixels a side (EXIF orientation
/// applied; tiny pictures enlarged without smoothing); a null icon when it cannot be read.
QIcon pictureIcon(const QString& path, int size = 64);

}  // namespace faicls::gui
