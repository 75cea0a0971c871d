#include "common/duration_text.h"

#include <algorithm>

namespace faicls::gui {

QString DurationText::of(double seconds) {
    const int s = static_cast<int>(std::max(0.0, seconds) + 0.5);
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 s").arg(s);
}

}  // namespace faicls::gui
