#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace lx::profiles {
struct ProfileCard;
}

namespace lx::inference {

class Qwen2Decoder;

// What the assistant may ground a suggestion in: the conversation so far, the profile facts the
// user's consent allows, the knowledge-graph concepts the conversation mentions and the approved
// scripts. Personal data (names, phones, ids) never goes in.
struct AssistContext
{
    struct Turn
    {
        QString role; // user, bot, agent, supervisor
        QString text;
    };
    QList<Turn> turns;
    QStringList profileFacts;
    QStringList concepts;
    QStringList scripts;
    QString industry;
};

// What a template draft is for.
struct DraftRequest
{
    QString industry;  // the template's industry (the framework's name)
    QString platform;  // the platform's name in words (微博, 小红书 …)
    QString segment;   // the audience in words; may be empty
    QString framework; // the template's current text, as the structure to follow
    QStringList terms; // industry terms to use where they fit
};

// Profile facts a model may read for this user: the derived layers and tags where the user agreed
// to profiling (and, for a minor, to sensitive processing), else none. Never the masked name,
// phone or id card, never the pseudonyms.
QStringList assistProfileFacts(const profiles::ProfileCard& card);

// Reply suggestions, hand-over summaries and template drafts from a Qwen2-family decoder that the
// user points Lingxi at (a Hugging Face folder). The assistant only drafts: every text goes back
// to a person, who inserts, edits or ignores it; nothing is sent from here.
class ReplyAssistant final
{
    Q_DECLARE_TR_FUNCTIONS(ReplyAssistant)

public:
    // The decoder in that folder, loaded once per process and shared.
    static Result<std::shared_ptr<ReplyAssistant>> open(const QString& dir);
    // Why there is nothing to use when no folder is configured (for the panels to show).
    static QString notConfiguredText();

    // The texts the model reads (exposed for tests and for a person who wants to know why).
    static QString replyPrompt(const AssistContext& context);
    static QString summaryPrompt(const AssistContext& context);
    static QString draftPrompt(const DraftRequest& request);

    // Up to `count` different suggestions that `accept` lets through (the quality gate), each
    // handed to `onAccepted` as soon as it passes; `cancelled` is polled between tokens (a
    // cancelled run answers the suggestions it has).
    Result<QStringList> suggestReplies(const AssistContext& context, int count, const std::function<bool(const QString&)>& accept,
                                       const std::function<bool()>& cancelled = {},
                                       const std::function<void(const QString&)>& onAccepted = {}) const;
    // The text streams to `onText` as it is written (the text so far); `cancelled` stops it.
    Result<QString> summarize(const AssistContext& context, const std::function<bool()>& cancelled = {},
                              const std::function<void(const QString&)>& onText = {}) const;
    Result<QString> draft(const DraftRequest& request, quint64 seed, const std::function<bool()>& cancelled = {},
                          const std::function<void(const QString&)>& onText = {}) const;

    const Qwen2Decoder& decoder() const { return *m_decoder; }

private:
    explicit ReplyAssistant(std::shared_ptr<Qwen2Decoder> decoder) : m_decoder(std::move(decoder)) {}
    Result<QString> complete(const QString& prompt, int maxTokens, bool greedy, quint64 seed, const std::function<bool()>& cancelled,
                             const std::function<void(const QString&)>& onText = {}) const;

    std::shared_ptr<Qwen2Decoder> m_decoder;
};

} // namespace lx::inference
