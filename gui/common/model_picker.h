#pragma once

#include <QWidget>

class QLineEdit;

namespace faicls::gui {

/// The model row of the Evaluation, Prediction and Export pages: a path to a `.faicls` bundle,
/// typed or chosen with a file dialog.
class ModelPicker : public QWidget {
    Q_OBJECT
public:
    /// `editObjectName`: the line edit's object name (tests find it by that).
    explicit ModelPicker(const QString& editObjectName, QWidget* parent = nullptr);

    QString path() const;
    /// Shows `path` without emitting chosen().
    void setPath(const QString& path);
    void setPlaceholderText(const QString& text);

Q_SIGNALS:
    /// The user chose a bundle in the dialog, or finished typing a path.
    void chosen(const QString& path);

private:
    QLineEdit* m_edit;
};

}  // namespace faicls::gui
