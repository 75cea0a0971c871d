#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <vector>

#include "faicls/dataset.h"

namespace faicls::gui {

/// One dataset image, large, with its labels and (for COCO datasets) its boxes drawn over it.
class ImagePreview : public QWidget {
    Q_OBJECT
public:
    explicit ImagePreview(QWidget* parent = nullptr);
    /// `classNames` name the labels and boxes; an unreadable file shows a message instead.
    void showImage(const DatasetImage& image, const std::vector<std::string>& classNames);
    /// Nothing shown (another dataset was opened).
    void clear();
    bool isEmpty() const { return m_image.isNull() && m_error.isEmpty(); }
    QSize sizeHint() const override { return {360, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_caption;
    std::vector<LabelBox> m_boxes;
    QStringList m_boxNames;
    QString m_error;
};

}  // namespace faicls::gui
