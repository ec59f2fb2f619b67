#pragma once

#include <QtGlobal>

// Every limit on what Lingxi reads from a file, standard input or a command-line value, in one
// place. A reader that meets more than its limit refuses the file with a one-line error or
// rejects the line or record by number; it never tries to allocate the excess. README.md
// ("Input limits") lists them for users; change both together.
namespace lx::limits {

// One physical line or record of CSV, JSON Lines or an XML record (profiles, events, graph CSV,
// A/B counts, reviews, training data, desk messages), and one text line on stdin.
inline constexpr qint64 kMaxRecordBytes = 1LL << 20;
// The single text `content check` and `graph link` read from stdin.
inline constexpr qint64 kMaxTextBytes = 1LL << 20;
// A template file for `content render --template FILE`.
inline constexpr qint64 kMaxTemplateBytes = 1LL << 20;
// A JSON object named on the command line: template values, desk policy, tag rules, dialogue
// flows, points rules, quality settings.
inline constexpr qint64 kMaxJsonArgumentBytes = 16LL << 20;
// A business calendar (a few years of holidays fit in a few kilobytes).
inline constexpr qint64 kMaxCalendarBytes = 1LL << 20;
// A word list (lexicon, allow-list, term list) file.
inline constexpr qint64 kMaxLexiconBytes = 256LL << 20;
// One entry of a word list, in code points: no real word or phrase is longer (the longest in the
// shared sensitive-word lists is a 107-character URL).
inline constexpr int kMaxLexiconEntryChars = 128;
// A graph file read whole (JSON, GraphML; a 5,000-concept graph is about 1 MB); CSV graphs are
// streamed line by line.
inline constexpr qint64 kMaxGraphFileBytes = 64LL << 20;
// A table read whole (the city-tier CSV).
inline constexpr qint64 kMaxTableBytes = 16LL << 20;
// A sentiment model file (weights included) and a TorchScript module.
inline constexpr qint64 kMaxModelFileBytes = 2LL << 30;
// The header (metadata) of a model file, before any weight is read.
inline constexpr qint64 kMaxModelHeaderBytes = 64LL << 20;
// A WordPiece vocabulary file.
inline constexpr qint64 kMaxVocabularyBytes = 64LL << 20;
// XML elements nested inside each other (records, GraphML); JSON nesting is held to the same.
inline constexpr int kMaxXmlDepth = 64;
inline constexpr int kMaxJsonDepth = 64;
// Characters of input quoted in a message (an excerpt, control characters escaped).
inline constexpr int kExcerptChars = 60;
// A user or platform id, in characters.
inline constexpr int kMaxIdChars = 128;
// One text field of a profile or event record (a name, a city, a content id, tags …).
inline constexpr int kMaxFieldChars = 4096;
// A short name given in a file (a calendar's name, a category), in characters.
inline constexpr int kMaxNameChars = 200;
// The characters of a text a sentiment model reads: the rest is cut before tokenising (the
// n-gram model's features come from the opening of a long text; a transformer's window is
// shorter still).
inline constexpr int kMaxSentimentChars = 4096;

} // namespace lx::limits
