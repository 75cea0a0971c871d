#include "common/model_picker.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "common/retranslator.h"

namespace faicls::gui {

ModelPicker::ModelPicker(const QString& editObjectName, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)) {
    auto* texts = new Retranslator(this);
    m_edit->setObjectName(editObjectName);
    auto* browse = texts->text(new QPushButton(this), [] { return tr("Choose…"); });
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a model"), m_edit->text(), tr("FAI-CLS models (*.faicls)"));
        if (!file.isEmpty()) {
            m_edit->setText(file);
            Q_EMIT chosen(file);
        }
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { Q_EMIT chosen(m_edit->text()); });
}

QString ModelPicker::path() const {
    return m_edit->text();
}

void ModelPicker::setPath(const QString& path) {
    m_edit->setText(path);
}

void ModelPicker::setPlaceholderText(const QString& text) {
    m_edit->setPlaceholderText(text);
}

}  // namespace faicls::gui
