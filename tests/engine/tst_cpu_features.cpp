// The processor probe against what the kernel reports in /proc/cpuinfo (its flags name the
// features the processor has and the kernel enabled), and the device line built from it.

#include <QFile>
#include <QtTest>

#include "faicls/cpu_features.h"
#include "faicls/version.h"

using namespace faicls;

class TestCpuFeatures : public QObject {
    Q_OBJECT

private:
    QStringList m_flags;

private Q_SLOTS:
    void initTestCase() {
        QFile cpuinfo("/proc/cpuinfo");
        if (!cpuinfo.open(QIODevice::ReadOnly))
            QSKIP("no /proc/cpuinfo");
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("flags")) {
                m_flags = QString::fromLatin1(line.mid(line.indexOf(':') + 1))
                              .split(' ', Qt::SkipEmptyParts);
                break;
            }
#if !defined(__x86_64__)
        QSKIP("the probe reads x86-64 processors");
#endif
        QVERIFY(!m_flags.isEmpty());
    }

    void probeAgreesWithTheKernel() {
        if (qEnvironmentVariableIsSet("FAICLS_CPU_FEATURES"))
            QSKIP("FAICLS_CPU_FEATURES replaces the probe");
        const CpuFeatures& cpu = cpuFeatures();
        QCOMPARE(cpu.avx2, m_flags.contains("avx2"));
        QCOMPARE(cpu.avx512, m_flags.contains("avx512f"));
        QCOMPARE(cpu.avx512Bf16, m_flags.contains("avx512_bf16"));
        QCOMPARE(cpu.avx512Vnni, m_flags.contains("avx512_vnni"));
        QCOMPARE(cpu.amxBf16, m_flags.contains("amx_bf16") && m_flags.contains("amx_tile"));
        QCOMPARE(cpu.amxInt8, m_flags.contains("amx_int8") && m_flags.contains("amx_tile"));
    }

    void aListOfFlagsNamesTheFeatures() {
        const CpuFeatures bf16 = cpuFeaturesFromFlags("avx2,avx512f,avx512_bf16,sse4_2");
        QVERIFY(bf16.avx2 && bf16.avx512 && bf16.avx512Bf16 && bf16.nativeBf16());
        QVERIFY(!bf16.avx512Vnni && !bf16.amxBf16 && !bf16.amxInt8 && !bf16.nativeInt8());
        const CpuFeatures amx = cpuFeaturesFromFlags("amx_int8,amx_bf16");
        QVERIFY(amx.nativeBf16() && amx.nativeInt8() && !amx.avx2);
        const CpuFeatures none = cpuFeaturesFromFlags("none");
        QVERIFY(!none.avx2 && !none.nativeBf16() && !none.nativeInt8());
        QCOMPARE(cpuFeatureSummary(cpuFeaturesFromFlags("avx512f,avx512_vnni")),
                 std::string("AVX-512, VNNI"));
    }

    void theDeviceLineSaysWhatTheCpuComputesFast() {
        const CpuFeatures& cpu = cpuFeatures();
        const std::string summary = cpuFeatureSummary(cpu);
        QCOMPARE(summary.find("BF16") != std::string::npos, cpu.nativeBf16());
        QCOMPARE(summary.find("VNNI") != std::string::npos, cpu.nativeInt8());
        const std::string device = computeDeviceDescription();
        if (device.rfind("CPU", 0) == 0)
            QVERIFY2(device.find(summary) != std::string::npos, device.c_str());
        CpuFeatures none;
        QCOMPARE(cpuFeatureSummary(none), std::string());
        none.avx2 = true;
        QCOMPARE(cpuFeatureSummary(none), std::string("AVX2"));
    }
};

QTEST_MAIN(TestCpuFeatures)
#include "tst_cpu_features.moc"
