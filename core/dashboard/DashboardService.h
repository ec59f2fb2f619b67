#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "profiles/ProfileService.h"
#include "store/DashboardQuery.h"
#include "store/DeskTable.h"
#include "store/ExperimentTable.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace lx::auth {
class AuthService;
}

namespace lx::dashboard {

enum class Period { Week, Month };

// Whose numbers: supervisors and admins see everything; marketers the marketing slice (event
// KPIs, funnel, sentiment, experiments); agents their own desk work.
enum class Scope { Full, Marketing, Own };

// One number on the dashboard, against the period before and, where there is one, a target.
struct Kpi
{
    QString key;               // conversion, click_through, engagement, user_messages, escalations,
                               // sla_breaches, first_response_median, callbacks_due
    QString unit;              // "rate", "count" or "minutes"
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> change;       // relative: (current - previous) / previous
    std::optional<double> targetChange; // e.g. +0.20: conversion 20 % above the previous period
    bool lowerIsBetter = false;
    std::optional<bool> met;            // against the target, when there is one and figures to judge
    qint64 numerator = 0, denominator = 0;
};

struct DashboardData
{
    Period period = Period::Week;
    Scope scope = Scope::Full;
    qint64 fromMs = 0, toMs = 0, previousFromMs = 0;
    QList<Kpi> kpis;
    std::optional<profiles::FunnelResult> funnel;
    QList<store::SentimentDay> sentiment;
    QList<store::AgentRow> agents;
    QList<store::ExperimentRow> running;
    qint64 elapsedMs = 0; // how long the aggregates took
};

// The supervisor's dashboard: conversion, click-through and engagement against the period
// before (with targets such as +20 % conversion), the marketing funnel, the daily sentiment mix,
// escalations and SLA (breaches, median first reply, callbacks due), agents' presence and load,
// and the experiments running; weekly or monthly. Every number has the rows behind it.
class DashboardService final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    explicit DashboardService(auth::AuthService& auth);

    Result<DashboardData> load(const auth::Session& actor, Period period, qint64 nowMs) const;
    // The rows behind one KPI in the period (at most 1,000 users for the event KPIs).
    Result<store::RowTable> rows(const auth::Session& actor, const QString& kpi, Period period, qint64 nowMs) const;

    // Relative targets per KPI key (conversion 0.20, click_through 0.10, engagement 0.10 unless set).
    Result<QHash<QString, double>> targets() const;
    Status setTargets(const auth::Session& actor, const QHash<QString, double>& targets);

    static QString kpiTitle(const QString& key);
    static Scope scopeOf(const auth::Session& actor);
    static qint64 periodMs(Period period);

private:
    Status requireScope(const auth::Session& actor, const QString& action, const QString& target = {}) const;
    Result<DashboardData> loadOwn(const auth::Session& actor, DashboardData data, qint64 nowMs, qint64 startedMs) const;

    auth::AuthService& m_auth;
};

} // namespace lx::dashboard
