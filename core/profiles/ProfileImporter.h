#pragma once

#include "common/Result.h"
#include "profiles/RecordReader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lx::store {
class Workspace;
}
namespace lx::tasks {
class Task;
}

namespace lx::profiles {

struct ImportOptions
{
    RecordFormat format = RecordFormat::Auto;
    bool allOrNothing = false;
    QString rejectReport;  // where the reject report goes; empty: FILE.rejects.csv beside the input
    int batchSize = 0;     // records per transaction; 0: the importer's default
    qint64 nowMs = 0;      // 0: the clock
};

struct ImportReject
{
    QString where;
    int line = 0;
    QString reason;
};

struct ImportReport
{
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 profilesCreated = 0; // events for users not seen before get a minimal profile
    qint64 sensitiveDropped = 0;
    bool cancelled = false;
    bool refused = false; // --all-or-nothing found bad records: nothing stored
    QString rejectReport; // empty when nothing was rejected
    QList<ImportReject> firstRejects; // the first 100, for the GUI
    QList<qint64> touchedProfiles;    // ids inserted or changed that the tagger may tag (a profile an event
                                      // import created is left out while its events carry no sentiment)

    QJsonObject toJson() const;
    // What the audit trail keeps of an import: the file's name and the counts, never records.
    QJsonObject auditDetails(const QString& path) const;
};

// Streams profile or event records from JSON Lines, CSV or XML into the workspace. Each batch is
// one transaction; a cancel or crash leaves every earlier batch and nothing of the next. Bad
// records go to the reject report with line (or XML path) and reason and nothing of them is
// stored; the report never copies a record, so personal data stays in the source file.
// Profiles are upserted by platform + platform_user_id; direct identifiers are pseudonymised
// and masked before they reach the writer thread. Events are deduplicated on their content,
// so importing the same file twice stores each event once.
class ProfileImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImporter)

public:
    static Result<ImportReport> importProfiles(store::Workspace& workspace, const QString& path,
                                               const ImportOptions& options, tasks::Task* task = nullptr);
    static Result<ImportReport> importEvents(store::Workspace& workspace, const QString& path,
                                             const ImportOptions& options, tasks::Task* task = nullptr);
};

} // namespace lx::profiles
