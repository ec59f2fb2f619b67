#include "models/ProfileTableModel.h"

#include "common/WaitingWatcher.h"
#include "profiles/Layers.h"
#include "profiles/ProfileService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace lx::models {

using profiles::Layers;

ProfileTableModel::ProfileTableModel(profiles::ProfileService& service, auth::Session session, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_session(std::move(session))
{
}

ProfileTableModel::~ProfileTableModel()
{
    // The counts and pages in flight borrow the service; none may outlive the model.
    waitForPendingWork(this);
}

void ProfileTableModel::setSegment(const profiles::Segment& segment)
{
    beginResetModel();
    m_segment = segment;
    m_total = 0;
    m_pages.clear();
    m_inFlight.clear();
    ++m_generation;
    endResetModel();
    m_counting = true;
    const quint64 generation = m_generation;
    auto* watcher = new WaitingWatcher<QPair<Result<qint64>, double>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const auto result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_counting = false;
        if (!result.first) {
            Q_EMIT failed(result.first.error());
            return;
        }
        const qint64 n = result.first.value();
        // A view shows at most INT_MAX rows; a million is far below it.
        beginInsertRows({}, 0, int(qMin<qint64>(n, std::numeric_limits<int>::max())) - 1);
        m_total = n;
        endInsertRows();
        Q_EMIT countReady(n, result.second);
    });
    auto& service = m_service;
    watcher->setFuture(QtConcurrent::run([&service, session = m_session, segment]() {
        QElapsedTimer t;
        t.start();
        auto n = service.count(session, segment);
        return qMakePair(n, double(t.nsecsElapsed()) / 1e6);
    }));
}

int ProfileTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int ProfileTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const store::ProfileListRow* ProfileTableModel::row(int r) const
{
    const int page = r / kPageSize;
    const QList<store::ProfileListRow>* rows = m_pages.object(page);
    if (!rows) {
        fetchPage(page);
        return nullptr;
    }
    const int i = r % kPageSize;
    return i < rows->size() ? &rows->at(i) : nullptr;
}

qint64 ProfileTableModel::profileId(int r) const
{
    const store::ProfileListRow* p = row(r);
    return p ? p->id : 0;
}

void ProfileTableModel::fetchPage(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_inFlight.insert(page);
    auto* self = const_cast<ProfileTableModel*>(this);
    const quint64 generation = m_generation;
    using Answer = QPair<Result<QList<store::ProfileListRow>>, double>;
    auto* watcher = new WaitingWatcher<Answer>(self);
    connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher, page, generation] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        if (generation != self->m_generation)
            return;
        self->m_inFlight.remove(page);
        if (!answer.first) {
            Q_EMIT self->failed(answer.first.error());
            return;
        }
        self->m_pages.insert(page, new QList<store::ProfileListRow>(answer.first.value()));
        const int first = page * kPageSize;
        const int last = int(qMin<qint64>(self->m_total, qint64(first) + kPageSize)) - 1;
        if (last >= first)
            Q_EMIT self->dataChanged(self->index(first, 0), self->index(last, ColumnCount - 1));
        Q_EMIT self->pageLoaded(page, answer.second);
    });
    auto& service = m_service;
    watcher->setFuture(QtConcurrent::run([&service, session = m_session, segment = m_segment, page]() {
        QElapsedTimer t;
        t.start();
        auto rows = service.page(session, segment, qint64(page) * kPageSize, kPageSize);
        return qMakePair(rows, double(t.nsecsElapsed()) / 1e6);
    }));
}

QVariant ProfileTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    if (role != Qt::DisplayRole && role != ProfileIdRole && role != Qt::ToolTipRole)
        return {};
    const store::ProfileListRow* p = row(index.row());
    if (!p)
        return role == Qt::DisplayRole && index.column() == UserColumn ? QVariant(QStringLiteral("…")) : QVariant();
    if (role == ProfileIdRole)
        return p->id;
    switch (index.column()) {
    case UserColumn:
        return QString(Layers::label(QStringLiteral("platform"), p->platform) + QLatin1Char(' ') + p->platformUserId);
    case NameColumn:
        return p->nameMasked;
    case PhoneColumn:
        return p->phoneMasked;
    case GenderColumn:
        return Layers::label(QStringLiteral("gender"), Layers::value(QStringLiteral("gender"), p->gender));
    case AgeColumn:
        return Layers::label(QStringLiteral("age_band"), Layers::value(QStringLiteral("age_band"), p->ageBand));
    case CityColumn:
        return p->city;
    case TierColumn:
        return Layers::label(QStringLiteral("city_tier"), Layers::value(QStringLiteral("city_tier"), p->cityTier));
    case OccupationColumn:
        return Layers::label(QStringLiteral("occupation"), Layers::value(QStringLiteral("occupation"), p->occupation));
    case ValueColumn:
        return QString((p->vip ? QStringLiteral("VIP · ") : QString())
                       + Layers::label(QStringLiteral("value_tier"), Layers::value(QStringLiteral("value_tier"), p->valueTier)));
    case ConsentColumn: {
        QStringList granted;
        for (const QString& purpose : {QStringLiteral("marketing"), QStringLiteral("profiling"), QStringLiteral("contact")})
            if (p->consents & Layers::purposeBit(purpose))
                granted.append(Layers::purposeLabel(purpose));
        return granted.isEmpty() ? tr("none") : granted.join(QStringLiteral(", "));
    }
    case LastSeenColumn:
        return p->lastSeenMs ? QDateTime::fromMSecsSinceEpoch(*p->lastSeenMs).toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case GenderColumn:
        return tr("Gender");
    case AgeColumn:
        return tr("Age band");
    case CityColumn:
        return tr("City");
    case TierColumn:
        return tr("City tier");
    case OccupationColumn:
        return tr("Occupation");
    case ValueColumn:
        return tr("Value tier");
    case ConsentColumn:
        return tr("Consent");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace lx::models
