#include "audit/AuditLog.h"

#include "crypto/Crypto.h"
#include "store/AuditTable.h"

#include <QJsonDocument>

namespace lx::audit {

namespace {

void appendField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += '|';
}

} // namespace

const QString& AuditLog::genesisHash()
{
    static const QString zero(64, QLatin1Char('0'));
    return zero;
}

Status AuditLog::append(QSqlDatabase& db, const QString& actor, const QString& action, const QString& target,
                        const QJsonObject& details, qint64 timeMs)
{
    auto head = store::AuditTable::head(db);
    if (!head)
        return head.status();
    store::AuditRow row;
    row.seq = head.value() ? head.value()->seq + 1 : 1;
    row.prevHash = head.value() ? head.value()->hash : genesisHash();
    row.timeMs = timeMs;
    row.actor = actor;
    row.action = action;
    row.target = target;
    row.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    row.hash = computeHash(row);
    return store::AuditTable::append(db, row);
}

QByteArray AuditLog::canonicalForm(const store::AuditRow& row)
{
    QByteArray out("lx-audit-v1|");
    appendField(out, QByteArray::number(row.seq));
    appendField(out, QByteArray::number(row.timeMs));
    appendField(out, row.actor.toUtf8());
    appendField(out, row.action.toUtf8());
    appendField(out, row.target.toUtf8());
    appendField(out, row.details.toUtf8());
    appendField(out, row.prevHash.toLatin1());
    return out;
}

QString AuditLog::computeHash(const store::AuditRow& row)
{
    return QString::fromLatin1(crypto::Crypto::sha256(canonicalForm(row)).toHex());
}

VerifyReport AuditLog::verify(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress)
{
    VerifyReport report;
    auto fail = [&report](VerifyReport::Problem problem, qint64 seq, const QString& message) {
        report.ok = false;
        report.problem = problem;
        report.firstBadSeq = seq;
        report.message = message;
    };

    auto total = store::AuditTable::count(db);
    auto head = store::AuditTable::head(db);
    if (!total || !head) {
        fail(VerifyReport::Problem::Unreadable, 0,
             tr("the audit log cannot be read: %1").arg(!total ? total.error() : head.error()));
        return report;
    }
    const qint64 headSeq = head.value() ? head.value()->seq : 0;

    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash();
    QString beforePrev = genesisHash();
    bool cancelled = false;
    auto walk = store::AuditTable::forEach(db, [&](const store::AuditRow& row) {
        if (row.seq > headSeq) {
            fail(VerifyReport::Problem::Inserted, row.seq,
                 tr("entry #%1 was inserted after the last recorded entry (#%2)").arg(row.seq).arg(headSeq));
            return false;
        }
        if (row.seq != expectedSeq) {
            fail(VerifyReport::Problem::Deleted, expectedSeq,
                 row.seq - expectedSeq == 1
                     ? tr("entry #%1 was deleted").arg(expectedSeq)
                     : tr("entries #%1 to #%2 were deleted").arg(expectedSeq).arg(row.seq - 1));
            return false;
        }
        if (computeHash(row) != row.hash) {
            // A row renumbered by one hashes correctly under its old number: something was
            // inserted or deleted before it and the rest shifted to hide the gap.
            store::AuditRow shifted = row;
            shifted.seq = row.seq - 1;
            if (computeHash(shifted) == row.hash) {
                fail(VerifyReport::Problem::Inserted, row.seq - 1,
                     tr("entry #%1 was inserted; the entries after it were renumbered").arg(row.seq - 1));
                return false;
            }
            shifted.seq = row.seq + 1;
            if (computeHash(shifted) == row.hash) {
                fail(VerifyReport::Problem::Deleted, row.seq,
                     tr("an entry before #%1 was deleted; the entries after it were renumbered").arg(row.seq));
                return false;
            }
            fail(VerifyReport::Problem::Changed, row.seq, tr("entry #%1 was changed").arg(row.seq));
            return false;
        }
        if (row.prevHash != expectedPrev) {
            if (row.prevHash == beforePrev && row.seq > 1)
                fail(VerifyReport::Problem::Inserted, row.seq - 1,
                     tr("entry #%1 was inserted; entry #%2 chains past it").arg(row.seq - 1).arg(row.seq));
            else
                fail(VerifyReport::Problem::Changed, row.seq - 1,
                     tr("entry #%1 was replaced; entry #%2 no longer chains to it").arg(row.seq - 1).arg(row.seq));
            return false;
        }
        beforePrev = expectedPrev;
        expectedPrev = row.hash;
        ++expectedSeq;
        ++report.entriesChecked;
        if (progress && report.entriesChecked % 1000 == 0 && !progress(report.entriesChecked, total.value())) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!walk) {
        fail(VerifyReport::Problem::Unreadable, 0, tr("the audit log cannot be read: %1").arg(walk.error()));
        return report;
    }
    if (cancelled) {
        fail(VerifyReport::Problem::Unreadable, 0, tr("verification cancelled"));
        return report;
    }
    if (!report.ok)
        return report;

    const qint64 lastSeq = expectedSeq - 1;
    if (!head.value() && lastSeq > 0) {
        fail(VerifyReport::Problem::HeadMissing, lastSeq, tr("the record of the log's last entry is missing"));
    } else if (headSeq > lastSeq) {
        fail(VerifyReport::Problem::Deleted, lastSeq + 1,
             headSeq - lastSeq == 1 ? tr("entry #%1, the last one, was deleted").arg(lastSeq + 1)
                                    : tr("entries #%1 to #%2 at the end were deleted").arg(lastSeq + 1).arg(headSeq));
    } else if (head.value() && head.value()->hash != expectedPrev) {
        fail(VerifyReport::Problem::Changed, lastSeq, tr("entry #%1 was replaced").arg(lastSeq));
    }
    if (progress && report.ok)
        progress(report.entriesChecked, total.value());
    return report;
}

} // namespace lx::audit
