#include "config/config_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <cmath>

#include "common/retranslator.h"
#include "faicls/config_json.h"

namespace faicls::gui {

using nlohmann::json;

namespace {

// "learning_rate" → "Learning rate"; "backbone_config.depth" → "Depth".
QString titleOf(const std::string& keyPath) {
    std::string last =
        keyPath.substr(keyPath.rfind('.') == std::string::npos ? 0 : keyPath.rfind('.') + 1);
    QString title = QString::fromStdString(last).replace('_', ' ');
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

// A number the engine chooses when it is unset (its schema default is null).
bool isAutomaticNumber(const SchemaEntry& entry) {
    return entry.kind == ValueKind::Number && entry.defaultValue.is_null();
}

// Learning rates go down to 1e-6 and below: keep ten decimals, but show only the significant
// digits ("0.00025", not "0.0002500000").
class PreciseSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 8); }
};

}  // namespace

ConfigForm::ConfigForm(const std::vector<SchemaEntry>& schema, std::vector<std::string> hiddenKeys,
                       QWidget* parent)
    : QWidget(parent), m_hidden(std::move(hiddenKeys)) {
    m_texts = new Retranslator(this);
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto& entry : schema) {
        if (std::find(m_hidden.begin(), m_hidden.end(), entry.keyPath) != m_hidden.end())
            continue;
        Row row;
        row.entry = entry;
        row.editor = makeEditor(entry);
        row.editor->setObjectName(QString::fromStdString("field:" + entry.keyPath));
        row.label = new QLabel(this);
        // The schema's label and help are English in the engine; their translations come from
        // the "ConfigSchema" context (lupdate reads them from the schema table).
        QWidget* editor = row.editor;
        QLabel* label = row.label;
        m_texts->add([entry, editor, label] {
            const QString help = QCoreApplication::translate("ConfigSchema", entry.help.c_str()) +
                                 tr("\nKey: %1 · default: %2")
                                     .arg(QString::fromStdString(entry.keyPath),
                                          QString::fromStdString(entry.defaultValue.dump()));
            editor->setToolTip(help);
            label->setToolTip(help);
            label->setText(entry.label.empty()
                               ? titleOf(entry.keyPath)
                               : QCoreApplication::translate("ConfigSchema", entry.label.c_str()));
        });
        row.issue = new QLabel(this);
        row.issue->setObjectName(QString::fromStdString("issue:" + entry.keyPath));
        row.issue->setStyleSheet(QStringLiteral("color: #c0392b;"));
        row.issue->setWordWrap(true);
        row.issue->hide();
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(row.editor);
        cellLayout->addWidget(row.issue);
        m_layout->addRow(row.label, cell);
        m_rows.push_back(row);
    }
    resetToDefaults();
}

QWidget* ConfigForm::makeEditor(const SchemaEntry& entry) {
    auto notify = [this] { notifyChanged(); };
    switch (entry.kind) {
        case ValueKind::Integer: {
            if (!entry.choices.empty()) {
                auto* box = new QComboBox(this);
                for (const auto& choice : entry.choices)
                    box->addItem(QString::fromStdString(choice));
                connect(box, &QComboBox::currentIndexChanged, this, notify);
                return box;
            }
            auto* spin = new QSpinBox(this);
            spin->setRange(static_cast<int>(entry.minimum),
                           static_cast<int>(std::min(entry.maximum, 2e9)));
            connect(spin, &QSpinBox::valueChanged, this, notify);
            return spin;
        }
        case ValueKind::Number: {
            auto* spin = new PreciseSpinBox(this);
            spin->setMinimumWidth(110);
            spin->setDecimals(10);
            spin->setRange(entry.minimum, entry.maximum);
            spin->setSingleStep(entry.maximum <= 1.0 ? 0.0001 : 0.1);
            if (isAutomaticNumber(entry)) {
                // One step below the range stands for "unset": the engine chooses.
                spin->setMinimum(entry.minimum - spin->singleStep());
                m_texts->add([spin] { spin->setSpecialValueText(tr("automatic")); });
            }
            connect(spin, &QDoubleSpinBox::valueChanged, this, notify);
            return spin;
        }
        case ValueKind::Boolean: {
            auto* box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, notify);
            return box;
        }
        case ValueKind::Choice: {
            auto* box = new QComboBox(this);
            for (const auto& choice : entry.choices)
                box->addItem(QString::fromStdString(choice));
            connect(box, &QComboBox::currentIndexChanged, this, notify);
            return box;
        }
        case ValueKind::Text:
        case ValueKind::FilePath:
            return makeTextEditor(entry.kind == ValueKind::FilePath);
        case ValueKind::NumberTriple: {
            auto* holder = new QWidget(this);
            auto* layout = new QHBoxLayout(holder);
            layout->setContentsMargins(0, 0, 0, 0);
            for (int i = 0; i < 3; ++i) {
                auto* spin = new QDoubleSpinBox(holder);
                spin->setObjectName(QStringLiteral("component%1").arg(i));
                spin->setDecimals(3);
                spin->setRange(0, 255);
                layout->addWidget(spin);
                connect(spin, &QDoubleSpinBox::valueChanged, this, notify);
            }
            return holder;
        }
        case ValueKind::IntegerList:
        case ValueKind::Resolution:
            return makeListEditor(entry.kind);
    }
    return new QWidget(this);
}

// A line edit (object name "text"); for a file path with a picker beside it.
QWidget* ConfigForm::makeTextEditor(bool filePath) {
    auto* holder = new QWidget(this);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(holder);
    edit->setObjectName(QStringLiteral("text"));
    layout->addWidget(edit, 1);
    connect(edit, &QLineEdit::textChanged, this, &ConfigForm::notifyChanged);
    if (!filePath)
        return holder;
    auto* browse = m_texts->text(new QPushButton(holder), [] { return tr("Choose…"); });
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a weights file"), edit->text(),
                                         tr("Weights (*.pth *.pt *.faicls);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    return holder;
}

QWidget* ConfigForm::makeListEditor(ValueKind kind) {
    auto* edit = new QLineEdit(this);
    const QString pattern = kind == ValueKind::Resolution
                                ? QStringLiteral("^\\s*\\d+(\\s*[x×,]\\s*\\d+)?\\s*$")
                                : QStringLiteral("^\\s*\\d+(\\s*,\\s*\\d+)*\\s*$");
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setPlaceholderText(kind == ValueKind::Resolution ? tr("224 or 224 x 320")
                                                           : tr("2, 2, 2"));
    connect(edit, &QLineEdit::textChanged, this, &ConfigForm::notifyChanged);
    return edit;
}

void ConfigForm::notifyChanged() {
    if (!m_updating)
        Q_EMIT changed();
}

json ConfigForm::valueOf(const Row& row) const {
    const SchemaEntry& e = row.entry;
    switch (e.kind) {
        case ValueKind::Integer:
            if (auto* box = qobject_cast<QComboBox*>(row.editor))
                return box->currentText().toInt();
            return qobject_cast<QSpinBox*>(row.editor)->value();
        case ValueKind::Number: {
            const auto* spin = qobject_cast<QDoubleSpinBox*>(row.editor);
            if (isAutomaticNumber(e) && spin->value() == spin->minimum())
                return nullptr;
            return spin->value();
        }
        case ValueKind::Boolean:
            return qobject_cast<QCheckBox*>(row.editor)->isChecked();
        case ValueKind::Choice:
            return qobject_cast<QComboBox*>(row.editor)->currentText().toStdString();
        case ValueKind::Text:
        case ValueKind::FilePath:
            return row.editor->findChild<QLineEdit*>(QStringLiteral("text"))->text().toStdString();
        case ValueKind::NumberTriple: {
            json triple = json::array();
            for (int i = 0; i < 3; ++i)
                triple.push_back(
                    row.editor->findChild<QDoubleSpinBox*>(QStringLiteral("component%1").arg(i))
                        ->value());
            return triple;
        }
        case ValueKind::IntegerList: {
            json list = json::array();
            for (const QString& part :
                 qobject_cast<QLineEdit*>(row.editor)->text().split(',', Qt::SkipEmptyParts))
                list.push_back(part.trimmed().toInt());
            return list;
        }
        case ValueKind::Resolution: {
            const QStringList parts =
                qobject_cast<QLineEdit*>(row.editor)
                    ->text()
                    .split(QRegularExpression(QStringLiteral("[x×,]")), Qt::SkipEmptyParts);
            if (parts.size() == 2)
                return json::array({parts[0].trimmed().toInt(), parts[1].trimmed().toInt()});
            return parts.isEmpty() ? 0 : parts[0].trimmed().toInt();
        }
    }
    return nullptr;
}

void ConfigForm::setValue(Row& row, const json& value) {
    if (value.is_null() && isAutomaticNumber(row.entry)) {
        auto* spin = qobject_cast<QDoubleSpinBox*>(row.editor);
        spin->setValue(spin->minimum());
        return;
    }
    if (value.is_null())
        return;
    const SchemaEntry& e = row.entry;
    switch (e.kind) {
        case ValueKind::Integer:
            if (auto* box = qobject_cast<QComboBox*>(row.editor))
                box->setCurrentText(QString::number(value.get<int>()));
            else
                qobject_cast<QSpinBox*>(row.editor)->setValue(value.get<int>());
            break;
        case ValueKind::Number:
            qobject_cast<QDoubleSpinBox*>(row.editor)->setValue(value.get<double>());
            break;
        case ValueKind::Boolean:
            qobject_cast<QCheckBox*>(row.editor)->setChecked(value.get<bool>());
            break;
        case ValueKind::Choice: {
            auto* box = qobject_cast<QComboBox*>(row.editor);
            const QString text = QString::fromStdString(value.get<std::string>());
            if (box->findText(text) < 0)
                box->addItem(text);  // shown as it is; validation says what is wrong
            box->setCurrentText(text);
            break;
        }
        case ValueKind::Text:
        case ValueKind::FilePath:
            row.editor->findChild<QLineEdit*>(QStringLiteral("text"))
                ->setText(QString::fromStdString(value.is_string() ? value.get<std::string>()
                                                                   : value.dump()));
            break;
        case ValueKind::NumberTriple:
            for (int i = 0; i < 3 && i < static_cast<int>(value.size()); ++i)
                row.editor->findChild<QDoubleSpinBox*>(QStringLiteral("component%1").arg(i))
                    ->setValue(value[static_cast<size_t>(i)].get<double>());
            break;
        case ValueKind::IntegerList: {
            QStringList parts;
            for (const auto& v : value)
                parts << QString::number(v.get<int>());
            qobject_cast<QLineEdit*>(row.editor)->setText(parts.join(QStringLiteral(", ")));
            break;
        }
        case ValueKind::Resolution:
            qobject_cast<QLineEdit*>(row.editor)
                ->setText(value.is_array() ? QStringLiteral("%1 x %2")
                                                 .arg(value[0].get<int>())
                                                 .arg(value[1].get<int>())
                                           : QString::number(value.get<int>()));
            break;
    }
}

json ConfigForm::toJson() const {
    json section = json::object();
    for (const auto& row : m_rows)
        setJsonAt(section, row.entry.keyPath, valueOf(row));
    return section;
}

void ConfigForm::setJson(const json& section) {
    m_updating = true;
    for (auto& row : m_rows)
        setValue(row, jsonAt(section, row.entry.keyPath));
    m_updating = false;
    Q_EMIT changed();
}

void ConfigForm::resetToDefaults() {
    m_updating = true;
    for (auto& row : m_rows)
        setValue(row, row.entry.defaultValue);
    m_updating = false;
    Q_EMIT changed();
}

void ConfigForm::showIssues(const std::map<std::string, std::string>& messagesByKey) {
    for (auto& row : m_rows) {
        const auto found = messagesByKey.find(row.entry.keyPath);
        row.issue->setVisible(found != messagesByKey.end());
        row.issue->setText(found != messagesByKey.end() ? QString::fromStdString(found->second)
                                                        : QString());
    }
}

void ConfigForm::setBackboneType(const std::string& modelType) {
    for (auto& row : m_rows) {
        const auto& backbones = row.entry.backbones;
        const bool applies = backbones.empty() || std::find(backbones.begin(), backbones.end(),
                                                            modelType) != backbones.end();
        m_layout->setRowVisible(row.label, applies);
    }
}

void ConfigForm::setFieldEnabled(const std::string& keyPath, bool enabled, const QString& reason) {
    for (auto& row : m_rows) {
        if (row.entry.keyPath != keyPath)
            continue;
        row.editor->setEnabled(enabled);
        row.label->setEnabled(enabled);
        row.editor->setStatusTip(reason);
        if (!enabled && !reason.isEmpty())
            row.label->setToolTip(reason);
    }
}

QWidget* ConfigForm::field(const std::string& keyPath) const {
    for (const auto& row : m_rows)
        if (row.entry.keyPath == keyPath)
            return row.editor;
    return nullptr;
}

}  // namespace faicls::gui
