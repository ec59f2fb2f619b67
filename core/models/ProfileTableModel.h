#pragma once

#include "auth/Session.h"
#include "profiles/Segment.h"
#include "store/ProfileQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

namespace lx::profiles {
class ProfileService;
}

namespace lx::models {

// The profiles of a segment, paged: it asks the store for the count, then fetches pages of
// rows off the GUI thread as the view scrolls to them, keeping a bounded cache of pages. A row
// whose page is on its way shows "…" for that moment. Holds only masked data.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTableModel)

public:
    enum Column { UserColumn, NameColumn, PhoneColumn, GenderColumn, AgeColumn, CityColumn, TierColumn, OccupationColumn,
                  ValueColumn, ConsentColumn, LastSeenColumn, ColumnCount };
    enum Role { ProfileIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    ProfileTableModel(profiles::ProfileService& service, auth::Session session, QObject* parent = nullptr);
    ~ProfileTableModel() override;

    // Counts the segment and starts over; countReady() follows.
    void setSegment(const profiles::Segment& segment);
    qint64 total() const { return m_total; }
    qint64 profileId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // For tests: true once no page is being fetched.
    bool idle() const { return m_inFlight.isEmpty() && !m_counting; }

Q_SIGNALS:
    void countReady(qint64 total, double milliseconds);
    void failed(const QString& reason);
    void pageLoaded(int page, double milliseconds);

private:
    void fetchPage(int page) const;
    const store::ProfileListRow* row(int r) const;

    profiles::ProfileService& m_service;
    auth::Session m_session;
    profiles::Segment m_segment;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_counting = false;
    mutable QCache<int, QList<store::ProfileListRow>> m_pages{60};
    mutable QSet<int> m_inFlight;
};

} // namespace lx::models
