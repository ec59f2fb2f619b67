#pragma once

#include "content/ContentService.h"
#include "content/QualityGate.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace lx::text {
class LexiconMatcher;
}

namespace lx::content {

// The quality gate's answer for one stored version of a template or script, and whether a
// supervisor let it past anyway.
struct GateVerdict
{
    qint64 itemId = 0;
    int version = 0;
    QualityReport report;
    QString overrideBy;     // empty: no override
    QString overrideReason;
    qint64 overrideMs = 0;

    bool blocked() const { return !report.ok(); }
    bool overridden() const { return !overrideBy.isEmpty(); }
    // May be used in an experiment, a journey or a send.
    bool usable() const { return report.ok() || overridden(); }
    // The problems in one line, "; "-separated, in the user's language.
    QString problems() const;
    int problemCount() const;
};

// The quality gate as it applies to stored content, in one place for the services that refuse
// blocked content and for the editor that shows the verdict: a template is checked as marketing
// content against the platform it is written for, rendered with its sample values (the shipped
// library's own, the technology framework's for everything else); a script as a chat reply. The
// compliance lists are the workspace's (shipped, own and allow-list); the term list is the
// template's industry's.
class ContentGate final
{
    Q_DECLARE_TR_FUNCTIONS(ContentGate)

public:
    ContentGate() = delete;

    static QString contentTypeOf(ContentKind kind);
    // Sample values by canonical variable name for an item of the shipped library (or any other).
    static QHash<QString, QString> samples(const QString& builtinId);
    // What the gate says about BODY as the text of ITEM (its kind, industry and platform).
    static QualityReport check(const ContentItem& item, const QString& body, const text::LexiconMatcher* compliance,
                               const text::LexiconMatcher* terms);
};

} // namespace lx::content
