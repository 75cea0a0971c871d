// The retranslator: a text is set at once and set again on every language change of the widget
// it watches (and not for other widgets' changes).

#include <QLabel>
#include <QtTest>

#include "common/retranslator.h"

using faicls::gui::Retranslator;

class TestRetranslator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textsFollowTheLanguage() {
        QWidget page;
        auto* texts = new Retranslator(&page);
        int language = 0;
        const QStringList words = {"Open", "Öffnen", "打开"};
        auto* label = texts->text(new QLabel(&page), [&] { return words.at(language); });
        QCOMPARE(label->text(), QString("Open"));
        int applied = 0;
        texts->add([&] { ++applied; });
        QCOMPARE(applied, 1);  // at once

        language = 1;
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&page, &change);
        QCOMPARE(label->text(), QString("Öffnen"));
        QCOMPARE(applied, 2);

        // Another widget's change is not this page's.
        QWidget other;
        language = 2;
        QApplication::sendEvent(&other, &change);
        QCOMPARE(label->text(), QString("Öffnen"));
        QApplication::sendEvent(&page, &change);
        QCOMPARE(label->text(), QString("打开"));
        QCOMPARE(applied, 3);
    }
};

QTEST_MAIN(TestRetranslator)
#include "tst_retranslator.moc"
