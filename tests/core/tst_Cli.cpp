#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "common/CliRun.h"

#include <cmath>

// Drives lingxi-cli as automation would: exit codes, one-line errors, --json, passwords on stdin.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    using Run = lx::test::CliRun;

    QTemporaryDir m_dir;
    QString m_demo;

    Run cli(const QStringList& args, const QByteArray& stdinData = {})
    {
        lx::test::CliOptions o;
        o.stdinData = stdinData;
        return lx::test::runCli(m_dir.path(), args, o);
    }

    static bool oneLine(const QByteArray& err) { return err.count('\n') == 1 && err.startsWith("lingxi-cli: "); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.lingxi"));
        Run r = cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("logins")).toArray().size(), 5);
        // lingxi-cli hands demo create to lingxi-cli-ml, which trains the demo's model: it is active.
        Run models = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--json"), QStringLiteral("sentiment"), QStringLiteral("models")});
        QVERIFY2(models.code == 0, models.err.constData());
        const QJsonArray registered = models.json().value(QStringLiteral("models")).toArray();
        QCOMPARE(registered.size(), 1);
        QVERIFY2(registered.first().toObject().value(QStringLiteral("active")).toBool(), models.out.constData());
    }

    void helpOnEveryLevel_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")} << "<area> <verb>";
        QTest::newRow("workspace") << QStringList{QStringLiteral("workspace"), QStringLiteral("--help")} << "backup --to FILE";
        QTest::newRow("operators") << QStringList{QStringLiteral("operators"), QStringLiteral("--help")} << "set-role";
        QTest::newRow("operators add") << QStringList{QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("--help")}
                                       << "--role";
        QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--help")} << "verify";
        QTest::newRow("audit list") << QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--help")}
                                    << "--actor";
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << "create --to";
        QTest::newRow("graph") << QStringList{QStringLiteral("graph"), QStringLiteral("--help")} << "--skip-bad";
    }

    void helpOnEveryLevel()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        Run r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(mentions), r.out.constData());
    }

    void usageErrorsAreOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no area") << QStringList{};
        QTest::newRow("unknown area") << QStringList{QStringLiteral("teleport")};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("workspace"), QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("workspace"), QStringLiteral("info")};
        QTest::newRow("bad role") << QStringList{QStringLiteral("--workspace"), QString(), QStringLiteral("operators"),
                                                 QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                                                 QStringLiteral("--role"), QStringLiteral("boss")};
    }

    void usageErrorsAreOneLineAndExitTwo()
    {
        QFETCH(QStringList, args);
        for (QString& a : args) {
            if (a.isEmpty())
                a = m_demo;
        }
        Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err), r.err.constData());
    }

    void versionListsLibraries()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value(QStringLiteral("sqlite")).toString().startsWith(QLatin1String("3.")));
        QVERIFY(r.json().value(QStringLiteral("openssl")).toString().contains(QLatin1String("OpenSSL")));
    }

    void initInfoCheckBackup()
    {
        const QString ws = m_dir.filePath(QStringLiteral("team.lingxi"));
        Run init = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("workspace"),
                        QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")},
                       "boss-password-1\n");
        QVERIFY2(init.code == 0, init.err.constData());
        QCOMPARE(init.json().value(QStringLiteral("operators")).toInt(), 1);
        QVERIFY(!init.out.contains("boss-password-1"));

        Run info = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(info.code, 0);
        QCOMPARE(info.json().value(QStringLiteral("schema_version")).toInt(),
                 info.json().value(QStringLiteral("latest_schema_version")).toInt());
        QCOMPARE(info.json().value(QStringLiteral("demo")).toBool(), false);

        Run check = cli({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        QVERIFY(check.out.contains("integrity ok"));

        const QString copy = m_dir.filePath(QStringLiteral("team-copy.lingxi"));
        Run backup = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("boss"),
                          QStringLiteral("workspace"), QStringLiteral("backup"), QStringLiteral("--to"), copy},
                         "boss-password-1\n");
        QVERIFY2(backup.code == 0, backup.err.constData());
        Run copyInfo = cli({QStringLiteral("--workspace"), copy, QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(copyInfo.json().value(QStringLiteral("operators")).toInt(), 1);
        Run again = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("boss"),
                         QStringLiteral("workspace"), QStringLiteral("backup"), QStringLiteral("--to"), copy},
                        "boss-password-1\n");
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains("already exists"));
    }

    void missingWorkspaceIsNotCreatedByInfo()
    {
        const QString ws = m_dir.filePath(QStringLiteral("nothing-here.lingxi"));
        Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(r.code, 1);
        QVERIFY(oneLine(r.err));
        QVERIFY(!QFile::exists(ws));
    }

    void corruptWorkspaceIsRefusedUntouched()
    {
        const QString ws = m_dir.filePath(QStringLiteral("corrupt.lingxi"));
        QFile f(ws);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(4000, '\x7f'));
        f.close();
        const QByteArray before = lx::test::fileHash(ws);
        Run r = cli({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r.err), r.err.constData());
        QCOMPARE(lx::test::fileHash(ws), before);
    }

    void operatorsAddReadsPasswordsFromStdin()
    {
        Run add = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("admin"),
                       QStringLiteral("--json"), QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("zhou"), QStringLiteral("--role"), QStringLiteral("agent")},
                      "lingxi-admin\nzhou-initial-1\n");
        QVERIFY2(add.code == 0, add.err.constData());
        QCOMPARE(add.json().value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
        Run list = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("zhou"),
                        QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")},
                       "zhou-initial-1\n");
        QCOMPARE(list.code, 1); // an agent may not read the audit log
        QVERIFY(list.err.contains("permission denied"));
    }

    void agentIsRefusedOperatorManagement()
    {
        Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("agent"),
                     QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("mole"),
                     QStringLiteral("--role"), QStringLiteral("admin")},
                    "lingxi-agent\nmole-password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("permission denied"), r.err.constData());
        QVERIFY(oneLine(r.err));
    }

    void wrongPasswordFails()
    {
        Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("admin"),
                     QStringLiteral("operators"), QStringLiteral("list")},
                    "not-it\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("wrong operator name or password"));
        QVERIFY(!r.err.contains("not-it"));
    }

    void auditVerifyCatchesTampering()
    {
        const QString ws = m_dir.filePath(QStringLiteral("tamper.lingxi"));
        QVERIFY(QFile::copy(m_demo, ws));
        Run intact = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(intact.code, 0);
        QVERIFY(intact.json().value(QStringLiteral("entries_checked")).toInt() > 5);
        {
            lx::test::RawDb raw(ws);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor='nobody' WHERE seq=3")));
        }
        Run tampered = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(tampered.code, 3);
        QCOMPARE(tampered.json().value(QStringLiteral("first_bad_entry")).toInt(), 3);
        QCOMPARE(tampered.json().value(QStringLiteral("problem")).toString(), QStringLiteral("changed"));
        QVERIFY(oneLine(tampered.err));
    }

    void contentCheckReportsHitsAtCodePointOffsets()
    {
        const QString dir = m_dir.filePath(QStringLiteral("lexicons"));
        QDir().mkpath(dir);
        QFile ads(dir + QStringLiteral("/ads.txt"));
        QVERIFY(ads.open(QIODevice::WriteOnly));
        ads.write("国家级\n全网第一\n\n\xff\xfe\n");
        ads.close();
        QFile terms(m_dir.filePath(QStringLiteral("terms.txt")));
        QVERIFY(terms.open(QIODevice::WriteOnly));
        terms.write("认证\n产品\n");
        terms.close();
        const QStringList args{QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("--platform"),
                               QStringLiteral("weibo"), QStringLiteral("--type"), QStringLiteral("news"),
                               QStringLiteral("--lexicon-dir"), dir, QStringLiteral("--terms"),
                               m_dir.filePath(QStringLiteral("terms.txt")), QStringLiteral("--json")};
        // The emoji is one code point (two UTF-16 units): offsets count code points.
        Run r = cli(args, QStringLiteral("😀这是全网第一的产品，國 家 級认证").toUtf8());
        QCOMPARE(r.code, 3);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("length")).toInt(), 16);
        QCOMPARE(j.value(QStringLiteral("length_range")).toArray(), (QJsonArray{150, 250}));
        QCOMPARE(j.value(QStringLiteral("density_limit")).toDouble(), 0.10);
        QCOMPARE(j.value(QStringLiteral("term_density")).toDouble(), 4.0 / 16.0);
        const QJsonArray hits = j.value(QStringLiteral("compliance")).toArray();
        QCOMPARE(hits.size(), 2);
        const QJsonObject first = hits.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("word")).toString(), QStringLiteral("全网第一"));
        QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("ads"));
        QCOMPARE(first.value(QStringLiteral("start")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("end")).toInt(), 7);
        const QJsonObject second = hits.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("word")).toString(), QStringLiteral("国家级"));
        QCOMPARE(second.value(QStringLiteral("start")).toInt(), 11);
        QCOMPARE(second.value(QStringLiteral("end")).toInt(), 16);
        QCOMPARE(second.value(QStringLiteral("matched_text")).toString(), QStringLiteral("國 家 級"));
        // The list's empty and non-UTF-8 lines are reported by number; the rest loaded.
        const QJsonArray issues = j.value(QStringLiteral("lexicon_issues")).toArray();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(issues.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);

        // Length is a rule too (issue 23 #4): a clean text shorter than Weibo's 150 is blocked.
        Run tooShort = cli(args, QStringLiteral("这款耳机音质清晰").toUtf8());
        QCOMPARE(tooShort.code, 3);
        QCOMPARE(tooShort.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(tooShort.json().value(QStringLiteral("compliance")).toArray().isEmpty());
        Run clean = cli(args, (QStringLiteral("这款耳机音质清晰") + QString(150, QChar(u'好'))).toUtf8());
        QCOMPARE(clean.code, 0);
        QCOMPARE(clean.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(clean.json().value(QStringLiteral("compliance")).toArray().isEmpty());

        // Many texts at once: one JSON line per input line, in order, with the span's categories.
        const QStringList bulk{QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("--jsonl"),
                               QStringLiteral("--lexicon-dir"), dir, QStringLiteral("--json")};
        Run many = cli(bulk, QStringLiteral("{\"id\":\"a\",\"text\":\"😀这是全网第一的产品\"}\n"
                                            "{\"id\":\"b\",\"text\":\"这款耳机音质清晰\"}\n"
                                            "{\"id\":\"c\"}\n")
                                 .toUtf8());
        QCOMPARE(many.code, 3);
        QVERIFY2(oneLine(many.err), many.err.constData());
        QVERIFY(many.err.contains("3 line(s): 1 blocked, 1 unreadable"));
        const QList<QByteArray> lines = many.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject a = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(a.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
        QCOMPARE(a.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        const QJsonObject hit = a.value(QStringLiteral("hits")).toArray().at(0).toObject();
        QCOMPARE(hit.value(QStringLiteral("start")).toInt(), 3);
        QCOMPARE(hit.value(QStringLiteral("end")).toInt(), 7);
        QCOMPARE(hit.value(QStringLiteral("categories")).toArray(), QJsonArray{QStringLiteral("ads")});
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
        Run none = cli(bulk, QByteArray("一行\n两行\n"));
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out.count('\n'), 2);
    }

    // The headless desk monitor: one pass on demand; while one process monitors the workspace
    // another does not; when the holder is killed, the next one takes over.
    void deskMonitorRunsOncePerWorkspace()
    {
        const QString ws = m_dir.filePath(QStringLiteral("monitor.lingxi"));
        Run made = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), ws});
        QVERIFY2(made.code == 0, made.err.constData());
        const QStringList once{QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("supervisor"),
                               QStringLiteral("--json"), QStringLiteral("desk"), QStringLiteral("monitor"), QStringLiteral("--once")};
        Run first = cli(once, "lingxi-supervisor\n");
        QVERIFY2(first.code == 0, first.err.constData());
        QCOMPARE(first.json().value(QStringLiteral("ran_here")).toBool(), true);
        Run agentTries = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("agent"), QStringLiteral("desk"),
                              QStringLiteral("monitor"), QStringLiteral("--once")},
                             "lingxi-agent\n");
        QCOMPARE(agentTries.code, 1);

        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        holder.setProcessEnvironment(env);
        holder.start(QStringLiteral(LX_CLI_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("supervisor"),
                                                   QStringLiteral("desk"), QStringLiteral("monitor"), QStringLiteral("--interval-ms"),
                                                   QStringLiteral("300")});
        QVERIFY(holder.waitForStarted());
        holder.write("lingxi-supervisor\n");
        holder.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ws + QStringLiteral(".monitor.lock")), 20000);
        Run second = cli(once, "lingxi-supervisor\n");
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(second.json().value(QStringLiteral("ran_here")).toBool(), false);
        holder.kill(); // SIGKILL: the lock stays behind, stale
        holder.waitForFinished();
        Run third = cli(once, "lingxi-supervisor\n");
        QVERIFY2(third.code == 0, third.err.constData());
        QCOMPARE(third.json().value(QStringLiteral("ran_here")).toBool(), true);

        // SIGTERM stops a monitor cleanly.
        QProcess polite;
        polite.setProcessEnvironment(env);
        polite.start(QStringLiteral(LX_CLI_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("supervisor"),
                                                   QStringLiteral("desk"), QStringLiteral("monitor")});
        QVERIFY(polite.waitForStarted());
        polite.write("lingxi-supervisor\n");
        polite.closeWriteChannel();
        // Running once its lock is there (logging in first takes a moment on a busy machine).
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ws + QStringLiteral(".monitor.lock")), 30000);
        polite.terminate();
        QVERIFY(polite.waitForFinished(10000));
        QCOMPARE(polite.exitStatus(), QProcess::NormalExit);
        QCOMPARE(polite.exitCode(), 0);
        QVERIFY(polite.readAllStandardOutput().contains("stopped"));
    }

    void abAnalyzeExperimentFromEvents()
    {
        // The demo's running experiment (number 1) between two versions of the beauty template,
        // with the demo's 12 days of traffic; the users below add to it.
        Run before = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("ab"), QStringLiteral("analyze"), QStringLiteral("--experiment"),
                          QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(before.code == 0, before.err.constData());
        const QJsonArray was = before.json().value(QStringLiteral("variants")).toArray();
        QCOMPARE(was.size(), 2);
        QVERIFY(was.at(0).toObject().value(QStringLiteral("exposures")).toInt() > 500);
        const auto count = [](const QJsonArray& v, int i, const char* key) { return v.at(i).toObject().value(QLatin1String(key)).toInt(); };
        const QString profiles = m_dir.filePath(QStringLiteral("ab-users.jsonl"));
        QFile p(profiles);
        QVERIFY(p.open(QIODevice::WriteOnly));
        for (int u = 0; u < 40; ++u)
            p.write(QStringLiteral(R"({"platform":"weibo","platform_user_id":"ab%1","consents":[{"purpose":"marketing","granted":%2,"time":"2026-11-01T00:00:00+08:00","source":"form"}]})"
                                   "\n")
                        .arg(u)
                        .arg(u < 36 ? QStringLiteral("true") : QStringLiteral("false"))
                        .toUtf8());
        p.close();
        const QString events = m_dir.filePath(QStringLiteral("ab-events.csv"));
        QFile e(events);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write("platform,platform_user_id,time,type,experiment,variant\n");
        for (int u = 0; u < 40; ++u) {
            const char* variant = u % 2 ? "B" : "A";
            e.write(QStringLiteral("weibo,ab%1,2026-11-2%2T10:00:00+08:00,impression,1,%3\n").arg(u).arg(u % 3).arg(QLatin1String(variant)).toUtf8());
            if (u % 4 == 1 || u % 8 == 0) // B: every other user converts; A: every fourth
                e.write(QStringLiteral("weibo,ab%1,2026-11-2%2T11:00:00+08:00,conversion,1,%3\n").arg(u).arg(u % 3).arg(QLatin1String(variant)).toUtf8());
        }
        e.close();
        for (const QString& what : {QStringLiteral("profiles"), QStringLiteral("events")}) {
            Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("--json"),
                         what, QStringLiteral("import"), what == QLatin1String("profiles") ? profiles : events},
                        "lingxi-marketer\n");
            QVERIFY2(r.code == 0, r.err.constData());
        }
        Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("ab"), QStringLiteral("analyze"), QStringLiteral("--experiment"),
                     QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        const QJsonArray variants = o.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), 2);
        // 36 consenting users: 18 in A (even), 18 in B (odd); A converts when u % 8 == 0 (5 of
        // them below 36), B when u % 4 == 1 (9 of them).
        QCOMPARE(variants.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("A"));
        QCOMPARE(count(variants, 0, "exposures") - count(was, 0, "exposures"), 18);
        QCOMPARE(count(variants, 0, "conversions") - count(was, 0, "conversions"), 5);
        QCOMPARE(count(variants, 1, "exposures") - count(was, 1, "exposures"), 18);
        QCOMPARE(count(variants, 1, "conversions") - count(was, 1, "conversions"), 9);
        QVERIFY(variants.at(0).toObject().value(QStringLiteral("p_value")).isNull());
        QVERIFY(variants.at(1).toObject().value(QStringLiteral("p_value")).isDouble());
        QCOMPARE(o.value(QStringLiteral("excluded_no_consent")).toInt() - before.json().value(QStringLiteral("excluded_no_consent")).toInt(), 4);
        QVERIFY(o.contains(QStringLiteral("chi2")) && o.contains(QStringLiteral("srm")) && o.contains(QStringLiteral("verdict")));
        QVERIFY(o.value(QStringLiteral("timeline")).toArray().size() >= 3);
        Run missing = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("ab"), QStringLiteral("analyze"), QStringLiteral("--experiment"),
                           QStringLiteral("99"), QStringLiteral("--json")});
        QCOMPARE(missing.code, 1);
    }

    void deskReplayAndDeskVerbs()
    {
        const QString input = m_dir.filePath(QStringLiteral("replay.jsonl"));
        QFile in(input);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(R"({"id":"a1","conversation":"c1","user":"u1","time":"2026-03-06T16:00:00+08:00","text":"发货太慢","sentiment":"negative"})" "\n"
                 R"({"id":"a2","conversation":"c1","user":"u1","time":"2026-03-06T16:05:00+08:00","text":"还没发","sentiment":"negative"})" "\n"
                 "{broken\n"
                 R"({"id":"a3","conversation":"c2","user":"u2","time":"2026-03-06T16:06:00+08:00","text":"你好","vip":true,"sentiment":"neutral"})" "\n"
                 R"({"id":"a4","conversation":"c1","user":"u1","time":"2026-03-06T16:07:00+08:00","text":"投诉","sentiment":"negative"})" "\n");
        in.close();
        const QString calendar = m_dir.filePath(QStringLiteral("office.json"));
        QFile cal(calendar);
        QVERIFY(cal.open(QIODevice::WriteOnly));
        cal.write(R"({"week":{"mon":["09:00-18:00"],"tue":["09:00-18:00"],"wed":["09:00-18:00"],"thu":["09:00-18:00"],"fri":["09:00-18:00"]}})");
        cal.close();
        Run r = cli({QStringLiteral("desk"), QStringLiteral("replay"), QStringLiteral("--input"), input, QStringLiteral("--calendar"),
                     calendar, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("action"), QStringLiteral("conversation_id"), QStringLiteral("message_id"),
                                            QStringLiteral("sentiment"), QStringLiteral("state"), QStringLiteral("streak")}));
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("soothe"));
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("action")).toString(), QStringLiteral("callback_task"));
        // Friday 16:05 + 24 business hours of 9-hour days: Wednesday 13:05.
        QCOMPARE(second.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-11T13:05:00+08:00"));
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("action")).toString(), QStringLiteral("queue_human"));
        const QJsonObject fourth = QJsonDocument::fromJson(lines.at(3)).object();
        QCOMPARE(fourth.value(QStringLiteral("action")).toString(), QStringLiteral("escalate_supervisor"));
        QCOMPARE(fourth.value(QStringLiteral("streak")).toInt(), 3);
        QVERIFY2(r.err.contains("line 3:"), r.err.constData());
        QVERIFY2(r.err.contains("p99"), r.err.constData());
        // Without --calendar (and no workspace calendar) the clock runs around the clock.
        Run plain = cli({QStringLiteral("desk"), QStringLiteral("replay"), QStringLiteral("--input"), input});
        QCOMPARE(QJsonDocument::fromJson(plain.out.trimmed().split('\n').at(1)).object().value(QStringLiteral("deadline")).toString(),
                 QStringLiteral("2026-03-07T16:05:00+08:00"));
        // Lines without a label need a model; without one each is reported.
        QFile unl(m_dir.filePath(QStringLiteral("unlabelled.jsonl")));
        QVERIFY(unl.open(QIODevice::WriteOnly));
        unl.write(R"({"id":1,"conversation":"x","time":"2026-03-06T10:00:00+08:00","text":"不好用"})" "\n");
        unl.close();
        Run noModel = cli({QStringLiteral("desk"), QStringLiteral("replay"), QStringLiteral("--input"), unl.fileName()});
        QCOMPARE(noModel.code, 0);
        QVERIFY(noModel.out.isEmpty());
        QVERIFY2(noModel.err.contains("line 1:") && noModel.err.contains("sentiment"), noModel.err.constData());

        // The live desk in the demo workspace: ingest as the supervisor, take as an agent.
        const QString live = m_dir.filePath(QStringLiteral("live.jsonl"));
        QFile lf(live);
        QVERIFY(lf.open(QIODevice::WriteOnly));
        lf.write(R"({"conversation":"cli-1","channel":"wechat","platform_user_id":"cli-user","time":"2026-11-28T10:00:00+08:00","text":"转人工","sentiment":"neutral"})" "\n"
                 R"({"conversation":"cli-1","channel":"fax","time":"2026-11-28T10:01:00+08:00","text":"x","sentiment":"neutral"})" "\n"
                 R"({"conversation":"cli-1","channel":"wechat","time":"2026-11-28T10:02:00+08:00","text":"太差了","sentiment":"negative"})" "\n");
        lf.close();
        Run ingest = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("supervisor"), QStringLiteral("--json"),
                          QStringLiteral("desk"), QStringLiteral("ingest"), QStringLiteral("--input"), live},
                         "lingxi-supervisor\n");
        QVERIFY2(ingest.code == 0, ingest.err.constData());
        QCOMPARE(ingest.json().value(QStringLiteral("ingested")).toInt(), 2);
        QCOMPARE(ingest.json().value(QStringLiteral("skipped")).toInt(), 1);
        QVERIFY(ingest.json().value(QStringLiteral("problems")).toArray().at(0).toString().startsWith(QStringLiteral("line 2:")));
        Run queue = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("agent"), QStringLiteral("--json"),
                         QStringLiteral("desk"), QStringLiteral("queue")},
                        "lingxi-agent\n");
        QVERIFY2(queue.code == 0, queue.err.constData());
        qint64 id = 0;
        for (const auto& c : queue.json().value(QStringLiteral("conversations")).toArray()) {
            if (c.toObject().value(QStringLiteral("external_id")).toString() == QLatin1String("cli-1"))
                id = c.toObject().value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(id > 0);
        Run take = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("agent2"), QStringLiteral("--json"),
                        QStringLiteral("desk"), QStringLiteral("take"), QStringLiteral("--conversation"), QString::number(id)},
                       "lingxi-agent2\n");
        QVERIFY2(take.code == 0 || take.err.contains("already holds"), take.err.constData());
        Run csv = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("supervisor"), QStringLiteral("desk"),
                       QStringLiteral("complaints"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("complaints.csv"))},
                      "lingxi-supervisor\n");
        QVERIFY2(csv.code == 0, csv.err.constData());
        QFile complaints(m_dir.filePath(QStringLiteral("complaints.csv")));
        QVERIFY(complaints.open(QIODevice::ReadOnly));
        const QByteArray all = complaints.readAll();
        QVERIFY(all.startsWith("label,text\n"));
        QVERIFY(all.contains(QStringLiteral("negative,太差了\n").toUtf8()));

        // The review queue's settings: supervisors set them, agents may not.
        QFile rs(m_dir.filePath(QStringLiteral("review.json")));
        QVERIFY(rs.open(QIODevice::WriteOnly));
        rs.write(R"({"sample_size": 20, "sensitive_keywords": ["医院"], "threshold": 0.9})");
        rs.close();
        Run set = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("supervisor"), QStringLiteral("--json"),
                       QStringLiteral("quality"), QStringLiteral("review-settings"), QStringLiteral("--set"), rs.fileName()},
                      "lingxi-supervisor\n");
        QVERIFY2(set.code == 0, set.err.constData());
        QCOMPARE(set.json().value(QStringLiteral("sample_size")).toInt(), 20);
        QCOMPARE(set.json().value(QStringLiteral("threshold")).toDouble(), 0.9);
        Run denied = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--as"), QStringLiteral("agent"), QStringLiteral("quality"),
                          QStringLiteral("review-settings"), QStringLiteral("--set"), rs.fileName()},
                         "lingxi-agent\n");
        QCOMPARE(denied.code, 1);
    }

    void graphStatsAndLinkOnTheDemo()
    {
        Run stats = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("graph"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(stats.code == 0, stats.err.constData());
        const QJsonObject s = stats.json();
        QVERIFY(s.value(QStringLiteral("concepts")).toInt() >= 200);
        QVERIFY(s.value(QStringLiteral("relations")).toInt() >= 400);
        QCOMPARE(s.value(QStringLiteral("components")).toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("isolated")).toArray().size(), 0);
        QVERIFY(s.value(QStringLiteral("concepts_by_type")).toObject().value(QStringLiteral("product")).toInt() > 0);
        int total = 0;
        for (const auto& d : s.value(QStringLiteral("degree_distribution")).toArray())
            total += d.toObject().value(QStringLiteral("concepts")).toInt();
        QCOMPARE(total, s.value(QStringLiteral("concepts")).toInt());

        const QByteArray text = QStringLiteral("敏感肌能用水光修護精華嗎？").toUtf8();
        Run link = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("graph"), QStringLiteral("link"), QStringLiteral("--json")}, text);
        QVERIFY2(link.code == 0, link.err.constData());
        const QJsonArray concepts = link.json().value(QStringLiteral("concepts")).toArray();
        QCOMPARE(concepts.size(), 2);
        QCOMPARE(concepts.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("敏感肌"));
        QCOMPARE(concepts.at(0).toObject().value(QStringLiteral("start")).toInt(), 0);
        QCOMPARE(concepts.at(0).toObject().value(QStringLiteral("end")).toInt(), 3);
        QCOMPARE(concepts.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("水光修护精华"));
        QCOMPARE(concepts.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("product"));
        QCOMPARE(concepts.at(1).toObject().value(QStringLiteral("start")).toInt(), 5);
        QCOMPARE(concepts.at(1).toObject().value(QStringLiteral("end")).toInt(), 11);
    }

    void graphExportImportRoundTrip()
    {
        const QString ws = m_dir.filePath(QStringLiteral("graph-target.lingxi"));
        Run created = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), ws});
        QVERIFY(created.code == 0);
        for (const char* format : {"json", "graphml", "csv", "cypher"}) {
            const QString out = m_dir.filePath(QStringLiteral("export.%1").arg(QString::fromLatin1(format)));
            Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("graph"), QStringLiteral("export"), QStringLiteral("--format"),
                         QString::fromLatin1(format), QStringLiteral("--out"), out, QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        // The demo's own graph imported into a workspace that has it already changes nothing.
        Run again = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("graph"),
                         QStringLiteral("import"), m_dir.filePath(QStringLiteral("export.json")), QStringLiteral("--json")},
                        "lingxi-marketer\n");
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(again.json().value(QStringLiteral("concepts_added")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("relations_added")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("rejected")).toInt(), 0);
        QVERIFY(again.json().value(QStringLiteral("concepts")).toInt() >= 200);
        Run csv = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("graph"),
                       QStringLiteral("import"), m_dir.filePath(QStringLiteral("export.csv")), QStringLiteral("--relations"),
                       m_dir.filePath(QStringLiteral("export.relations.csv")), QStringLiteral("--json")},
                      "lingxi-marketer\n");
        QVERIFY2(csv.code == 0, csv.err.constData());
        QCOMPARE(csv.json().value(QStringLiteral("relations_added")).toInt(), 0);
    }

    void graphImportRejectsBadFileWithLines()
    {
        const QString ws = m_dir.filePath(QStringLiteral("graph-bad.lingxi"));
        QVERIFY(cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), ws}).code == 0);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"concepts\": [\n"
                "  {\"id\": \"a\", \"name\": \"新成分\", \"type\": \"technical_principle\"},\n"
                "  {\"id\": \"b\", \"name\": \"新功效\", \"type\": \"flavour\"}\n"
                "],\n\"relations\": [\n"
                "  {\"source\": \"a\", \"target\": \"保湿\", \"type\": \"affects\", \"weight\": 0.6},\n"
                "  {\"source\": \"a\", \"target\": \"nowhere\", \"type\": \"affects\"}\n"
                "]}\n");
        f.close();
        const QStringList args{QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("graph"),
                               QStringLiteral("import"), path, QStringLiteral("--json")};
        Run r = cli(args, "lingxi-marketer\n");
        QCOMPARE(r.code, 1);
        QVERIFY(oneLine(r.err));
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("concepts")).toInt(), 0);
        QCOMPARE(j.value(QStringLiteral("rejected")).toInt(), 2);
        const QJsonArray errors = j.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 7);
        Run stats = cli({QStringLiteral("--workspace"), ws, QStringLiteral("graph"), QStringLiteral("stats"), QStringLiteral("--json")});
        const int before = stats.json().value(QStringLiteral("concepts")).toInt();
        Run skipped = cli(args + QStringList{QStringLiteral("--skip-bad")}, "lingxi-marketer\n");
        QCOMPARE(skipped.code, 0);
        QCOMPARE(skipped.json().value(QStringLiteral("concepts_added")).toInt(), 1);
        QCOMPARE(skipped.json().value(QStringLiteral("relations_added")).toInt(), 1); // 新成分 affects 保湿, by name
        Run after = cli({QStringLiteral("--workspace"), ws, QStringLiteral("graph"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(after.json().value(QStringLiteral("concepts")).toInt(), before + 1);
        // Without an operator the import is refused.
        Run anonymous = cli({QStringLiteral("--workspace"), ws, QStringLiteral("graph"), QStringLiteral("import"), path});
        QCOMPARE(anonymous.code, 1);
        QVERIFY(anonymous.err.contains("--as"));
    }

    void sentimentTrainEvalPredict()
    {
        // 2,000 real reviews (every 25th row), one bad label and one empty text.
        QFile in(QStringLiteral(LX_SHARED_DATA "/sentiment/shopping_train.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray train = in.readLine();
        QByteArray test = train;
        for (int i = 0; !in.atEnd(); ++i) {
            const QByteArray line = in.readLine();
            if (i % 25 == 0 && train.count('\n') <= 2000)
                train += line;
            else if (i % 25 == 7 && test.count('\n') <= 500)
                test += line;
        }
        train += "书籍,great,好书\n书籍,positive,\n";
        const QString trainPath = m_dir.filePath(QStringLiteral("s-train.csv"));
        const QString testPath = m_dir.filePath(QStringLiteral("s-test.csv"));
        const QString model = m_dir.filePath(QStringLiteral("s.lxsent"));
        for (const auto& [path, bytes] : {std::pair{trainPath, train}, std::pair{testPath, test}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        Run t = cli({QStringLiteral("sentiment"), QStringLiteral("train"), QStringLiteral("--data"), trainPath, QStringLiteral("--out"), model,
                     QStringLiteral("--folds"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
        QVERIFY2(t.code == 0, t.err.constData());
        const QJsonObject tj = t.json();
        QCOMPARE(tj.value(QStringLiteral("folds")).toArray().size(), 5);
        for (const auto& f : tj.value(QStringLiteral("folds")).toArray()) {
            QVERIFY(f.toObject().contains(QStringLiteral("accuracy")));
            QVERIFY(f.toObject().contains(QStringLiteral("macro_f1")));
        }
        for (const char* key : {"mean_accuracy", "std_accuracy", "mean_macro_f1", "labels", "train_seconds"})
            QVERIFY2(tj.contains(QString::fromLatin1(key)), key);
        QVERIFY(tj.value(QStringLiteral("mean_accuracy")).toDouble() > 0.8);
        QCOMPARE(tj.value(QStringLiteral("labels")).toArray().size(), 2);
        // The file has a category column: each of its ten categories held out in turn.
        const QJsonArray categories = tj.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 10);
        int heldOut = 0;
        for (const auto& c : categories) {
            QVERIFY(!c.toObject().value(QStringLiteral("category")).toString().isEmpty());
            QVERIFY(c.toObject().value(QStringLiteral("accuracy")).toDouble() > 0.5);
            heldOut += c.toObject().value(QStringLiteral("validation_rows")).toInt();
        }
        QCOMPARE(heldOut, tj.value(QStringLiteral("rows")).toInt());
        QVERIFY(tj.value(QStringLiteral("category_mean_accuracy")).toDouble() > 0.7);
        QCOMPARE(tj.value(QStringLiteral("epochs_chosen_on")).toString(), QStringLiteral("categories"));
        const QJsonArray skipped = tj.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QVERIFY(skipped.at(0).toString().contains(QLatin1String("great")));
        QVERIFY(skipped.at(1).toString().contains(QLatin1String("empty text")));
        // --folds outside 5..10 is a usage error.
        QCOMPARE(cli({QStringLiteral("sentiment"), QStringLiteral("train"), QStringLiteral("--data"), trainPath, QStringLiteral("--out"),
                      model, QStringLiteral("--folds"), QStringLiteral("3")}).code, 2);

        Run e = cli({QStringLiteral("sentiment"), QStringLiteral("eval"), QStringLiteral("--model"), model, QStringLiteral("--data"), testPath,
                     QStringLiteral("--json")});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject ej = e.json();
        QCOMPARE(ej.value(QStringLiteral("n")).toInt(), 500);
        QVERIFY(ej.value(QStringLiteral("accuracy")).toDouble() > 0.8);
        const QJsonObject conf = ej.value(QStringLiteral("confusion")).toObject();
        int total = 0;
        for (const QString& t1 : {QStringLiteral("positive"), QStringLiteral("negative")})
            for (const QString& p1 : {QStringLiteral("positive"), QStringLiteral("negative")})
                total += conf.value(t1).toObject().value(p1).toInt();
        QCOMPARE(total, 500);
        const QJsonObject pos = ej.value(QStringLiteral("per_class")).toObject().value(QStringLiteral("positive")).toObject();
        for (const char* key : {"precision", "recall", "f1", "support"})
            QVERIFY2(pos.contains(QString::fromLatin1(key)), key);
        QVERIFY(ej.value(QStringLiteral("texts_per_second")).toDouble() > 0);
        for (const char* key : {"load_model", "read_data", "predict"})
            QVERIFY2(ej.value(QStringLiteral("seconds")).toObject().contains(QString::fromLatin1(key)), key);

        Run p = cli({QStringLiteral("sentiment"), QStringLiteral("predict"), QStringLiteral("--model"), model},
                    QStringLiteral("质量很好，非常满意\n太差了，坏了，退货\n").toUtf8());
        QVERIFY2(p.code == 0, p.err.constData());
        const QList<QByteArray> lines = p.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("positive"));
        const QJsonObject probs = first.value(QStringLiteral("probabilities")).toObject();
        QVERIFY(probs.contains(QStringLiteral("neutral")));
        QVERIFY(probs.value(QStringLiteral("positive")).toDouble() > 0.5);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("label")).toString(), QStringLiteral("negative"));

        // A damaged model: one line, exit 1. No model and no workspace model: a clear error.
        QFile m(model);
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QByteArray half = m.read(m.size() / 2);
        m.close();
        const QString broken = m_dir.filePath(QStringLiteral("broken.lxsent"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(half);
        b.close();
        Run bad = cli({QStringLiteral("sentiment"), QStringLiteral("predict"), QStringLiteral("--model"), broken}, "好\n");
        QCOMPARE(bad.code, 1);
        QVERIFY(oneLine(bad.err));
        QVERIFY(bad.err.contains("truncated"));
        const QString bare = m_dir.filePath(QStringLiteral("no-model.lingxi"));
        QVERIFY(cli({QStringLiteral("--workspace"), bare, QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--admin"),
                     QStringLiteral("boss")},
                    "boss-password-1\n")
                    .code
                == 0);
        Run none = cli({QStringLiteral("--workspace"), bare, QStringLiteral("sentiment"), QStringLiteral("predict")}, "好\n");
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("no active sentiment model"), none.err.constData());
        // The demo's workspace has one (trained as the demo was built): predict needs no --model.
        Run demo = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("sentiment"), QStringLiteral("predict")},
                       QStringLiteral("等了两个小时都没人回复，服务太烂了\n").toUtf8());
        QVERIFY2(demo.code == 0, demo.err.constData());
        QCOMPARE(QJsonDocument::fromJson(demo.out.trimmed()).object().value(QStringLiteral("label")).toString(), QStringLiteral("negative"));
    }

    void abAnalyzeAndSampleSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("ab.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("variant,weight,exposures,conversions\nA,1,2400,120\nB,1,2400,150\nC,1,2400,96\n");
        f.close();
        Run r = cli({QStringLiteral("ab"), QStringLiteral("analyze"), QStringLiteral("--input"), path, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject j = r.json();
        const QJsonArray v = j.value(QStringLiteral("variants")).toArray();
        QCOMPARE(v.size(), 3);
        QVERIFY(v.at(0).toObject().value(QStringLiteral("p_value")).isNull());
        QVERIFY(v.at(0).toObject().value(QStringLiteral("lift")).isNull());
        QVERIFY(v.at(0).toObject().value(QStringLiteral("significant")).isNull());
        QCOMPARE(v.at(1).toObject().value(QStringLiteral("rate")).toDouble(), 0.0625);
        QVERIFY(std::fabs(v.at(1).toObject().value(QStringLiteral("z")).toDouble() - 1.8793639429397577) < 1e-9);
        QVERIFY(std::fabs(v.at(1).toObject().value(QStringLiteral("p_adjusted")).toDouble() - 0.1203896323182284) < 1e-9);
        QCOMPARE(v.at(1).toObject().value(QStringLiteral("significant")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("chi2")).toObject().value(QStringLiteral("df")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("srm")).toObject().value(QStringLiteral("flag")).toBool(), false);
        QVERIFY(!j.value(QStringLiteral("verdict")).toString().isEmpty());

        Run ss = cli({QStringLiteral("ab"), QStringLiteral("sample-size"), QStringLiteral("--baseline"), QStringLiteral("0.1"),
                      QStringLiteral("--mde"), QStringLiteral("0.02"), QStringLiteral("--json")});
        QCOMPARE(ss.code, 0);
        QCOMPARE(ss.json().value(QStringLiteral("per_variant")).toInt(), 3841);

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("variant,weight,exposures,conversions\nA,1,2400,120\nB,1,100,120\n");
        f.close();
        Run bad = cli({QStringLiteral("ab"), QStringLiteral("analyze"), QStringLiteral("--input"), path, QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
        QVERIFY(oneLine(bad.err));
        QVERIFY(bad.err.contains("line 3"));
        QCOMPARE(bad.json().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(cli({QStringLiteral("ab"), QStringLiteral("sample-size"), QStringLiteral("--baseline"), QStringLiteral("0.1")}).code, 2);
    }

    void qualityAccuracyAlertsOnlyOnARun()
    {
        // 60 reviews a day: day 1 at 90 %, days 2 and 3 at 80 % -> 2 of the last 3 below 85 %.
        QString csv = QStringLiteral("date,predicted,reviewed,text\n");
        const int correct[] = {54, 48, 48};
        for (int d = 0; d < 3; ++d) {
            for (int i = 0; i < 60; ++i) {
                const bool right = i < correct[d];
                csv += QStringLiteral("2026-11-%1,negative,%2,评论 %3\n")
                           .arg(24 + d)
                           .arg(right ? QStringLiteral("negative") : QStringLiteral("neutral"))
                           .arg(d * 100 + i);
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("reviews.csv"));
        const QString corrections = m_dir.filePath(QStringLiteral("corrections.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        Run r = cli({QStringLiteral("quality"), QStringLiteral("accuracy"), QStringLiteral("--input"), path,
                     QStringLiteral("--export-corrections"), corrections, QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("alert")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("periods")).toArray().size(), 3);
        QCOMPARE(j.value(QStringLiteral("periods")).toArray().at(0).toObject().value(QStringLiteral("accuracy")).toDouble(), 0.9);
        QCOMPARE(j.value(QStringLiteral("corrections")).toInt(), 6 + 12 + 12);
        QFile c(corrections);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("label,text"));
        QCOMPARE(lines.size(), 31);
        QVERIFY(lines.at(1).startsWith("neutral,"));
        // With 3 of 3 required there is no alert.
        Run lenient = cli({QStringLiteral("quality"), QStringLiteral("accuracy"), QStringLiteral("--input"), path,
                           QStringLiteral("--m"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(lenient.code, 0);
        QCOMPARE(lenient.json().value(QStringLiteral("alert")).toBool(), false);
    }

    void experimentsCreateStartAssign()
    {
        const QString ws = m_dir.filePath(QStringLiteral("exp.lingxi"));
        QVERIFY(cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), ws}).code == 0);
        const QStringList as{QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("marketer"),
                             QStringLiteral("experiments")};
        Run created = cli(as + QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("首图"),
                                           QStringLiteral("--metric"), QStringLiteral("conversion"), QStringLiteral("--variant"),
                                           QStringLiteral("1"), QStringLiteral("--variant"), QStringLiteral("2@1:3"),
                                           QStringLiteral("--json")},
                          "lingxi-marketer\n");
        QVERIFY2(created.code == 0, created.err.constData());
        const int id = created.json().value(QStringLiteral("id")).toInt();
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(created.json().value(QStringLiteral("variants")).toArray().at(1).toObject().value(QStringLiteral("weight")).toDouble(), 3.0);
        QCOMPARE(cli(as + QStringList{QStringLiteral("start"), QStringLiteral("--id"), QString::number(id)}, "lingxi-marketer\n").code, 0);
        Run a1 = cli(as + QStringList{QStringLiteral("assign"), QStringLiteral("--id"), QString::number(id), QStringLiteral("--user"),
                                      QStringLiteral("wx_001"), QStringLiteral("--json")},
                     "lingxi-marketer\n");
        Run a2 = cli(as + QStringList{QStringLiteral("assign"), QStringLiteral("--id"), QString::number(id), QStringLiteral("--user"),
                                      QStringLiteral("wx_001"), QStringLiteral("--json")},
                     "lingxi-marketer\n");
        QVERIFY(!a1.json().value(QStringLiteral("variant")).toString().isEmpty());
        QCOMPARE(a2.json().value(QStringLiteral("variant")), a1.json().value(QStringLiteral("variant")));
        Run bad = cli(as + QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--metric"),
                                       QStringLiteral("conversion"), QStringLiteral("--variant"), QStringLiteral("1")},
                      "lingxi-marketer\n");
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("two or three"));
        Run agent = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QStringLiteral("agent"), QStringLiteral("experiments"),
                         QStringLiteral("list")},
                        "lingxi-agent\n");
        QCOMPARE(agent.code, 1);
    }

    void profilesEventsFunnelAndPrivacy()
    {
        const QString ws = m_dir.filePath(QStringLiteral("prof.lingxi"));
        QVERIFY(cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--to"), ws}).code == 0);
        const auto as = [&ws](const char* who, const QStringList& rest) {
            return QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("--as"), QString::fromLatin1(who)} + rest;
        };
        const QString users = m_dir.filePath(QStringLiteral("users.jsonl"));
        QFile f(users);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"platform\":\"web\",\"platform_user_id\":\"cli_1\",\"phone\":\"13700001111\",\"age\":29,\"city\":\"成都\"}\n"
                "{\"platform\":\"web\",\"platform_user_id\":\"\"}\n"
                "{\"platform\":\"web\",\"platform_user_id\":\"cli_2\",\"age\":40}\n");
        f.close();
        const QStringList import{QStringLiteral("profiles"), QStringLiteral("import"), users, QStringLiteral("--json")};
        Run first = cli(as("marketer", import), "lingxi-marketer\n");
        QVERIFY2(first.code == 0, first.err.constData());
        QCOMPARE(first.json().value(QStringLiteral("read")).toInt(), 3);
        QCOMPARE(first.json().value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(first.json().value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(first.json().value(QStringLiteral("rejected")).toInt(), 1);
        QFile report(first.json().value(QStringLiteral("reject_report")).toString());
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("\"line 2\",2,"));
        Run again = cli(as("marketer", import), "lingxi-marketer\n");
        QCOMPARE(again.json().value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("updated")).toInt(), 0);
        // All or nothing: the bad record refuses the file, exit 1.
        Run refused = cli(as("marketer", import + QStringList{QStringLiteral("--all-or-nothing")}), "lingxi-marketer\n");
        QCOMPARE(refused.code, 1);
        QVERIFY(oneLine(refused.err));

        const QString events = m_dir.filePath(QStringLiteral("events.csv"));
        QFile e(events);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write("platform,platform_user_id,time,type\nweb,cli_1,2025-03-02T10:00:00,impression\n"
                "web,cli_1,2025-03-02T10:01:00,click\nweb,cli_2,2025-03-03T09:00:00,impression\n");
        e.close();
        Run ev = cli(as("marketer", {QStringLiteral("events"), QStringLiteral("import"), events, QStringLiteral("--json")}),
                     "lingxi-marketer\n");
        QVERIFY2(ev.code == 0, ev.err.constData());
        QCOMPARE(ev.json().value(QStringLiteral("inserted")).toInt(), 3);
        QVERIFY(ev.json().value(QStringLiteral("reject_report")).isNull());
        Run funnel = cli(as("marketer", {QStringLiteral("funnel"), QStringLiteral("--steps"), QStringLiteral("impression,click"),
                                         QStringLiteral("--segment"), QStringLiteral("platform=web"), QStringLiteral("--from"),
                                         QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-03-05"),
                                         QStringLiteral("--json")}),
                         "lingxi-marketer\n");
        QVERIFY2(funnel.code == 0, funnel.err.constData());
        const QJsonArray steps = funnel.json().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("rate")).toDouble(), 0.5);

        Run show = cli(as("marketer", {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("web:cli_1"), QStringLiteral("--json")}),
                       "lingxi-marketer\n");
        QVERIFY2(show.code == 0, show.err.constData());
        QCOMPARE(show.json().value(QStringLiteral("phone")).toString(), QStringLiteral("137****1111"));
        QCOMPARE(show.json().value(QStringLiteral("layers")).toObject().value(QStringLiteral("age_band")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("25-34"));
        QVERIFY(!show.out.contains("13700001111"));

        const QStringList exportCli{QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("web:cli_1"),
                                    QStringLiteral("--json")};
        QCOMPARE(cli(as("marketer", exportCli), "lingxi-marketer\n").code, 1);
        Run exported = cli(as("supervisor", exportCli), "lingxi-supervisor\n");
        QVERIFY2(exported.code == 0, exported.err.constData());
        QCOMPARE(exported.json().value(QStringLiteral("events")).toArray().size(), 2);
        Run badVerb = cli(as("marketer", {QStringLiteral("profiles"), QStringLiteral("explode")}), "lingxi-marketer\n");
        QCOMPARE(badVerb.code, 2);
        Run badSegment = cli(as("marketer", {QStringLiteral("profiles"), QStringLiteral("count"), QStringLiteral("--segment"),
                                             QStringLiteral("city_tier=moon")}),
                             "lingxi-marketer\n");
        QCOMPARE(badSegment.code, 2);
        QVERIFY(badSegment.err.contains("tier1"));
    }

    void contentMatchLexiconsAndDialogue()
    {
        const QStringList ws{QStringLiteral("--workspace"), m_demo, QStringLiteral("--json")};
        Run match = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("content"),
                                         QStringLiteral("match"), QStringLiteral("--user"), QStringLiteral("wechat:we_100064"),
                                         QStringLiteral("--industry"), QStringLiteral("beauty")},
                        "lingxi-marketer\n");
        QVERIFY2(match.code == 0, match.err.constData());
        QCOMPARE(match.json().value(QStringLiteral("segment")).toString(), QStringLiteral("high_activity"));
        QCOMPARE(match.json().value(QStringLiteral("personalised")).toBool(), true);
        QVERIFY(match.json().value(QStringLiteral("explanation")).toString().startsWith(QLatin1String("chosen because")));
        QVERIFY(!match.out.contains("we_100064")); // the pseudonym only

        // An admin adds a list with a bad line: the line is named, the good words land.
        const QString list = m_dir.filePath(QStringLiteral("rivals.txt"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("竞品甲\n\xff\xfe\n竞品乙\n");
        f.close();
        Run add = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("content"),
                                       QStringLiteral("lexicons"), QStringLiteral("add"), list},
                      "lingxi-admin\n");
        QVERIFY2(add.code == 0, add.err.constData());
        QCOMPARE(add.json().value(QStringLiteral("category")).toString(), QStringLiteral("rivals"));
        QCOMPARE(add.json().value(QStringLiteral("words")).toInt(), 2);
        QCOMPARE(add.json().value(QStringLiteral("issues")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        Run denied = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("content"),
                                          QStringLiteral("lexicons"), QStringLiteral("remove"), QStringLiteral("rivals")},
                         "lingxi-marketer\n");
        QCOMPARE(denied.code, 1);
        Run removed = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("content"),
                                           QStringLiteral("lexicons"), QStringLiteral("remove"), QStringLiteral("rivals")},
                          "lingxi-admin\n");
        QVERIFY2(removed.code == 0, removed.err.constData());

        // The bot's flow: shown, switched off, a bad file refused with its reason.
        Run off = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("content"),
                                       QStringLiteral("dialogue"), QStringLiteral("--bot"), QStringLiteral("none")},
                      "lingxi-marketer\n");
        QVERIFY2(off.code == 0, off.err.constData());
        QCOMPARE(off.json().value(QStringLiteral("bot_flow")).toString(), QString());
        QCOMPARE(off.json().value(QStringLiteral("flows")).toArray().size(), 1);
        const QString bad = m_dir.filePath(QStringLiteral("flows.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"flows":[{"id":"x","name":"x","rounds":[{"say":"a"},{"branches":[{"when":{"keywords":["k"]},"say":"b"}]},{"say":"c"}]}]})");
        b.close();
        Run refused = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("content"),
                                           QStringLiteral("dialogue"), QStringLiteral("--set"), bad},
                          "lingxi-marketer\n");
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("round 2 has no default line"), refused.err.constData());
        Run on = cli(ws + QStringList{QStringLiteral("--as"), QStringLiteral("marketer"), QStringLiteral("content"),
                                      QStringLiteral("dialogue"), QStringLiteral("--bot"), QStringLiteral("skincare.consult")},
                     "lingxi-marketer\n");
        QVERIFY2(on.code == 0, on.err.constData());
        QCOMPARE(on.json().value(QStringLiteral("bot_flow")).toString(), QStringLiteral("skincare.consult"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
