#pragma once

#include "common/Result.h"
#include "text/ContentMetrics.h"
#include "text/LexiconMatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::content {

struct PlatformRule
{
    QString key;   // "wechat_moments", "weibo", "xiaohongshu"
    qint32 minLength = 0;
    qint32 maxLength = 0;
};

struct ContentTypeRule
{
    QString key;   // "technical", "marketing", "news"
    double maxTermDensity = 0.0;
};

struct Finding
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString code;    // "length", "term_density", "compliance", "missing_variable"
    QString message;
    qint32 start = -1; // code points in the text, for compliance hits
    qint32 end = -1;
};

struct QualityReport
{
    text::Metrics metrics;
    PlatformRule platform;
    ContentTypeRule type;
    QList<text::LexiconHit> compliance;
    QList<Finding> findings;
    // No error-level finding: publishing may go ahead.
    bool ok() const;
};

// Checks a text before it goes out: length against the platform's range, domain-term density
// against the content type's limit, every compliance hit, and missing template variables.
// Every finding is an error: the plan this product serves makes the length range and the density
// limit rules, like compliance, so a text that breaks any of them is not published, used in an
// experiment or sent unless a supervisor overrides the gate (ContentService::overrideGate).
class QualityGate final
{
    Q_DECLARE_TR_FUNCTIONS(QualityGate)

public:
    static QList<PlatformRule> defaultPlatforms();
    static QList<ContentTypeRule> defaultContentTypes();
    static std::optional<PlatformRule> platform(const QString& key);
    static std::optional<ContentTypeRule> contentType(const QString& key);
    // A chat reply: one character to 2,000, no density limit (the desk and the script library).
    static PlatformRule chatPlatform();
    static ContentTypeRule replyType();
    // Platform and content type names in the user's language.
    static QString platformTitle(const QString& key);
    static QString typeTitle(const QString& key);

    QualityGate(const text::LexiconMatcher* compliance, const text::LexiconMatcher* terms);

    QualityReport check(const QString& text, const PlatformRule& platform, const ContentTypeRule& type,
                        const QStringList& missingVariables = {}) const;

private:
    const text::LexiconMatcher* m_compliance;
    const text::LexiconMatcher* m_terms;
};

} // namespace lx::content
