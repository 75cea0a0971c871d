#pragma once

#include <QImage>
#include <QLabel>
#include <optional>

#include "faicls/explanation.h"

namespace faicls::gui {

class EngineController;

/// `scaled` (RGB888) with `map` drawn over it; `original` is the picture's own size, which the
/// map's region is in. What every view that shows a heat map draws with.
QImage withHeatMap(const QImage& scaled, QSize original, const HeatMap& map);

/// A picture fitted to the widget and, when asked, where a model looked in it: the Grad-CAM
/// heat map of one class, computed on the engine's task thread the first time it is shown for
/// that picture, model and class. The Review page's picture and the picture viewer.
class ExplainedPicture : public QLabel {
    Q_OBJECT
public:
    /// `engine` null: pictures only.
    explicit ExplainedPicture(EngineController* engine, QWidget* parent = nullptr);

    /// "" shows nothing; a file that cannot be read says why.
    void setPicture(const QString& path);
    QString path() const { return m_path; }
    bool showsPicture() const { return !m_image.isNull(); }
    /// The model and the class (< 0: its best) whose heat map is drawn when it is on.
    void setModel(const QString& bundlePath, int classId = -1);
    void setHeatMapShown(bool shown);
    /// The heat map is drawn now (asked for, and come).
    bool drawsHeatMap() const;

Q_SIGNALS:
    void heatMapFailed(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    bool mapFits() const;
    void askForHeatMap();
    void redraw();

    EngineController* const m_engine;
    QString m_path;
    QImage m_image;
    QString m_bundle;
    int m_classId = -1;
    bool m_heatMapShown = false;
    bool m_waiting = false;
    std::optional<HeatMap> m_map;  ///< of m_path and m_bundle
    QString m_mapBundle;
    QString m_mapPath;
};

}  // namespace faicls::gui
