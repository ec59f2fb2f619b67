#include "TestSupport.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QBuffer>
#include <QTest>

#include "common/CliRun.h"

#include <sys/stat.h>
#include <unistd.h>

// Hostile and careless input against the real command line (issue 21): devices and folders
// where files belong, inputs past their limits, XML nested a million deep, a 50 MB word-list
// line, NUL bytes in ids, overflowing sample sizes, read-only workspaces, output paths that name
// devices. Each must end in a one-line error (or a numbered reject) with the documented exit
// code, and leave the workspace as it was: it still checks and verifies. Big inputs are made
// here, in a temporary folder.
class tst_HostileInput : public QObject
{
    Q_OBJECT

private:
    using Run = lx::test::CliRun;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_model;

    // A command that hangs is killed after a minute and fails its test on the exit code (-1):
    // no test measures how fast a command was.
    Run cli(const QStringList& args, const QByteArray& stdinData = {}, const QString& stdinFile = {},
            const QString& stdoutFile = {})
    {
        lx::test::CliOptions o;
        o.stdinData = stdinData;
        o.stdinFile = stdinFile;
        o.stdoutFile = stdoutFile;
        o.cacheHome = m_dir.filePath(QStringLiteral("cache"));
        o.timeoutMs = 60000;
        return lx::test::runCli(m_dir.path(), args, o);
    }

    // As an operator of the demo workspace (the password on stdin).
    Run as(const QString& who, const QStringList& args, const QByteArray& moreStdin = {})
    {
        return cli(QStringList{QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), who} + args,
                   QStringLiteral("lingxi-%1\n").arg(who).toUtf8() + moreStdin);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // The error contract: "lingxi-cli: " and one short line on stderr, no raw control byte.
    static bool oneShortLine(const QByteArray& err)
    {
        if (!err.startsWith("lingxi-cli: ") || err.count('\n') != 1 || !err.endsWith('\n') || err.size() > 300)
            return false;
        for (const char c : err.left(err.size() - 1)) {
            if (uchar(c) < 0x20 || uchar(c) == 0x7f)
                return false;
        }
        return true;
    }

    static QString describe(const Run& r)
    {
        return QStringLiteral("exit %1, stderr (%2 bytes): %3")
            .arg(r.code)
            .arg(r.err.size())
            .arg(QString::fromUtf8(r.err.left(400)));
    }

    // Whatever happened, the workspace still checks and its audit chain verifies.
    void workspaceStillSound()
    {
        const Run check = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("workspace"), QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(describe(check)));
        const Run verify = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
    }

    QString fifo()
    {
        const QString path = m_dir.filePath(QStringLiteral("pipe.json"));
        if (!QFileInfo::exists(path))
            ::mkfifo(QFile::encodeName(path).constData(), 0600);
        return path;
    }

    static QByteArray deepXml(const QByteArray& head, const QByteArray& element, int depth, const QByteArray& tail)
    {
        QByteArray out = head;
        out.reserve(head.size() + tail.size() + depth * (2 * element.size() + 5));
        for (int i = 0; i < depth; ++i)
            out += '<' + element + '>';
        for (int i = 0; i < depth; ++i)
            out += "</" + element + '>';
        return out + tail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.lingxi"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
        QDir().mkpath(m_dir.filePath(QStringLiteral("folder")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("lexdev")));
        QFile::link(QStringLiteral("/dev/zero"), m_dir.filePath(QStringLiteral("lexdev/zero.txt")));
    }

    // The one helper every message quotes input through.
    void excerptEscapesAndCuts()
    {
        QCOMPARE(lx::excerpt(QStringLiteral("a\u0000b\u001b[2J\u202ec")), QStringLiteral("a\\x00b\\x1b[2J\\u202ec"));
        const QString cut = lx::excerpt(QString(100000, u'好'));
        QCOMPARE(cut.size(), 61);
        QVERIFY(cut.endsWith(QStringLiteral("…")));
        QCOMPARE(lx::excerpt(QByteArray("ok\xff\x01")), QStringLiteral("ok\\xff\\x01"));
        QVERIFY(lx::hasControlCharacters(QStringLiteral("nul\u0000")));
        QVERIFY(!lx::hasControlCharacters(QStringLiteral("水光针 serum 😀")));
    }

    // Lines are read up to their limit; a longer one is reported, the next line read normally.
    void boundedLines()
    {
        QByteArray data = "short\r\n" + QByteArray(100, 'x') + "\nnext";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QByteArray line;
        QCOMPARE(lx::InputFile::readLine(buffer, 10, line), lx::InputFile::Line::Ok);
        QCOMPARE(line, QByteArray("short"));
        QCOMPARE(lx::InputFile::readLine(buffer, 10, line), lx::InputFile::Line::TooLong);
        QCOMPARE(lx::InputFile::readLine(buffer, 10, line), lx::InputFile::Line::Ok);
        QCOMPARE(line, QByteArray("next"));
        QCOMPARE(lx::InputFile::readLine(buffer, 10, line), lx::InputFile::Line::End);
        QVERIFY(!lx::InputFile::read(QStringLiteral("/dev/zero"), 1024, QStringLiteral("a test")));
        QVERIFY(!lx::InputFile::read(m_dir.path(), 1024, QStringLiteral("a test")));
        const QString small = write(QStringLiteral("small.txt"), QByteArray(2048, 's'));
        QCOMPARE(lx::InputFile::read(small, 1024, QStringLiteral("a test")).code(), lx::ErrorCode::Invalid);
        QCOMPARE(lx::InputFile::read(small, 4096, QStringLiteral("a test")).value().size(), 2048);
    }

    // A device, a folder or a FIFO where a file belongs is refused before anything is read from
    // it: no allocation of gigabytes, no wait on a pipe, a one-line error and exit 1.
    void nonRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("who"); // empty: no login
        QTest::addColumn<QStringList>("args");
        const QString zero = QStringLiteral("/dev/zero");
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        const QString good = write(QStringLiteral("ok.txt"), "第一\n");
        QTest::newRow("graph file") << QString() << QStringList{QStringLiteral("graph"), QStringLiteral("import"), zero, QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("graphml folder") << QString() << QStringList{QStringLiteral("graph"), QStringLiteral("import"), folder, QStringLiteral("--format"), QStringLiteral("graphml")};
        QTest::newRow("graph fifo") << QString() << QStringList{QStringLiteral("graph"), QStringLiteral("import"), fifo(), QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("graph relations") << QString() << QStringList{QStringLiteral("graph"), QStringLiteral("import"), good, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--relations"), zero};
        QTest::newRow("values file") << QString() << QStringList{QStringLiteral("content"), QStringLiteral("render"), QStringLiteral("--template"), QStringLiteral("technology.standard"), QStringLiteral("--values"), zero};
        QTest::newRow("template file") << QString() << QStringList{QStringLiteral("content"), QStringLiteral("render"), QStringLiteral("--template"), zero, QStringLiteral("--values"), good};
        const QStringList check{QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("--platform"), QStringLiteral("weibo"),
                                QStringLiteral("--type"), QStringLiteral("marketing")};
        QTest::newRow("allow-list") << QString() << check + QStringList{QStringLiteral("--allow"), zero};
        QTest::newRow("term list") << QString() << check + QStringList{QStringLiteral("--terms"), zero};
        QTest::newRow("lexicon dir file") << QString() << check + QStringList{QStringLiteral("--lexicon-dir"), m_dir.filePath(QStringLiteral("lexdev"))};
        QTest::newRow("allow-list with dir") << QString() << check + QStringList{QStringLiteral("--lexicon-dir"), folder, QStringLiteral("--allow"), zero};
        QTest::newRow("calendar (replay)") << QString() << QStringList{QStringLiteral("desk"), QStringLiteral("replay"), QStringLiteral("--input"), good, QStringLiteral("--calendar"), zero};
        QTest::newRow("replay input") << QString() << QStringList{QStringLiteral("desk"), QStringLiteral("replay"), QStringLiteral("--input"), zero};
        QTest::newRow("model file") << QString() << QStringList{QStringLiteral("sentiment"), QStringLiteral("predict"), QStringLiteral("--model"), zero};
        QTest::newRow("training data") << QString() << QStringList{QStringLiteral("sentiment"), QStringLiteral("train"), QStringLiteral("--data"), zero, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never.lxsent"))};
        QTest::newRow("points rules") << QString() << QStringList{QStringLiteral("points"), QStringLiteral("replay"), QStringLiteral("--rules"), zero, QStringLiteral("--input"), good};
        QTest::newRow("ab counts") << QString() << QStringList{QStringLiteral("ab"), QStringLiteral("analyze"), QStringLiteral("--input"), zero};
        QTest::newRow("reviews") << QString() << QStringList{QStringLiteral("quality"), QStringLiteral("accuracy"), QStringLiteral("--input"), folder};
        QTest::newRow("calendar (desk)") << QStringLiteral("supervisor") << QStringList{QStringLiteral("desk"), QStringLiteral("calendar"), QStringLiteral("--set"), zero};
        QTest::newRow("workspace word list") << QStringLiteral("admin") << QStringList{QStringLiteral("content"), QStringLiteral("lexicons"), QStringLiteral("add"), zero};
        QTest::newRow("profiles") << QStringLiteral("marketer") << QStringList{QStringLiteral("profiles"), QStringLiteral("import"), zero, QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("events fifo") << QStringLiteral("marketer") << QStringList{QStringLiteral("events"), QStringLiteral("import"), fifo(), QStringLiteral("--format"), QStringLiteral("jsonl")};
        QTest::newRow("city table") << QStringLiteral("marketer") << QStringList{QStringLiteral("profiles"), QStringLiteral("cities"), QStringLiteral("--import"), zero};
    }

    void nonRegularFilesAreRefused()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        const Run r = who.isEmpty() ? cli(QStringList{QStringLiteral("--workspace"), m_demo} + args) : as(who, args);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
        QVERIFY2(r.err.contains("regular file"), qPrintable(describe(r)));
    }

    // Standard input is bounded too: one text past its limit is an error, never an allocation.
    void oversizedStdinIsAnError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("content check") << QStringList{QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("--platform"),
                                                      QStringLiteral("weibo"), QStringLiteral("--type"), QStringLiteral("marketing")};
        QTest::newRow("graph link") << QStringList{QStringLiteral("--workspace"), QString(), QStringLiteral("graph"), QStringLiteral("link")};
    }

    void oversizedStdinIsAnError()
    {
        QFETCH(QStringList, args);
        for (QString& a : args) {
            if (a.isEmpty())
                a = m_demo;
        }
        const Run r = cli(args, {}, QStringLiteral("/dev/zero"));
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
        QVERIFY2(r.err.contains("larger than"), qPrintable(describe(r)));
    }

    // XML nested a million deep is a numbered reject, not a stack overflow.
    void deepXmlIsAReject_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("file");
        constexpr int kDepth = 1000000;
        QTest::newRow("profiles") << QStringLiteral("profiles")
                                  << write(QStringLiteral("deep-profiles.xml"),
                                           deepXml("<users><user><platform>wechat</platform><platform_user_id>deep</platform_user_id><city>", "c",
                                                   kDepth, "</city></user></users>"));
        QTest::newRow("events") << QStringLiteral("events")
                                << write(QStringLiteral("deep-events.xml"),
                                         deepXml("<events><event><platform>wechat</platform><platform_user_id>deep</platform_user_id>"
                                                 "<time>2026-11-01T10:00:00+08:00</time><type>click</type><tags>",
                                                 "t", kDepth, "</tags></event></events>"));
        QTest::newRow("graphml") << QStringLiteral("graph")
                                 << write(QStringLiteral("deep.graphml"),
                                          deepXml("<graphml><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph><node id=\"a\"><data key=\"n\">",
                                                  "x", kDepth, "</data></node></graph></graphml>"));
    }

    void deepXmlIsAReject()
    {
        QFETCH(QString, area);
        QFETCH(QString, file);
        QVERIFY(!file.isEmpty());
        const Run r = as(QStringLiteral("marketer"), {area, QStringLiteral("import"), file,
                                                      area == QLatin1String("graph") ? QStringLiteral("--skip-bad")
                                                                                     : QStringLiteral("--all-or-nothing")});
        QVERIFY2(r.code == 1 || r.code == 0, qPrintable(describe(r))); // not a crash
        const QByteArray all = r.out + r.err;
        QVERIFY2(all.contains("nested deeper than 64"), qPrintable(describe(r) + QString::fromUtf8(r.out.left(600))));
        QVERIFY2(r.out.size() < 20000, qPrintable(describe(r)));
        if (r.code != 0)
            QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
        workspaceStillSound();
    }

    // A word list with one 50 MB line: the line is rejected by number, the good words are kept,
    // nothing of it is echoed, and every other list still matches.
    void hugeLexiconLineIsRejected()
    {
        QByteArray bytes = "碰瓷词\n";
        bytes += QByteArray(50 * 1024 * 1024, 'a');
        bytes += "\n好词\x01坏\n";
        const QString path = write(QStringLiteral("rivals.txt"), bytes);
        QVERIFY(!path.isEmpty());
        const Run r = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("content"), QStringLiteral("lexicons"),
                                                   QStringLiteral("add"), path});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.size() < 4000, qPrintable(QStringLiteral("%1 bytes of output").arg(r.out.size())));
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("words")).toInt(), 1);
        const QJsonArray issues = j.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(issues.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
        // The list with nothing but the long line holds no word: refused, one line, no echo.
        const QString only = write(QStringLiteral("only.txt"), QByteArray(50 * 1024 * 1024, 'b'));
        const Run refused = as(QStringLiteral("admin"), {QStringLiteral("content"), QStringLiteral("lexicons"), QStringLiteral("add"), only});
        QVERIFY2(refused.code == 1, qPrintable(describe(refused)));
        QVERIFY2(oneShortLine(refused.err), qPrintable(describe(refused)));
        QVERIFY(refused.out.size() < 1000);
        // The workspace's lists still compile and match: a template match runs the quality gate.
        const Run check = cli({QStringLiteral("--json"), QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("--platform"),
                               QStringLiteral("weibo"), QStringLiteral("--type"), QStringLiteral("marketing"), QStringLiteral("--lexicon-dir"),
                               m_dir.filePath(QStringLiteral("folder"))},
                              "本品全网第一");
        QVERIFY2(check.code == 0 || check.code == 3, qPrintable(describe(check)));
        QFile::remove(path);
        QFile::remove(only);
        workspaceStillSound();
    }

    // Reject reports hold a position and a reason, never the value: a bad phone or ID number
    // never lands in clear in a report file, on stdout or on stderr.
    void rejectReportsHoldNoValues()
    {
        const QString csv = write(QStringLiteral("people.csv"),
                                  "platform,platform_user_id,phone,id_card,gender,city\n"
                                  "wechat,rr_1,13912345678,110101199003071233,female,北京\n"
                                  "wechat,rr_2,1391234567X9,,male,上海\n"
                                  "wechat,rr_3,,11010119900307999Z,male,上海\n"
                                  "wechat,rr_4,,,SECRET-GENDER-VALUE,上海\n"
                                  "wechat,rr_5,13800000000,,male," + QByteArray(3 * 1024 * 1024, 'c') + "\n");
        const QString report = m_dir.filePath(QStringLiteral("people.rejects.csv"));
        const Run r = as(QStringLiteral("marketer"), {QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("import"), csv,
                                                      QStringLiteral("--rejects"), report});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("rejected")).toInt(), 4);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray rejects = f.readAll();
        QVERIFY2(rejects.size() < 2000, rejects.left(500).constData());
        for (const QByteArray& secret : {QByteArray("1391234567X9"), QByteArray("11010119900307999Z"), QByteArray("SECRET-GENDER"),
                                         QByteArray("ccccccccccccccccccc")}) {
            QVERIFY2(!rejects.contains(secret), rejects.constData());
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), secret.constData());
        }
        QCOMPARE(rejects.count('\n'), 5); // the header and four rejects
        workspaceStillSound();
    }

    // NUL bytes and other control characters in ids and names are rejected records.
    void controlCharactersInIdsAreRejected()
    {
        const QString users = write(QStringLiteral("nul-users.jsonl"),
                                    "{\"platform\":\"wechat\",\"platform_user_id\":\"nul\\u0000a\"}\n"
                                    "{\"platform\":\"wechat\",\"platform_user_id\":\"esc\\u001b[31m\"}\n"
                                    "{\"platform\":\"wechat\",\"platform_user_id\":\"plain_nul_ok\"}\n");
        Run r = as(QStringLiteral("marketer"), {QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("import"), users});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("rejected")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("inserted")).toInt(), 1);
        const QByteArray nul(1, '\0');
        const QString events = write(QStringLiteral("nul-events.csv"),
                                     "platform,platform_user_id,time,type\nwechat,nul" + nul + "b,2026-11-01T10:00:00+08:00,click\n"
                                     "wechat,plain_nul_ok,2026-11-01T10:00:00+08:00,click\n");
        r = as(QStringLiteral("marketer"), {QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("import"), events});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("inserted")).toInt(), 1);
        const QString concepts = write(QStringLiteral("nul-concepts.csv"),
                                       "id,name,type\nc1,水光" + nul + "针,product_category\nc2,水光针,product_category\n");
        r = as(QStringLiteral("marketer"), {QStringLiteral("--json"), QStringLiteral("graph"), QStringLiteral("import"), concepts,
                                            QStringLiteral("--skip-bad")});
        QVERIFY2(r.code == 0, qPrintable(describe(r) + QString::fromUtf8(r.out)));
        QCOMPARE(r.json().value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY2(!r.out.contains(QByteArray("\\u0000")), r.out.constData());
        workspaceStillSound();
    }

    // Tiny rates: the sample size is computed in double; past the sane maximum it is an error.
    void sampleSizeNeverOverflows_data()
    {
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QString>("mde");
        QTest::newRow("tiny effect") << QStringLiteral("0.5") << QStringLiteral("1e-9");
        QTest::newRow("denormal effect") << QStringLiteral("0.01") << QStringLiteral("1e-300");
        QTest::newRow("tiny rate") << QStringLiteral("1e-12") << QStringLiteral("1e-13");
    }

    void sampleSizeNeverOverflows()
    {
        QFETCH(QString, baseline);
        QFETCH(QString, mde);
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("ab"), QStringLiteral("sample-size"), QStringLiteral("--baseline"),
                           baseline, QStringLiteral("--mde"), mde});
        QVERIFY2(r.code == 1, qPrintable(describe(r) + QString::fromUtf8(r.out)));
        QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
        QVERIFY(!r.json().value(QStringLiteral("ok")).toBool(true));
        QVERIFY(!r.json().contains(QStringLiteral("per_variant")));
        // A sane effect still gives the textbook size.
        const Run ok = cli({QStringLiteral("--json"), QStringLiteral("ab"), QStringLiteral("sample-size"), QStringLiteral("--baseline"),
                            QStringLiteral("0.05"), QStringLiteral("--mde"), QStringLiteral("0.01")});
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.json().value(QStringLiteral("per_variant")).toInteger(), 8158);
    }

    // An archived copy on read-only media can be checked, verified and described, and is not
    // changed by a byte. Tests run as root, who may write anyway: the file is chmod 0444 in a
    // 0555 folder and compared byte for byte afterwards; no -wal or -shm may appear beside it.
    void readOnlyWorkspaceIsCheckedWithoutWrites()
    {
        const QString dir = m_dir.filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(dir));
        const QString copy = QDir(dir).filePath(QStringLiteral("copy.lingxi"));
        const Run backup = as(QStringLiteral("admin"), {QStringLiteral("workspace"), QStringLiteral("backup"), QStringLiteral("--to"), copy});
        QVERIFY2(backup.code == 0, qPrintable(describe(backup)));
        QVERIFY(::chmod(QFile::encodeName(copy).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0555) == 0);
        const QByteArray before = lx::test::fileHash(copy);
        const QStringList entriesBefore = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        const QList<QStringList> verbs{{QStringLiteral("workspace"), QStringLiteral("check")},
                                       {QStringLiteral("audit"), QStringLiteral("verify")},
                                       {QStringLiteral("workspace"), QStringLiteral("info")}};
        for (const QStringList& verb : verbs) {
            const Run r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("--workspace"), copy} + verb);
            QVERIFY2(r.code == 0, qPrintable(verb.join(u' ') + QLatin1Char(' ') + describe(r)));
            QVERIFY2(r.json().value(QStringLiteral("ok")).toBool(), r.out.constData());
        }
        QCOMPARE(lx::test::fileHash(copy), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System), entriesBefore);
        // Changing it is still refused, and says why.
        const Run write = as(QStringLiteral("admin"), {QStringLiteral("--workspace"), copy, QStringLiteral("operators"), QStringLiteral("list")});
        QVERIFY(write.code != 0);
        QCOMPARE(lx::test::fileHash(copy), before);
        ::chmod(QFile::encodeName(dir).constData(), 0755);
        ::chmod(QFile::encodeName(copy).constData(), 0644);
    }

    // Output paths never replace what they name: a device or a folder is refused, and stays what
    // it was; a full disk is an error, never "ok": true.
    void outputPathsNeverReplaceDevices_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("args");
        const QString bad = write(QStringLiteral("bad-people.csv"), "platform,platform_user_id,gender\nwechat,o_1,martian\n");
        const QString reviews = write(QStringLiteral("reviews.csv"),
                                      "date,predicted,reviewed,text\n2026-11-01,positive,negative,太慢了\n");
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QTest::newRow("rejects /dev/null") << QStringLiteral("marketer")
                                           << QStringList{QStringLiteral("profiles"), QStringLiteral("import"), bad, QStringLiteral("--rejects"), QStringLiteral("/dev/null")};
        QTest::newRow("rejects folder") << QStringLiteral("marketer")
                                        << QStringList{QStringLiteral("profiles"), QStringLiteral("import"), bad, QStringLiteral("--rejects"), folder};
        QTest::newRow("corrections /dev/null") << QString()
                                               << QStringList{QStringLiteral("quality"), QStringLiteral("accuracy"), QStringLiteral("--input"), reviews,
                                                              QStringLiteral("--export-corrections"), QStringLiteral("/dev/null")};
        QTest::newRow("graph export /dev/full") << QString()
                                                << QStringList{QStringLiteral("--workspace"), m_demo, QStringLiteral("graph"), QStringLiteral("export"),
                                                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("/dev/full")};
        QTest::newRow("model /dev/full") << QString()
                                         << QStringList{QStringLiteral("sentiment"), QStringLiteral("train"), QStringLiteral("--data"), reviews,
                                                        QStringLiteral("--out"), QStringLiteral("/dev/full")};
        QTest::newRow("complaints folder") << QStringLiteral("supervisor")
                                           << QStringList{QStringLiteral("desk"), QStringLiteral("complaints"), QStringLiteral("--out"), folder};
    }

    void outputPathsNeverReplaceDevices()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        const Run r = who.isEmpty() ? cli(QStringList{QStringLiteral("--json")} + args) : as(who, QStringList{QStringLiteral("--json")} + args);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
        QVERIFY2(!r.json().value(QStringLiteral("ok")).toBool(true), r.out.constData());
        struct stat st {};
        QVERIFY(::stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
        QVERIFY(::stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("folder"))).isDir());
        workspaceStillSound();
    }

    // Standard output on a full disk: the command fails, it does not claim success.
    void fullStdoutIsAnError()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("--workspace"), m_demo, QStringLiteral("workspace"), QStringLiteral("info")},
                          {}, {}, QStringLiteral("/dev/full"));
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
    }

    // Messages quote a short excerpt of their input, with control characters escaped.
    void messagesQuoteShortExcerpts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString longValue = QString(100000, u'x') + QStringLiteral("\x1b[2J");
        QTest::newRow("number option") << QStringList{QStringLiteral("ab"), QStringLiteral("sample-size"), QStringLiteral("--baseline"),
                                                      longValue, QStringLiteral("--mde"), QStringLiteral("0.01")}
                                       << 2;
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("graph"), longValue} << 2;
        QTest::newRow("template") << QStringList{QStringLiteral("content"), QStringLiteral("render"), QStringLiteral("--template"), longValue,
                                                 QStringLiteral("--values"), QStringLiteral("x.json")}
                                  << 1;
        const QString calendar = write(QStringLiteral("long-name-calendar.json"),
                                       "{\"name\":\"" + QByteArray(500000, 'n') + "\\u001b[2J\",\"week\":{}}");
        QTest::newRow("calendar name") << QStringList{QStringLiteral("desk"), QStringLiteral("replay"), QStringLiteral("--input"),
                                                      calendar, QStringLiteral("--calendar"), calendar}
                                       << 1;
    }

    void messagesQuoteShortExcerpts()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args);
        QVERIFY2(r.code == code, qPrintable(describe(r)));
        QVERIFY2(oneShortLine(r.err), qPrintable(describe(r)));
        QVERIFY2(r.out.size() < 4000, qPrintable(describe(r)));
    }

    // Long texts: the sentiment model reads the opening and says so; a megabyte line is refused.
    void longTextsAreCutForTheModel()
    {
        QFile in(QStringLiteral(LX_SHARED_DATA "/sentiment/shopping_train.csv"));
        if (!in.open(QIODevice::ReadOnly))
            QSKIP("the shared sentiment data is not here");
        QByteArray train = in.readLine();
        for (int i = 0; !in.atEnd() && train.count('\n') <= 400; ++i) {
            const QByteArray line = in.readLine();
            if (i % 50 == 0)
                train += line;
        }
        const QString data = write(QStringLiteral("long-train.csv"), train);
        m_model = m_dir.filePath(QStringLiteral("long.lxsent"));
        const Run t = cli({QStringLiteral("sentiment"), QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--out"), m_model,
                           QStringLiteral("--folds"), QStringLiteral("5"), QStringLiteral("--epochs"), QStringLiteral("2")});
        QVERIFY2(t.code == 0, qPrintable(describe(t)));

        // 300,000 characters took 42 s before the cut; now the opening is read.
        const QByteArray longText = QString(300000, QChar(0x597d)).toUtf8() + '\n' + QByteArray("物流太慢了\n");
        const Run p = cli({QStringLiteral("sentiment"), QStringLiteral("predict"), QStringLiteral("--model"), m_model}, longText);
        QVERIFY2(p.code == 0, qPrintable(describe(p)));
        const QList<QByteArray> lines = p.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().contains(QStringLiteral("cut_to_chars")));
        QVERIFY(!QJsonDocument::fromJson(lines.at(1)).object().contains(QStringLiteral("cut_to_chars")));

        // A line past the record limit (1 MiB) is an error naming the line, not a hang.
        const Run huge = cli({QStringLiteral("sentiment"), QStringLiteral("predict"), QStringLiteral("--model"), m_model}, {},
                             QStringLiteral("/dev/zero"));
        QVERIFY2(huge.code == 1, qPrintable(describe(huge)));
        QVERIFY2(oneShortLine(huge.err), qPrintable(describe(huge)));
        QVERIFY(huge.err.contains("line 1"));
    }

    // A one-megabyte customer message ingested with an active model does not stall the desk: the
    // model reads its first 4,096 characters, and the command reports the cut by line.
    void megabyteMessageDoesNotStallIngest()
    {
        if (m_model.isEmpty())
            QSKIP("needs the model of longTextsAreCutForTheModel");
        Run r = as(QStringLiteral("marketer"), {QStringLiteral("--json"), QStringLiteral("sentiment"), QStringLiteral("register"),
                                                QStringLiteral("--model"), m_model, QStringLiteral("--name"), QStringLiteral("long")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const qint64 id = r.json().value(QStringLiteral("id")).toInteger();
        r = as(QStringLiteral("supervisor"), {QStringLiteral("sentiment"), QStringLiteral("activate"), QStringLiteral("--id"), QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QByteArray text(1000 * 1000 - 200, 'a');
        for (qsizetype i = 0; i < text.size(); i += 7)
            text[i] = ' ';
        const QString input = write(QStringLiteral("mega.jsonl"),
                                    "{\"conversation\":\"mega-1\",\"channel\":\"wechat\",\"platform_user_id\":\"mega-user\","
                                    "\"time\":\"2026-11-28T10:00:00+08:00\",\"text\":\"" + text + "\"}\n");
        r = as(QStringLiteral("supervisor"), {QStringLiteral("--json"), QStringLiteral("desk"), QStringLiteral("ingest"), QStringLiteral("--input"), input});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("ingested")).toInt(), 1);
        // The model read the opening only (what keeps its cost flat), and the command says so.
        const QJsonObject cut = r.json().value(QStringLiteral("cut_for_model")).toObject();
        QCOMPARE(cut.value(QStringLiteral("lines")).toArray(), QJsonArray{1});
        QCOMPARE(cut.value(QStringLiteral("chars")).toInt(), 4096);
        workspaceStillSound();
    }
};

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_HostileInput.moc"
