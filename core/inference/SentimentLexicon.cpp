#include "inference/SentimentLexicon.h"

#include "common/InputFile.h"
#include "inference/TextFeatures.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

namespace lx::inference {

namespace {

constexpr quint64 kFnvOffset = 1469598103934665603ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;
constexpr quint64 kFeatureSeed = 0x6c657869636f6eULL; // "lexicon"

const char* const kSections[SentimentLexicon::KindCount] = {"positive", "negative", "neutral", "negation"};

quint64 step(quint64 h, char32_t cp)
{
    return (h ^ quint64(cp)) * kFnvPrime;
}

} // namespace

void SentimentLexicon::add(Kind kind, const QString& word)
{
    const QString folded = SentimentTokenizer::normalize(word);
    if (folded.isEmpty())
        return;
    const std::u32string cps = folded.toStdU32String();
    quint64 h = kFnvOffset;
    for (char32_t cp : cps)
        h = step(h, cp);
    if (!m_index.emplace(h, kind).second)
        return; // the first section that names a word keeps it
    m_words[kind].append(folded);
    m_maxLength = std::max(m_maxLength, int(cps.size()));
    if (cps.front() < 0x10000) {
        m_startsBmp.resize(0x10000 / 64, 0);
        m_startsBmp[cps.front() / 64] |= quint64(1) << (cps.front() % 64);
    } else {
        m_startsOutsideBmp = true;
    }
}

Result<SentimentLexicon> SentimentLexicon::parse(const QByteArray& utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return Result<SentimentLexicon>::failure(QCoreApplication::translate("lx::inference", "the sentiment lexicon is not UTF-8"));
    SentimentLexicon lexicon;
    int section = -1;
    int lineNumber = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = -1;
            for (int k = 0; k < KindCount; ++k) {
                if (line.mid(1, line.size() - 2).trimmed() == QLatin1String(kSections[k]))
                    section = k;
            }
            if (section < 0)
                return Result<SentimentLexicon>::failure(QCoreApplication::translate("lx::inference",
                                                                                      "sentiment lexicon line %1: unknown section %2 "
                                                                                      "(positive, negative, neutral, negation)")
                                                             .arg(lineNumber)
                                                             .arg(line.left(40)));
            continue;
        }
        if (section < 0)
            return Result<SentimentLexicon>::failure(
                QCoreApplication::translate("lx::inference", "sentiment lexicon line %1: a word before any [section]").arg(lineNumber));
        lexicon.add(Kind(section), line);
    }
    return lexicon;
}

Result<SentimentLexicon> SentimentLexicon::read(const QString& path)
{
    auto opened = InputFile::open(path);
    if (!opened)
        return Result<SentimentLexicon>(opened.status());
    return parse(opened.value()->readAll());
}

const SentimentLexicon& SentimentLexicon::builtin()
{
    static const SentimentLexicon lexicon = [] {
        QFile f(QStringLiteral(":/sentiment/lexicon.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return SentimentLexicon();
        auto parsed = parse(f.readAll());
        return parsed ? parsed.take() : SentimentLexicon();
    }();
    return lexicon;
}

QJsonObject SentimentLexicon::toJson() const
{
    QJsonObject out;
    for (int k = 0; k < KindCount; ++k)
        out.insert(QLatin1String(kSections[k]), QJsonArray::fromStringList(m_words[k]));
    return out;
}

SentimentLexicon SentimentLexicon::fromJson(const QJsonObject& json)
{
    SentimentLexicon lexicon;
    for (int k = 0; k < KindCount; ++k) {
        for (const auto& v : json.value(QLatin1String(kSections[k])).toArray())
            lexicon.add(Kind(k), v.toString());
    }
    return lexicon;
}

void SentimentLexicon::features(const std::u32string& folded, std::vector<quint64>& out) const
{
    if (m_index.empty())
        return;
    const size_t n = folded.size();
    size_t negatedUntil = 0; // a negation covers the next two code points after it
    for (size_t i = 0; i < n;) {
        // Most characters start no word: one bit says so.
        const char32_t first = folded[i];
        if (first < 0x10000 ? m_startsBmp.empty() || !(m_startsBmp[first / 64] >> (first % 64) & 1) : !m_startsOutsideBmp) {
            ++i;
            continue;
        }
        // The longest word starting here.
        quint64 h = kFnvOffset;
        int bestLength = 0;
        Kind bestKind = Positive;
        for (size_t len = 1; len <= size_t(m_maxLength) && i + len <= n; ++len) {
            h = step(h, folded[i + len - 1]);
            const auto it = m_index.find(h);
            if (it != m_index.end()) {
                bestLength = int(len);
                bestKind = it->second;
            }
        }
        if (bestLength == 0) {
            ++i;
            continue;
        }
        if (bestKind == Negation) {
            negatedUntil = i + size_t(bestLength) + 2;
        } else {
            const bool negated = i < negatedUntil;
            out.push_back(kFeatureSeed * 31 + quint64(bestKind) * 2 + quint64(negated));
            negatedUntil = 0;
        }
        i += size_t(bestLength);
    }
}

} // namespace lx::inference
