// The config form, for every key of the engine's schema (data-driven): a field of the right
// kind, the schema's default shown, another valid value written and read back, the key in the
// tooltip, a file dialog button on file-path keys only, and problems shown next to the field.

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "config/config_form.h"
#include "faicls/config_json.h"
#include "faicls/config_schema.h"

using namespace faicls;
using namespace faicls::gui;
using nlohmann::json;

namespace {

// A valid value other than the default, as the form would write it.
json otherValue(const SchemaEntry& entry) {
    const json& d = entry.defaultValue;
    switch (entry.kind) {
        case ValueKind::Integer:
            if (!entry.choices.empty())
                return std::stoi(entry.choices.back() == std::to_string(d.get<int>())
                                     ? entry.choices.front()
                                     : entry.choices.back());
            return static_cast<int>(entry.maximum > 2e9 ? entry.minimum + 1 : entry.maximum);
        case ValueKind::Number:
            return (entry.minimum + std::min(entry.maximum, entry.minimum + 10.0)) / 2 + 0.0625;
        case ValueKind::Boolean:
            return !d.get<bool>();
        case ValueKind::Choice:
            return entry.choices.back() == d ? entry.choices.front() : entry.choices.back();
        case ValueKind::Text:
            return "some text";
        case ValueKind::FilePath:
            return "/tmp/weights.pth";
        case ValueKind::NumberTriple:
            return json::array({1.5, 2.5, 3.5});
        case ValueKind::IntegerList:
            return json::array({3, 1, 4});
        case ValueKind::Resolution:
            return json::array({96, 128});
    }
    return nullptr;
}

// Equal JSON, numbers within 1e-9 (spin boxes hold doubles).
bool sameJson(const json& a, const json& b) {
    if (a.is_number() && b.is_number())
        return std::abs(a.get<double>() - b.get<double>()) < 1e-9;
    if (a.is_array() && b.is_array()) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (!sameJson(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

const SchemaEntry& entryFor(const std::string& section, const std::string& keyPath) {
    const auto& schema = section == "model" ? modelSchema() : trainSchema();
    for (const auto& entry : schema)
        if (entry.keyPath == keyPath)
            return entry;
    throw std::runtime_error(keyPath);
}

}  // namespace

Q_DECLARE_METATYPE(std::string)

class TestConfigForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyKey_data() {
        QTest::addColumn<std::string>("section");
        QTest::addColumn<std::string>("keyPath");
        for (const auto& entry : modelSchema())
            QTest::newRow(("model " + entry.keyPath).c_str())
                << std::string("model") << entry.keyPath;
        for (const auto& entry : trainSchema())
            QTest::newRow(("train " + entry.keyPath).c_str())
                << std::string("train") << entry.keyPath;
    }

    void everyKey() {
        QFETCH(std::string, section);
        QFETCH(std::string, keyPath);
        const SchemaEntry& entry = entryFor(section, keyPath);
        ConfigForm form(section == "model" ? modelSchema() : trainSchema(), {});
        QWidget* field = form.field(keyPath);
        QVERIFY(field);
        QVERIFY(field->toolTip().contains(QString::fromStdString(keyPath)));

        // The schema's default is what a fresh form shows; null, or a number outside the range
        // (num_classes 0: "from the dataset"; the Model page hides it), is left to the engine.
        const json shown = jsonAt(form.toJson(), keyPath);
        const json& d = entry.defaultValue;
        const bool outOfRange =
            d.is_number() && (d.get<double>() < entry.minimum || d.get<double>() > entry.maximum);
        if (!d.is_null() && !outOfRange)
            QVERIFY2(sameJson(shown, entry.defaultValue),
                     qPrintable(QString::fromStdString(shown.dump())));

        // Another value round-trips, and says it changed.
        QSignalSpy changed(&form, &ConfigForm::changed);
        json written = json::object();
        const json value = otherValue(entry);
        setJsonAt(written, keyPath, value);
        form.setJson(written);
        QCOMPARE(changed.count(), 1);
        const json back = jsonAt(form.toJson(), keyPath);
        QVERIFY2(sameJson(back, value), qPrintable(QString::fromStdString(back.dump())));

        // Only a file path gets a file dialog.
        QCOMPARE(field->findChild<QPushButton*>() != nullptr, entry.kind == ValueKind::FilePath);

        // A problem is shown next to its field, and cleared again.
        auto* issue = form.findChild<QLabel*>(QString::fromStdString("issue:" + keyPath));
        QVERIFY(issue);
        form.showIssues({{keyPath, "out of range"}});
        QVERIFY(!issue->isHidden());
        QVERIFY(issue->text().contains("out of range"));
        form.showIssues({});
        QVERIFY(issue->isHidden());
    }

    void automaticNumberRoundTrips() {
        // backbone_multiplier: unset means "the engine chooses", shown as "automatic".
        ConfigForm form(trainSchema(), {});
        QVERIFY(jsonAt(form.toJson(), "backbone_multiplier").is_null());
        auto* spin = qobject_cast<QDoubleSpinBox*>(form.field("backbone_multiplier"));
        QVERIFY(spin);
        QCOMPARE(spin->text(), QString("automatic"));
        form.setJson({{"backbone_multiplier", 0.5}});
        QCOMPARE(jsonAt(form.toJson(), "backbone_multiplier").get<double>(), 0.5);
        form.setJson({{"backbone_multiplier", nullptr}});
        QVERIFY(jsonAt(form.toJson(), "backbone_multiplier").is_null());
    }

    void hiddenKeysHaveNoField() {
        ConfigForm form(trainSchema(), {"device"});
        QVERIFY(!form.field("device"));
        QVERIFY(!form.toJson().contains("device"));
        QVERIFY(form.field("epochs"));
    }

    void resetRestoresTheDefaults() {
        ConfigForm form(trainSchema(), {});
        const json defaults = form.toJson();
        form.setJson({{"epochs", 3}, {"optimizer", "sgd"}});
        QCOMPARE(jsonAt(form.toJson(), "epochs").get<int>(), 3);
        form.resetToDefaults();
        QCOMPARE(QString::fromStdString(form.toJson().dump()),
                 QString::fromStdString(defaults.dump()));
    }

    void backboneTypeHidesKeysThatDoNotApply() {
        ConfigForm form(modelSchema(), {"num_classes", "multi_label"});
        form.show();
        form.setBackboneType("resnet");
        QVERIFY(form.field("backbone_config.depth")->isVisibleTo(&form));
        QVERIFY(!form.field("backbone_config.size")->isVisibleTo(&form));
        form.setBackboneType("stdc");
        QVERIFY(!form.field("backbone_config.depth")->isVisibleTo(&form));
        QVERIFY(form.field("backbone_config.size")->isVisibleTo(&form));
    }
};

QTEST_MAIN(TestConfigForm)
#include "tst_config_form.moc"
