#include "inference/BpeTokenizer.h"

#include "common/Excerpt.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <limits>

namespace lx::inference {

namespace {

// GPT-2's bytes_to_unicode: printable bytes stand for themselves, the others are moved to 256+.
std::array<char32_t, 256> byteAlphabet()
{
    std::array<char32_t, 256> map{};
    std::array<bool, 256> direct{};
    for (int b = '!'; b <= '~'; ++b)
        direct[size_t(b)] = true;
    for (int b = 0xA1; b <= 0xAC; ++b)
        direct[size_t(b)] = true;
    for (int b = 0xAE; b <= 0xFF; ++b)
        direct[size_t(b)] = true;
    int n = 0;
    for (int b = 0; b < 256; ++b)
        map[size_t(b)] = direct[size_t(b)] ? char32_t(b) : char32_t(256 + n++);
    return map;
}

const char* const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

enum class Norm { Nfc, Nfd, Nfkc, Nfkd, Lower };

} // namespace

struct BpeTokenizer::Data
{
    QHash<QString, qint64> vocab;
    std::vector<QString> idToToken;
    QHash<quint64, std::pair<int, qint64>> merges; // (left id, right id) -> (rank, merged id)
    struct Added
    {
        QString content;
        qint64 id;
        bool special;
    };
    std::vector<Added> added; // longest content first
    QHash<qint64, int> addedById;
    std::vector<Norm> normalizers;
    std::vector<QRegularExpression> splits; // applied in order, Isolated behaviour
    bool ignoreMerges = false;
    qint64 unk = -1;
    qint64 size = 0;
    std::array<char32_t, 256> alphabet{};
    QHash<char32_t, uchar> alphabetBack;
};

Result<BpeTokenizer> BpeTokenizer::fromJson(const QByteArray& json)
{
    using R = Result<BpeTokenizer>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("tokenizer.json is not a JSON object (%1 at byte %2)").arg(error.errorString()).arg(error.offset), ErrorCode::Invalid);
    const QJsonObject root = doc.object();
    auto d = std::make_shared<Data>();
    d->alphabet = byteAlphabet();
    for (int b = 0; b < 256; ++b)
        d->alphabetBack.insert(d->alphabet[size_t(b)], uchar(b));

    const QJsonObject model = root.value(QStringLiteral("model")).toObject();
    if (model.value(QStringLiteral("type")).toString() != QLatin1String("BPE"))
        return R::failure(tr("tokenizer.json: the model is '%1', not BPE").arg(excerpt(model.value(QStringLiteral("type")).toString())),
                          ErrorCode::Invalid);
    const QJsonObject vocab = model.value(QStringLiteral("vocab")).toObject();
    if (vocab.isEmpty())
        return R::failure(tr("tokenizer.json has no BPE vocabulary"), ErrorCode::Invalid);
    qint64 maxId = -1;
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
        const double v = it->toDouble(-1);
        if (!it->isDouble() || v < 0 || v > 1e8 || v != double(qint64(v)))
            return R::failure(tr("tokenizer.json: vocabulary entry '%1' has no valid id").arg(excerpt(it.key())), ErrorCode::Invalid);
        d->vocab.insert(it.key(), qint64(v));
        maxId = std::max(maxId, qint64(v));
    }
    const QJsonArray added = root.value(QStringLiteral("added_tokens")).toArray();
    for (const QJsonValue& a : added) {
        const QJsonObject o = a.toObject();
        const QString content = o.value(QStringLiteral("content")).toString();
        const double v = o.value(QStringLiteral("id")).toDouble(-1);
        if (content.isEmpty() || v < 0 || v > 1e8 || v != double(qint64(v)))
            return R::failure(tr("tokenizer.json: an added token has no content or no valid id"), ErrorCode::Invalid);
        d->added.push_back({content, qint64(v), o.value(QStringLiteral("special")).toBool()});
        maxId = std::max(maxId, qint64(v));
    }
    std::stable_sort(d->added.begin(), d->added.end(), [](const Data::Added& a, const Data::Added& b) { return a.content.size() > b.content.size(); });
    for (size_t i = 0; i < d->added.size(); ++i)
        d->addedById.insert(d->added[i].id, int(i));
    d->size = maxId + 1;
    d->idToToken.resize(size_t(d->size));
    for (auto it = d->vocab.begin(); it != d->vocab.end(); ++it)
        d->idToToken[size_t(*it)] = it.key();
    for (const auto& a : d->added)
        d->idToToken[size_t(a.id)] = a.content;

    const QJsonArray merges = model.value(QStringLiteral("merges")).toArray();
    for (int rank = 0; rank < merges.size(); ++rank) {
        QString left, right;
        const QJsonValue m = merges.at(rank);
        if (m.isString()) {
            const QString s = m.toString();
            const int space = s.indexOf(QLatin1Char(' '), 1);
            if (space < 0)
                return R::failure(tr("tokenizer.json: merge %1 ('%2') is not two tokens").arg(rank + 1).arg(excerpt(s)), ErrorCode::Invalid);
            left = s.left(space);
            right = s.mid(space + 1);
        } else if (m.isArray() && m.toArray().size() == 2) {
            left = m.toArray().at(0).toString();
            right = m.toArray().at(1).toString();
        } else {
            return R::failure(tr("tokenizer.json: merge %1 is not two tokens").arg(rank + 1), ErrorCode::Invalid);
        }
        const qint64 l = d->vocab.value(left, -1);
        const qint64 r = d->vocab.value(right, -1);
        const qint64 merged = d->vocab.value(left + right, -1);
        if (l < 0 || r < 0 || merged < 0)
            return R::failure(tr("tokenizer.json: merge %1 ('%2 %3') uses a token not in the vocabulary").arg(rank + 1).arg(excerpt(left), excerpt(right)),
                              ErrorCode::Invalid);
        const quint64 key = (quint64(l) << 32) | quint64(r);
        if (!d->merges.contains(key))
            d->merges.insert(key, {rank, merged});
    }
    d->ignoreMerges = model.value(QStringLiteral("ignore_merges")).toBool();
    const QJsonValue unk = model.value(QStringLiteral("unk_token"));
    if (unk.isString())
        d->unk = d->vocab.value(unk.toString(), -1);

    // Normalisers.
    std::function<Status(const QJsonObject&)> addNorm = [&](const QJsonObject& n) -> Status {
        const QString type = n.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("Sequence")) {
            for (const QJsonValue& v : n.value(QStringLiteral("normalizers")).toArray()) {
                if (auto st = addNorm(v.toObject()); !st)
                    return st;
            }
        } else if (type == QLatin1String("NFC")) {
            d->normalizers.push_back(Norm::Nfc);
        } else if (type == QLatin1String("NFD")) {
            d->normalizers.push_back(Norm::Nfd);
        } else if (type == QLatin1String("NFKC")) {
            d->normalizers.push_back(Norm::Nfkc);
        } else if (type == QLatin1String("NFKD")) {
            d->normalizers.push_back(Norm::Nfkd);
        } else if (type == QLatin1String("Lowercase")) {
            d->normalizers.push_back(Norm::Lower);
        } else {
            return Status::failure(tr("tokenizer.json: the normalizer '%1' is not supported").arg(excerpt(type)), ErrorCode::Invalid);
        }
        return Status::success();
    };
    if (root.value(QStringLiteral("normalizer")).isObject()) {
        if (auto st = addNorm(root.value(QStringLiteral("normalizer")).toObject()); !st)
            return R(st);
    }

    // Pre-tokenizers: Split (Isolated) and ByteLevel (with GPT-2's expression when use_regex).
    bool byteLevel = false;
    std::function<Status(const QJsonObject&)> addPre = [&](const QJsonObject& p) -> Status {
        const QString type = p.value(QStringLiteral("type")).toString();
        QString pattern;
        if (type == QLatin1String("Sequence")) {
            for (const QJsonValue& v : p.value(QStringLiteral("pretokenizers")).toArray()) {
                if (auto st = addPre(v.toObject()); !st)
                    return st;
            }
            return Status::success();
        }
        if (type == QLatin1String("Split")) {
            const QJsonObject pat = p.value(QStringLiteral("pattern")).toObject();
            pattern = pat.contains(QStringLiteral("Regex")) ? pat.value(QStringLiteral("Regex")).toString()
                                                            : QRegularExpression::escape(pat.value(QStringLiteral("String")).toString());
            const QString behavior = p.value(QStringLiteral("behavior")).toString();
            if ((behavior != QLatin1String("Isolated") && !behavior.isEmpty()) || p.value(QStringLiteral("invert")).toBool())
                return Status::failure(tr("tokenizer.json: a Split pre-tokenizer with behaviour '%1' is not supported").arg(excerpt(behavior)),
                                       ErrorCode::Invalid);
        } else if (type == QLatin1String("ByteLevel")) {
            byteLevel = true;
            if (p.value(QStringLiteral("add_prefix_space")).toBool())
                return Status::failure(tr("tokenizer.json: ByteLevel with add_prefix_space is not supported"), ErrorCode::Invalid);
            if (!p.contains(QStringLiteral("use_regex")) || p.value(QStringLiteral("use_regex")).toBool())
                pattern = QString::fromLatin1(kGpt2Pattern);
            else
                return Status::success();
        } else {
            return Status::failure(tr("tokenizer.json: the pre-tokenizer '%1' is not supported").arg(excerpt(type)), ErrorCode::Invalid);
        }
        QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            return Status::failure(tr("tokenizer.json: the split pattern does not compile (%1)").arg(re.errorString()), ErrorCode::Invalid);
        re.optimize();
        d->splits.push_back(re);
        return Status::success();
    };
    if (auto st = addPre(root.value(QStringLiteral("pre_tokenizer")).toObject()); !st)
        return R(st);
    if (!byteLevel)
        return R::failure(tr("tokenizer.json is not a byte-level BPE tokenizer (no ByteLevel pre-tokenizer)"), ErrorCode::Invalid);

    BpeTokenizer t;
    t.d = std::move(d);
    return t;
}

std::vector<qint64> BpeTokenizer::encode(const QString& text) const
{
    std::vector<qint64> out;
    // Pieces of ordinary text between added tokens.
    auto encodeOrdinary = [&](QString s) {
        if (s.isEmpty())
            return;
        for (Norm n : d->normalizers) {
            switch (n) {
            case Norm::Nfc: s = s.normalized(QString::NormalizationForm_C); break;
            case Norm::Nfd: s = s.normalized(QString::NormalizationForm_D); break;
            case Norm::Nfkc: s = s.normalized(QString::NormalizationForm_KC); break;
            case Norm::Nfkd: s = s.normalized(QString::NormalizationForm_KD); break;
            case Norm::Lower: s = s.toLower(); break;
            }
        }
        QStringList pieces{s};
        for (const QRegularExpression& re : d->splits) {
            QStringList next;
            for (const QString& p : std::as_const(pieces)) {
                qsizetype at = 0;
                auto it = re.globalMatch(p);
                while (it.hasNext()) {
                    const auto m = it.next();
                    if (m.capturedLength() == 0)
                        continue;
                    if (m.capturedStart() > at)
                        next << p.mid(at, m.capturedStart() - at);
                    next << m.captured();
                    at = m.capturedEnd();
                }
                if (at < p.size())
                    next << p.mid(at);
            }
            pieces = next;
        }
        for (const QString& piece : std::as_const(pieces)) {
            const QByteArray utf8 = piece.toUtf8();
            QString mapped;
            mapped.reserve(utf8.size());
            for (char c : utf8) {
                const char32_t u = d->alphabet[uchar(c)];
                mapped += QString::fromUcs4(&u, 1);
            }
            if (d->ignoreMerges) {
                if (const auto it = d->vocab.constFind(mapped); it != d->vocab.constEnd()) {
                    out.push_back(*it);
                    continue;
                }
            }
            std::vector<qint64> symbols;
            for (char c : utf8) {
                const char32_t u = d->alphabet[uchar(c)];
                const qint64 id = d->vocab.value(QString::fromUcs4(&u, 1), -1);
                if (id >= 0)
                    symbols.push_back(id);
                else if (d->unk >= 0)
                    symbols.push_back(d->unk);
            }
            while (symbols.size() > 1) {
                int best = std::numeric_limits<int>::max();
                size_t at = 0;
                qint64 merged = -1;
                for (size_t i = 0; i + 1 < symbols.size(); ++i) {
                    const auto it = d->merges.constFind((quint64(symbols[i]) << 32) | quint64(symbols[i + 1]));
                    if (it != d->merges.constEnd() && it->first < best) {
                        best = it->first;
                        at = i;
                        merged = it->second;
                    }
                }
                if (merged < 0)
                    break;
                // Every occurrence of the best pair, left to right.
                const qint64 l = symbols[at], r = symbols[at + 1];
                std::vector<qint64> next;
                next.reserve(symbols.size());
                for (size_t i = 0; i < symbols.size();) {
                    if (i + 1 < symbols.size() && symbols[i] == l && symbols[i + 1] == r) {
                        next.push_back(merged);
                        i += 2;
                    } else {
                        next.push_back(symbols[i]);
                        ++i;
                    }
                }
                symbols.swap(next);
            }
            out.insert(out.end(), symbols.begin(), symbols.end());
        }
    };

    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const Data::Added* hit = nullptr;
        if (!d->added.empty()) {
            for (const auto& a : d->added) {
                if (text.size() - i >= a.content.size() && QStringView(text).mid(i, a.content.size()) == a.content) {
                    hit = &a;
                    break;
                }
            }
        }
        if (!hit) {
            ++i;
            continue;
        }
        encodeOrdinary(text.mid(start, i - start));
        out.push_back(hit->id);
        i += hit->content.size();
        start = i;
    }
    encodeOrdinary(text.mid(start));
    return out;
}

QByteArray BpeTokenizer::decodeBytes(const std::vector<qint64>& ids, bool skipSpecial) const
{
    QByteArray out;
    for (qint64 id : ids) {
        if (id < 0 || id >= d->size)
            continue;
        if (const auto it = d->addedById.constFind(id); it != d->addedById.constEnd()) {
            const auto& a = d->added[size_t(*it)];
            if (!(skipSpecial && a.special))
                out += a.content.toUtf8();
            continue;
        }
        const QString& token = d->idToToken[size_t(id)];
        for (char32_t u : token.toUcs4()) {
            const auto it = d->alphabetBack.constFind(u);
            if (it != d->alphabetBack.constEnd())
                out.append(char(*it));
        }
    }
    return out;
}

QString BpeTokenizer::decode(const std::vector<qint64>& ids, bool skipSpecial) const
{
    return QString::fromUtf8(decodeBytes(ids, skipSpecial));
}

qint64 BpeTokenizer::tokenId(const QString& token) const
{
    for (const auto& a : d->added) {
        if (a.content == token)
            return a.id;
    }
    return d->vocab.value(token, -1);
}

bool BpeTokenizer::isSpecial(qint64 id) const
{
    const auto it = d->addedById.constFind(id);
    return it != d->addedById.constEnd() && d->added[size_t(*it)].special;
}

qint64 BpeTokenizer::size() const
{
    return d->size;
}

} // namespace lx::inference
