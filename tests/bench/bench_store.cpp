// Store throughput: the batching writer against one transaction per write, on the same machine in
// the same run. Prints JSON; asserts nothing.
#include "store/SettingsTable.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace lx;

namespace {
double run(const QString& path, int writes, bool waitEach)
{
    auto ws = store::Workspace::open(path);
    if (!ws)
        return -1;
    auto& writer = ws.value()->writer();
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<store::WriteOutcome>> pending;
    for (int i = 0; i < writes; ++i) {
        auto f = writer.submit(
            [i](QSqlDatabase& db) -> Result<QVariant> {
                auto st = store::SettingsTable::setValue(db, QStringLiteral("bench.%1").arg(i), QString::number(i));
                return st ? Result<QVariant>(QVariant()) : Result<QVariant>(st);
            },
            store::Durability::Full);
        if (waitEach)
            f.waitForFinished();
        else
            pending << f;
    }
    for (auto& f : pending)
        f.waitForFinished();
    return writes * 1000.0 / qMax<qint64>(1, timer.elapsed());
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int writes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const double batched = run(dir.filePath(QStringLiteral("batched.lingxi")), writes, false);
    const double single = run(dir.filePath(QStringLiteral("single.lingxi")), writes, true);
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("store_writer")},
                    {QStringLiteral("writes"), writes},
                    {QStringLiteral("durability"), QStringLiteral("full")},
                    {QStringLiteral("batched_writes_per_s"), batched},
                    {QStringLiteral("one_txn_per_write_per_s"), single},
                    {QStringLiteral("speedup"), single > 0 ? batched / single : 0.0}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
