#pragma once

#include <QDialog>

class QCheckBox;

namespace faicls::gui {

class EngineController;
class ExplainedPicture;

/// The model whose view a picture viewer offers (its heat map of a class).
struct ViewerExplanation {
    EngineController* engine = nullptr;
    QString bundlePath;
    int classId = -1;  ///< < 0: the model's best class
};

/// A picture at the size of the window, inside the app (no external viewer needed): from the
/// mistakes gallery, the problems table and the thumbnail grid. Given a model, it can show
/// where the model looked (its heat map of a class). Closes with Esc.
class ImageViewer : public QDialog {
    Q_OBJECT
public:
    /// Opens a viewer of its own (deleted when closed); a file that cannot be read says why.
    static ImageViewer* open(QWidget* parent, const QString& path, const QString& caption = {},
                             const ViewerExplanation& explanation = {});

    QString path() const;
    bool showsPicture() const;
    /// The viewer's "Show where the model looked" (null without a model).
    QCheckBox* heatMapCheck() const { return m_heatMap; }
    ExplainedPicture* picture() const { return m_picture; }

private:
    ImageViewer(QWidget* parent, const QString& path, const QString& caption,
                const ViewerExplanation& explanation);

    ExplainedPicture* m_picture = nullptr;
    QCheckBox* m_heatMap = nullptr;
};

}  // namespace faicls::gui
