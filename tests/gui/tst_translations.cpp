// Every translation is complete and keeps the source's placeholders and plural forms; the
// embedded .qm files load and translate the window's strings.

#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>

#include "app/main_window.h"
#include "app/start_page.h"
#include "app/translations.h"
#include "common/custom_plot.h"
#include "faicls/engine_error.h"
#include "runner/error_text.h"

namespace {

struct Message {
    QString context, source;
    bool numerus = false;
    QString type;  // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;
};

QList<Message> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{
                context, {}, xml.attributes().value("numerus") == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value("type").toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    return messages;
}

QStringList placeholders(const QString& text) {
    QStringList found;
    auto it = QRegularExpression(QStringLiteral("%L?\\d|%n")).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << "de" << 2;
        QTest::newRow("es") << "es" << 2;
        QTest::newRow("fr") << "fr" << 2;
        QTest::newRow("it") << "it" << 2;
        QTest::newRow("zh_CN") << "zh_CN" << 1;
    }

    void complete() {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QString path = QStringLiteral(FAICLS_TRANSLATIONS_DIR "/faicls_%1.ts").arg(language);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"vanished\""), 0);
        QCOMPARE(text.count("type=\"obsolete\""), 0);
        const QList<Message> messages = readTs(path);
        QVERIFY2(messages.size() > 200, qPrintable(QString::number(messages.size())));
        int plurals = 0;
        for (const Message& m : messages) {
            const QString where = m.context + ": " + m.source;
            QVERIFY2(!m.forms.isEmpty(), qPrintable(where));
            if (m.numerus) {
                ++plurals;
                QVERIFY2(m.forms.size() == pluralForms, qPrintable(where));
            }
            for (const QString& form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(form) == placeholders(m.source),
                         qPrintable(where + " → " + form));
            }
        }
        QVERIFY(plurals > 0);
    }

    void embeddedTranslationsTranslateTheWindow_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("openDataset");
        QTest::newRow("de") << "de"
                            << "Datensatz";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "数据集";
    }

    void embeddedTranslationsTranslateTheWindow() {
        QFETCH(QString, language);
        QFETCH(QString, openDataset);
        faicls::gui::StartPage english;
        const QString englishText =
            english.findChild<QCommandLinkButton*>("openDatasetButton")->text();
        QVERIFY(englishText.contains("dataset"));
        QTranslator translator;
        QVERIFY(
            translator.load(QStringLiteral(":/faicls/translations/faicls_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        faicls::gui::StartPage translated;
        const QString text = translated.findChild<QCommandLinkButton*>("openDatasetButton")->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.contains(openDataset), qPrintable(text));
    }

    void switchingLanguageRetranslatesTheWindow() {
        faicls::gui::MainWindow window;
        auto* pages = window.findChild<QListWidget*>("pageList");
        auto* start = window.findChild<QPushButton*>("startTrainingButton");
        auto* open = window.findChild<QCommandLinkButton*>("openDatasetButton");
        auto* loss = window.findChild<QCustomPlot*>("lossPlot");
        QVERIFY(pages && start && open && loss);
        auto texts = [&] {
            return QStringList{pages->item(1)->text(), start->text(), open->text(),
                               loss->xAxis->label(), window.menuBar()->actions().first()->text()};
        };
        faicls::gui::setLanguage(QStringLiteral("en"));
        const QStringList english = texts();
        QCOMPARE(english.first(), QString("Dataset"));
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            faicls::gui::setLanguage(language);
            QCOMPARE(faicls::gui::currentLanguage(), language);
            const QStringList translated = texts();
            const QStringList expected = {
                QCoreApplication::translate("faicls::gui::MainWindow", "Dataset"),
                QCoreApplication::translate("faicls::gui::TrainingPage", "Start training"),
                QCoreApplication::translate("faicls::gui::StartPage", "Open a dataset…"),
                QCoreApplication::translate("faicls::gui::TrainingCharts", "iteration"),
                QCoreApplication::translate("faicls::gui::MainWindow", "&File")};
            QCOMPARE(translated, expected);
            for (int i = 0; i < translated.size(); ++i)
                QVERIFY2(translated[i] != english[i], qPrintable(translated[i]));
        }
        faicls::gui::setLanguage(QStringLiteral("en"));
        QCOMPARE(texts(), english);
    }

    void engineErrorsHaveTranslatedTitles() {
        const faicls::EngineError error(faicls::ErrorCode::ArchitectureMismatch,
                                        "/data/resnet50.pth: looks like torchvision ResNet-50");
        faicls::gui::setLanguage(QStringLiteral("en"));
        const QString english = faicls::gui::ErrorText::describe(error);
        QVERIFY(english.startsWith("The weights do not fit this network: /data/resnet50.pth"));
        faicls::gui::setLanguage(QStringLiteral("de"));
        const QString german = faicls::gui::ErrorText::describe(error);
        faicls::gui::setLanguage(QStringLiteral("en"));
        QVERIFY2(german != english && german.contains("/data/resnet50.pth"), qPrintable(german));
        QVERIFY2(german.startsWith("Die Gewichte passen nicht zu diesem Netz: "),
                 qPrintable(german));
        // Not an engine error: the message as it is.
        QCOMPARE(faicls::gui::ErrorText::describe(std::runtime_error("plain")), QString("plain"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
