#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace lx::store {
struct AuditRow;
}

namespace lx::audit {

struct VerifyReport
{
    enum class Problem { None, Changed, Deleted, Inserted, HeadMissing, Unreadable };
    bool ok = true;
    qint64 entriesChecked = 0;
    qint64 firstBadSeq = 0;
    Problem problem = Problem::None;
    QString message;
};

// The append-only, hash-chained log of who did what. Each entry stores the previous entry's
// hash and its own SHA-256 over a canonical, length-prefixed form of every field, so changing,
// deleting or inserting an entry anywhere breaks the chain where verify() can name it.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog() = delete;

    static const QString& genesisHash();

    // Appends inside the caller's write transaction (a StoreWriter job), so the audited change
    // and its entry commit together or not at all.
    static Status append(QSqlDatabase& db, const QString& actor, const QString& action, const QString& target,
                         const QJsonObject& details, qint64 timeMs);

    static QByteArray canonicalForm(const store::AuditRow& row);
    static QString computeHash(const store::AuditRow& row);

    // Walks the whole chain. progress(done, total) may return false to cancel.
    static VerifyReport verify(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace lx::audit
