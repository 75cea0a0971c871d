// Image headers read without decoding: size, EXIF orientation, mode, truncation, pixel limits,
// for every format the datasets may hold; and the decoder turns each into 8-bit RGB.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "data/image_header.h"
#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "test_support.h"

using namespace faicls;
using data::ImageHeader;

class TestImageHeader : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;
    nlohmann::json m_expected;

    void writeBytes(const QString& name, const QByteArray& bytes) {
        QFile file(m_generated.folder() + "/" + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QByteArray readBytes(const QString& name) {
        QFile file(m_generated.folder() + "/" + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_image_fixtures.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QFile file(m_generated.folder() + "/expected.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_expected = nlohmann::json::parse(file.readAll().toStdString());
    }

    void readsEveryFormat_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("conversion");  // what the scanner reports, "" for plain RGB
        QTest::newRow("JPEG") << "rgb.jpg" << int(ImageHeader::Format::Jpeg) << "";
        QTest::newRow("grey PNG") << "grey.png" << int(ImageHeader::Format::Png) << "grey";
        QTest::newRow("grey+alpha PNG")
            << "grey_alpha.png" << int(ImageHeader::Format::Png) << "grey+alpha";
        QTest::newRow("palette PNG") << "palette.png" << int(ImageHeader::Format::Png) << "palette";
        QTest::newRow("RGBA PNG") << "rgba.png" << int(ImageHeader::Format::Png) << "alpha";
        QTest::newRow("16-bit PNG")
            << "sixteen_bit.png" << int(ImageHeader::Format::Png) << "16-bit";
        QTest::newRow("CMYK JPEG") << "cmyk.jpg" << int(ImageHeader::Format::Jpeg) << "cmyk";
        QTest::newRow("EXIF-rotated JPEG") << "rotated.jpg" << int(ImageHeader::Format::Jpeg) << "";
        QTest::newRow("TIFF") << "rgb.tif" << int(ImageHeader::Format::Tiff) << "";
        QTest::newRow("WebP") << "rgb.webp" << int(ImageHeader::Format::Webp) << "";
        QTest::newRow("BMP") << "rgb.bmp" << int(ImageHeader::Format::Bmp) << "";
    }

    void readsEveryFormat() {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(QString, conversion);
        ImageHeader header;
        std::string problem;
        QVERIFY2(data::readImageHeader(m_generated.path(name), header, problem), problem.c_str());
        QCOMPARE(int(header.format), format);
        QCOMPARE(header.widthPx, 40);
        QCOMPARE(header.heightPx, 30);
        const auto& expected = m_expected[name.toStdString()];
        QCOMPARE(header.orientedWidthPx(), expected["width"].get<int>());
        QCOMPARE(header.orientedHeightPx(), expected["height"].get<int>());
        QVERIFY(!header.truncated);
        QCOMPARE(header.cmyk, conversion == "cmyk");
        QCOMPARE(header.palette, conversion == "palette");
        QCOMPARE(header.hasAlpha, conversion == "alpha" || conversion == "grey+alpha");
        QCOMPARE(header.bitDepth == 16, conversion == "16-bit");
        QCOMPARE(header.channels <= 2 && !header.palette,
                 conversion.startsWith("grey") || conversion == "16-bit");

        // The decoder turns every one of them into 8-bit RGB, rotated as displayed.
        const cv::Mat rgb = data::decodeImageRgb(m_generated.path(name));
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.cols, expected["width"].get<int>());
        QCOMPARE(rgb.rows, expected["height"].get<int>());
    }

    void jpegDecoderAgreesWithOpenCv_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("RGB") << m_generated.folder() + "/rgb.jpg";
        QTest::newRow("EXIF orientation 6") << m_generated.folder() + "/rotated.jpg";
        QTest::newRow("CMYK (OpenCV fallback)") << m_generated.folder() + "/cmyk.jpg";
        QTest::newRow("real photo")
            << QString();  // the first JPEG of the Roboflow export's valid split
    }

    void jpegDecoderAgreesWithOpenCv() {
        QFETCH(QString, file);
        if (file.isEmpty()) {
            QDir valid(QStringLiteral(FAICLS_SHARED_DATA) + "/roboflow-facemask/valid");
            const auto jpegs = valid.entryList({"*.jpg"}, QDir::Files, QDir::Name);
            QVERIFY(!jpegs.isEmpty());
            file = valid.filePath(jpegs.front());
        }
        const cv::Mat ours = data::decodeImageRgb(file.toStdString());
        cv::Mat reference;
        cv::cvtColor(cv::imread(file.toStdString(), cv::IMREAD_COLOR), reference,
                     cv::COLOR_BGR2RGB);
        QCOMPARE(ours.size(), reference.size());
        double worst = 0;
        cv::minMaxLoc(cv::abs(ours - reference) + cv::abs(reference - ours), nullptr, &worst);
        qInfo("%s: max |diff| %.0f", qPrintable(QFileInfo(file).fileName()), worst);
        QVERIFY(worst <= 1);
    }

    void detectsTruncation_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("JPEG") << "rgb.jpg";
        QTest::newRow("PNG") << "rgba.png";
        QTest::newRow("WebP") << "rgb.webp";
        QTest::newRow("BMP") << "rgb.bmp";
    }

    void detectsTruncation() {
        QFETCH(QString, name);
        const QByteArray bytes = readBytes(name);
        writeBytes("cut_" + name, bytes.left(bytes.size() * 2 / 3));
        ImageHeader header;
        std::string problem;
        QVERIFY2(data::readImageHeader(m_generated.path("cut_" + name), header, problem),
                 problem.c_str());
        QVERIFY(header.truncated);
        // Decoding refuses it, as the dataset scan does (a decoder would fill in grey).
        try {
            data::decodeImageRgb(m_generated.path("cut_" + name));
            QFAIL("a truncated image was decoded");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("truncated") &&
                         QString(error.what()).contains("cut_" + name),
                     error.what());
        }
    }

    void rejectsNonImages_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("text") << QByteArray("hello, world") << "not an image";
        QTest::newRow("JPEG magic only") << QByteArray("\xFF\xD8\xFF", 3) << "corrupt JPEG";
        QTest::newRow("PNG signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "corrupt PNG";
        QTest::newRow("GIF") << QByteArray("GIF89a\x02\x00\x02\x00\x00\x00\x00;", 14)
                             << "a GIF image, which OpenCV does not decode";
        QTest::newRow("HEIC") << QByteArray(
                                     "\x00\x00\x00\x18"
                                     "ftypheic\x00\x00\x00\x00",
                                     16)
                              << "HEIF";
        // A little-endian TIFF, 2x2, one 32-bit sample per pixel, SampleFormat 3 (float).
        QByteArray tiff("II*\x00\x08\x00\x00\x00", 8);
        const auto u16 = [](int v) { return QByteArray(1, char(v & 0xff)) + char(v >> 8); };
        const auto u32 = [&](int v) { return u16(v & 0xffff) + u16(v >> 16); };
        tiff += u16(5);
        for (const auto& [tag, value] :
             std::vector<std::pair<int, int>>{{256, 2}, {257, 2}, {258, 32}, {277, 1}, {339, 3}})
            tiff += u16(tag) + u16(3) + u32(1) + u16(value) + u16(0);
        tiff += u32(0) + QByteArray(16, '\0');
        QTest::newRow("float TIFF") << tiff << "floating-point samples";
    }

    void rejectsNonImages() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        writeBytes("bad.bin", bytes);
        ImageHeader header;
        std::string problem;
        QVERIFY(!data::readImageHeader(m_generated.path("bad.bin"), header, problem));
        QVERIFY2(QString::fromStdString(problem).contains(expected), problem.c_str());
    }

    void hugeImageSizeComesFromTheHeaderAlone() {
        // A PNG whose header claims 20000 x 30000 pixels, and no pixel data at all.
        QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
        png += QByteArray("\x00\x00\x4e\x20\x00\x00\x75\x30\x08\x02\x00\x00\x00", 13);
        png += QByteArray(4, '\0');
        writeBytes("huge.png", png);
        ImageHeader header;
        std::string problem;
        QVERIFY2(data::readImageHeader(m_generated.path("huge.png"), header, problem),
                 problem.c_str());
        QCOMPARE(header.widthPx, 20000);
        QCOMPARE(header.heightPx, 30000);
        try {
            data::decodeImageRgb(m_generated.path("huge.png"));
            QFAIL("a 600-megapixel image was decoded");
        } catch (const EngineError& error) {
            QVERIFY2(
                QString(error.what()).contains("over the limit of 100 megapixels; not decoded"),
                error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestImageHeader)
#include "tst_image_header.moc"
