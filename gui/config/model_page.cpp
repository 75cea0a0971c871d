#include "config/model_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <fstream>

#include "common/retranslator.h"
#include "common/session.h"
#include "config/config_form.h"
#include "config/weights_download_dialog.h"
#include "faicls/config_json.h"
#include "faicls/weights_catalog.h"
#include "runner/engine_controller.h"
#include "runner/error_text.h"

namespace faicls::gui {

using nlohmann::json;

namespace {

QScrollArea* scrolled(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// Presets: ImageNet-pretrained networks (named after their catalogue entry), the reference
// zoo's n/s/m and the usual torchvision networks from scratch.
json presetModel(const QString& name) {
    if (name.endsWith(QStringLiteral("-imagenet"))) {
        const auto entry = WeightsDownloadDialog::findEntry(name.toStdString(), nullptr);
        if (!entry)
            return json::object();
        json backbone = toJson(ModelConfig{})["backbone_config"];
        backbone.merge_patch(jsonAt(toJson(ModelConfig{ModelConfig{}.numClasses, entry->backbone}),
                                    "backbone_config"));
        backbone["pretrained"] = entry->name;
        return {{"backbone_config", backbone}, {"features", "res5"}};
    }
    if (name == QStringLiteral("fai-cls-n"))
        return {{"backbone_config", {{"model_type", "stdc"}, {"size", "nano"}}},
                {"features", "res4"},
                {"num_layers", 1}};
    if (name == QStringLiteral("fai-cls-s"))
        return {{"backbone_config", {{"model_type", "stdc"}, {"size", "small"}}},
                {"features", "res4"},
                {"num_layers", 1}};
    if (name == QStringLiteral("fai-cls-m"))
        return {{"backbone_config", {{"model_type", "stdc"}, {"size", "small"}}},
                {"features", "res5"},
                {"num_layers", 1}};
    if (name == QStringLiteral("resnet18"))
        return {{"backbone_config", {{"model_type", "resnet"}, {"depth", 18}}},
                {"features", "res5"}};
    if (name == QStringLiteral("resnet50"))
        return {{"backbone_config", {{"model_type", "resnet"}, {"depth", 50}}},
                {"features", "res5"}};
    if (name == QStringLiteral("efficientnet-b0"))
        return {{"backbone_config", {{"model_type", "efficientnet"}, {"variant", "b0"}}},
                {"features", "res5"}};
    return json::object();
}

// Which backbone learning-rate factor the training will use, and why when it is automatic.
QString backboneRateText(const ExperimentConfig& experiment) {
    const double factor = effectiveBackboneMultiplier(experiment);
    if (experiment.train.backboneMultiplier)
        return ModelPage::tr("Backbone learning rate × %1.").arg(factor);
    return ModelPage::tr("Backbone learning rate × %1 (automatic: %2).")
        .arg(factor)
        .arg(pretrainedKind(experiment.model.backbone.pretrained) == PretrainedKind::None
                 ? ModelPage::tr("from scratch")
                 : ModelPage::tr("pretrained weights"));
}

}  // namespace

ModelPage::ModelPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    Retranslator* texts = m_texts;
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("presetCombo"));
    for (const char* preset : {"", "resnet18-imagenet", "resnet50-imagenet",
                               "efficientnet-b0-imagenet", "mobilenet-v2-imagenet", "fai-cls-n",
                               "fai-cls-s", "fai-cls-m", "resnet18", "resnet50", "efficientnet-b0"})
        m_presets->addItem(QString(), QString::fromLatin1(preset));
    texts->add([this] {
        const QStringList names = {
            tr("Choose a preset…"),
            tr("ResNet-18, ImageNet-pretrained (recommended for photos)"),
            tr("ResNet-50, ImageNet-pretrained (more accurate, slower)"),
            tr("EfficientNet-B0, ImageNet-pretrained"),
            tr("MobileNetV2, ImageNet-pretrained (small and fast)"),
            tr("FAI-CLS n — STDC nano, res4, from scratch (smallest, fastest)"),
            tr("FAI-CLS s — STDC small, res4, from scratch"),
            tr("FAI-CLS m — STDC small, res5, from scratch"),
            tr("ResNet-18, from scratch"),
            tr("ResNet-50, from scratch"),
            tr("EfficientNet-B0, from scratch")};
        for (int i = 0; i < names.size(); ++i)
            m_presets->setItemText(i, names[i]);
    });
    auto* load = texts->text(new QPushButton(this), [] { return tr("Load…"); });
    load->setObjectName(QStringLiteral("loadConfigButton"));
    auto* save = texts->text(new QPushButton(this), [] { return tr("Save…"); });
    save->setObjectName(QStringLiteral("saveConfigButton"));
    auto* defaults = texts->text(new QPushButton(this), [] { return tr("Defaults"); });
    top->addWidget(texts->text(new QLabel(this), [] { return tr("Preset:"); }));
    top->addWidget(m_presets, 1);
    top->addWidget(defaults);
    top->addWidget(load);
    top->addWidget(save);
    layout->addLayout(top);

    // Settings are read when a training starts: during one, say where changes go.
    auto* nextRun = texts->text(new QLabel(this), [] {
        return tr(
            "A training is running with the settings it started with: changes made here "
            "apply to the next run.");
    });
    nextRun->setObjectName(QStringLiteral("nextRunHint"));
    nextRun->setWordWrap(true);
    nextRun->setStyleSheet(QStringLiteral(
        "QLabel { background: #eaf2fb; border: 1px solid #a9cce3; border-radius: 4px; "
        "padding: 4px; color: #1b4f72; }"));
    nextRun->hide();
    layout->addWidget(nextRun);
    connect(m_engine, &EngineController::trainingStateChanged, nextRun,
            [this, nextRun] { nextRun->setVisible(m_engine->isTraining()); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("configStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* weights = new QHBoxLayout;
    m_weightsInfo = new QLabel(this);
    m_weightsInfo->setObjectName(QStringLiteral("weightsInfoLabel"));
    m_weightsInfo->setWordWrap(true);
    m_weightsInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_download = texts->text(new QPushButton(this), [] { return tr("Download…"); });
    m_download->setObjectName(QStringLiteral("downloadWeightsButton"));
    auto* chooseFile =
        texts->text(new QPushButton(this), [] { return tr("Choose weights file…"); });
    chooseFile->setObjectName(QStringLiteral("chooseWeightsButton"));
    weights->addWidget(m_weightsInfo, 1);
    weights->addWidget(m_download);
    weights->addWidget(chooseFile);
    layout->addLayout(weights);

    auto* tabs = new QTabWidget(this);
    m_modelForm = new ConfigForm(modelSchema(), {"num_classes", "multi_label"}, this);
    m_modelForm->setObjectName(QStringLiteral("modelForm"));
    // The device is chosen on the Training page, next to where the run starts.
    m_trainForm = new ConfigForm(trainSchema(), {"device"}, this);
    m_trainForm->setObjectName(QStringLiteral("trainForm"));
    tabs->addTab(scrolled(m_modelForm, tabs), QString());
    tabs->addTab(scrolled(m_trainForm, tabs), QString());
    texts->add([tabs] {
        tabs->setTabText(0, tr("Network"));
        tabs->setTabText(1, tr("Training recipe"));
    });
    layout->addWidget(tabs, 1);

    connect(m_presets, &QComboBox::activated, this,
            [this] { applyPreset(m_presets->currentData().toString()); });
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_modelForm->resetToDefaults();
        m_trainForm->resetToDefaults();
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Load a configuration"), {}, tr("JSON (*.json)"));
        if (!file.isEmpty())
            loadFile(file);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save the configuration"),
                                         QStringLiteral("experiment.json"), tr("JSON (*.json)"));
        if (!file.isEmpty())
            saveFile(file);
    });
    connect(m_download, &QPushButton::clicked, this, &ModelPage::downloadWeights);
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose pretrained weights"), {},
                                         tr("Weights (*.pth *.pt *.tar *.faicls);;All files (*)"));
        if (!file.isEmpty())
            setPretrained(file);
    });
    connect(m_session, &Session::pretrainedChosen, this, &ModelPage::setPretrained);
    connect(m_modelForm, &ConfigForm::changed, this, &ModelPage::revalidate);
    connect(m_trainForm, &ConfigForm::changed, this, &ModelPage::revalidate);
    texts->add([this] { revalidate(); });
}

ExperimentConfig ModelPage::experiment() const {
    const auto read = readExperimentConfig(
        json{{"model", m_modelForm->toJson()}, {"train", m_trainForm->toJson()}});
    return read.config;
}

void ModelPage::setExperiment(const ExperimentConfig& experiment) {
    m_modelForm->setJson(toJson(experiment.model));
    m_trainForm->setJson(toJson(experiment.train));
}

void ModelPage::applyPreset(const QString& name) {
    if (name.isEmpty())
        return;
    m_presets->setCurrentIndex(std::max(0, m_presets->findData(name)));
    json model = m_modelForm->toJson();
    // A preset names a backbone: other backbone keys go back to their defaults.
    model["backbone_config"] = toJson(ModelConfig{})["backbone_config"];
    model.merge_patch(presetModel(name));
    m_modelForm->setJson(model);
}

void ModelPage::setPretrained(const QString& value) {
    json model = m_modelForm->toJson();
    setJsonAt(model, "backbone_config.pretrained", value.toStdString());
    m_modelForm->setJson(model);
}

void ModelPage::downloadWeights() {
    const auto entry =
        WeightsDownloadDialog::findEntry(experiment().model.backbone.pretrained, nullptr);
    if (!entry)
        return;
    WeightsDownloadDialog dialog(m_engine, *entry, this);
    dialog.exec();
    revalidate();
}

// Where the backbone's weights come from, what they are worth, and whether they are here; an
// entry for another backbone is a problem of the field.
QString ModelPage::describeWeights(const BackboneConfig& backbone, std::string& problem) {
    m_download->setVisible(false);
    switch (pretrainedKind(backbone.pretrained)) {
        case PretrainedKind::None:
            return tr(
                "Weights: random (from scratch). With few photos, an ImageNet-pretrained "
                "preset learns far more.");
        case PretrainedKind::File:
            if (!QFileInfo::exists(QString::fromStdString(backbone.pretrained)))
                problem = "file not found";
            return tr("Weights: the file %1.").arg(QString::fromStdString(backbone.pretrained));
        case PretrainedKind::CatalogEntry:
            break;
    }
    QString catalogProblem;
    const auto entry = WeightsDownloadDialog::findEntry(backbone.pretrained, &catalogProblem);
    if (!catalogProblem.isEmpty()) {
        problem = catalogProblem.toStdString();
        return tr("Weights: the weights catalogue cannot be read.");
    }
    if (!entry) {
        problem = "not a weights catalogue entry, nor a file";
        return tr("Weights: %1 is not in the weights catalogue.")
            .arg(QString::fromStdString(backbone.pretrained));
    }
    if (!weightsFitBackbone(*entry, backbone))
        problem = "these weights are for another backbone; choose its preset";
    QString text =
        tr("Weights: %1 — %2, licence %3")
            .arg(QString::fromStdString(entry->name), QString::fromStdString(entry->source),
                 QString::fromStdString(entry->licence));
    if (entry->top1 > 0)
        text += tr(", ImageNet top-1 %1 %").arg(entry->top1, 0, 'f', 1);
    const auto cached = cachedWeightsFile(*entry);
    if (cached)
        return text + tr(". On this computer: %1").arg(QString::fromStdString(*cached));
    m_download->setVisible(true);
    const QString size = WeightsDownloadDialog::sizeText(entry->sizeMegabytes);
    return text + (size.isEmpty() ? tr(". Not downloaded yet.")
                                  : tr(". Not downloaded yet (%1).").arg(size));
}

bool ModelPage::loadFile(const QString& path) {
    try {
        const auto read = loadExperimentConfigFile(path.toStdString());
        if (!read.ok()) {
            Q_EMIT errorOccurred(tr("%1 has problems:\n%2")
                                     .arg(path, QString::fromStdString(formatIssues(read.errors))));
            return false;
        }
        setExperiment(read.config);
        return true;
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
}

bool ModelPage::saveFile(const QString& path) {
    std::ofstream out(path.toStdString(), std::ios::trunc);
    out << json{{"model", m_modelForm->toJson()}, {"train", m_trainForm->toJson()}}.dump(2) << "\n";
    if (!out) {
        Q_EMIT errorOccurred(tr("%1 could not be written").arg(path));
        return false;
    }
    return true;
}

void ModelPage::revalidate() {
    const json model = m_modelForm->toJson();
    m_modelForm->setBackboneType(jsonAt(model, "backbone_config.model_type").get<std::string>());
    // A named STDC size fixes base and layers; they matter for a custom size only.
    const bool namedSize = !jsonAt(model, "backbone_config.size").get<std::string>().empty();
    for (const char* key : {"backbone_config.base", "backbone_config.layers"})
        m_modelForm->setFieldEnabled(key, !namedSize, tr("Set by the size"));
    const auto modelRead = readModelConfig(model);
    const auto trainRead = readTrainConfig(m_trainForm->toJson());
    std::map<std::string, std::string> modelIssues, trainIssues;
    int shown = 0;
    for (const auto& issue : modelRead.errors) {
        if (issue.keyPath == "num_classes")
            continue;  // set from the dataset when training starts
        modelIssues[issue.keyPath] = issue.message;
        ++shown;
    }
    for (const auto& issue : trainRead.errors) {
        trainIssues[issue.keyPath] = issue.message;
        ++shown;
    }
    std::string weightsProblem;
    m_weightsInfo->setText(describeWeights(modelRead.config.backbone, weightsProblem));
    if (!weightsProblem.empty()) {
        modelIssues["backbone_config.pretrained"] = weightsProblem;
        ++shown;
    }
    m_modelForm->showIssues(modelIssues);
    m_trainForm->showIssues(trainIssues);
    m_valid = shown == 0;
    m_session->setExperiment(ExperimentConfig{modelRead.config, trainRead.config}, m_valid);
    if (m_valid) {
        const ModelConfig& config = modelRead.config;
        m_status->setText(
            tr("Ready: %1, features %2 (%3 channels), %n-layer head.", nullptr, config.numLayers)
                .arg(QString::fromStdString(config.backbone.modelType),
                     QString::fromStdString(config.features))
                .arg(featureChannels(config)) +
            QStringLiteral(" ") +
            backboneRateText(ExperimentConfig{modelRead.config, trainRead.config}));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(tr("%n problem(s) in the configuration: see the fields marked in red.",
                             nullptr, shown));
        m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
}

}  // namespace faicls::gui
