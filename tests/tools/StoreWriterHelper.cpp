// Writes numbered batches into a workspace until it is killed, printing "committed N" after each
// batch's transaction is durable. tst_StoreWriter kills it with SIGKILL mid-batch.
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const int rowsPerBatch = QString::fromLocal8Bit(argv[2]).toInt();
    auto ws = lx::store::Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 1;
    }
    auto& writer = ws.value()->writer();
    auto made = writer.runSync([](QSqlDatabase& db) -> lx::Result<QVariant> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS stress(batch INTEGER NOT NULL, i INTEGER NOT NULL, "
                                   "payload TEXT NOT NULL)")))
            return lx::Result<QVariant>::failure(QStringLiteral("create"));
        return QVariant();
    });
    if (!made)
        return 1;
    for (int batch = 1;; ++batch) {
        auto r = writer.runSync(
            [batch, rowsPerBatch](QSqlDatabase& db) -> lx::Result<QVariant> {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO stress(batch, i, payload) VALUES (?, ?, ?)"));
                for (int i = 0; i < rowsPerBatch; ++i) {
                    q.bindValue(0, batch);
                    q.bindValue(1, i);
                    q.bindValue(2, QString(200, QLatin1Char('x')));
                    if (!q.exec())
                        return lx::Result<QVariant>::failure(QStringLiteral("insert"));
                }
                return QVariant();
            },
            lx::store::Durability::Full);
        if (!r)
            return 1;
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
}
