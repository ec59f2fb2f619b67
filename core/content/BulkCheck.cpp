#include "content/BulkCheck.h"

#include "text/TextNormalizer.h"

#include <QFuture>
#include <QIODevice>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <charconv>
#include <deque>
#include <vector>

namespace lx::content {

namespace {

constexpr qint64 kReadChunk = 1 << 20;  // bytes read from the input at a time
constexpr qint64 kBlockBytes = 1 << 20; // complete lines handed to one worker
constexpr int kMaxJsonDepth = 64;

// JSON string escaping of UTF-8 bytes; invalid UTF-8 becomes U+FFFD so the output stays valid.
void appendJsonString(QByteArray& out, QByteArrayView bytes)
{
    out.append('"');
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    static const char kHex[] = "0123456789abcdef";
    auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                out.append('\\');
                out.append(char(c));
            } else if (c < 0x20 || c == 0x7F) {
                const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                out.append(esc, 6);
            } else {
                out.append(char(c));
            }
            ++p;
            continue;
        }
        qsizetype n = 0;
        if (c >= 0xC2 && c < 0xE0)
            n = 2;
        else if (c >= 0xE0 && c < 0xF0)
            n = 3;
        else if (c >= 0xF0 && c < 0xF5)
            n = 4;
        bool valid = n > 0 && end - p >= n;
        for (qsizetype i = 1; valid && i < n; ++i)
            valid = continuation(p[i]);
        if (valid && n == 3) {
            const unsigned v = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            valid = v >= 0x800 && (v < 0xD800 || v > 0xDFFF);
        } else if (valid && n == 4) {
            const unsigned v = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12);
            valid = v >= 0x10000 && v <= 0x10FFFF;
        }
        if (!valid) {
            out.append("\\ufffd", 6);
            ++p;
            continue;
        }
        out.append(reinterpret_cast<const char*>(p), n);
        p += n;
    }
    out.append('"');
}

void appendNumber(QByteArray& out, qint64 n)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    out.append(digits, r.ptr - digits);
}


// A reader for one flat JSON object a line: the string "text" and a string or number "id";
// other members are skipped (nesting bounded). Failures carry a reason, never the input.
// Written here rather than QJsonDocument per line, which builds a whole value tree per line and
// cost more than normalising and matching the text.
class LineObject
{
public:
    LineObject(const char* p, const char* end) : m_p(p), m_end(end) {}

    const char* error = nullptr;
    bool hasText = false;
    QByteArray text;     // unescaped UTF-8
    QByteArray idJson;   // the id as JSON (a re-escaped string or the number as written)

    bool parse()
    {
        ws();
        if (!take('{'))
            return fail("not a JSON object");
        ws();
        if (take('}'))
            return end();
        for (;;) {
            ws();
            QByteArray key;
            if (!string(&key))
                return fail(error ? error : "bad JSON: a member name must be a string");
            ws();
            if (!take(':'))
                return fail("bad JSON: ':' expected after a member name");
            ws();
            if (key == "text") {
                if (m_p >= m_end || *m_p != '"')
                    return fail("\"text\" must be a string");
                text.clear();
                if (!string(&text))
                    return false;
                hasText = true;
            } else if (key == "id") {
                if (m_p < m_end && *m_p == '"') {
                    QByteArray raw;
                    if (!string(&raw))
                        return false;
                    idJson.clear();
                    appendJsonString(idJson, raw);
                } else {
                    const char* start = m_p;
                    if (!number())
                        return fail("\"id\" must be a string or a number");
                    idJson = QByteArray(start, m_p - start);
                }
            } else if (!skipValue(0)) {
                return false;
            }
            ws();
            if (take(','))
                continue;
            if (take('}'))
                return end();
            return fail("bad JSON: ',' or '}' expected");
        }
    }

private:
    const char* m_p;
    const char* m_end;

    bool fail(const char* why)
    {
        if (!error)
            error = why;
        return false;
    }
    bool end()
    {
        ws();
        return m_p == m_end ? true : fail("bad JSON: text after the object");
    }
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(unsigned* v)
    {
        if (m_end - m_p < 4)
            return false;
        unsigned r = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0)
                return false;
            r = (r << 4) | unsigned(h);
        }
        m_p += 4;
        *v = r;
        return true;
    }
    // A JSON string at m_p, unescaped into out (null: only checked).
    bool string(QByteArray* out)
    {
        if (!take('"'))
            return fail("bad JSON: string expected");
        for (;;) {
            const char* run = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20)
                ++m_p;
            if (out)
                out->append(run, m_p - run);
            if (m_p >= m_end)
                return fail("bad JSON: unterminated string");
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (c != '\\')
                return fail("bad JSON: control character inside a string");
            if (m_p >= m_end)
                return fail("bad JSON: unterminated string");
            const char e = *m_p++;
            char32_t cp = 0;
            switch (e) {
            case '"': cp = U'"'; break;
            case '\\': cp = U'\\'; break;
            case '/': cp = U'/'; break;
            case 'b': cp = U'\b'; break;
            case 'f': cp = U'\f'; break;
            case 'n': cp = U'\n'; break;
            case 'r': cp = U'\r'; break;
            case 't': cp = U'\t'; break;
            case 'u': {
                unsigned v = 0;
                if (!hex4(&v))
                    return fail("bad JSON: bad \\u escape");
                cp = char32_t(v);
                if (v >= 0xD800 && v <= 0xDBFF) {
                    unsigned low = 0;
                    const char* save = m_p;
                    if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u' && (m_p += 2, hex4(&low)) && low >= 0xDC00
                        && low <= 0xDFFF) {
                        cp = char32_t(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00));
                    } else {
                        m_p = save;
                        cp = 0xFFFD;
                    }
                } else if (v >= 0xDC00 && v <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                break;
            }
            default:
                return fail("bad JSON: unknown escape in a string");
            }
            if (out)
                text::TextNormalizer::appendUtf8(*out, cp);
        }
    }
    bool number()
    {
        const char* start = m_p;
        take('-');
        if (!(m_p < m_end && *m_p >= '0' && *m_p <= '9'))
            return false;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E'
                               || *m_p == '+' || *m_p == '-'))
            ++m_p;
        return m_p > start;
    }
    bool literal(const char* word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p >= n && qstrncmp(m_p, word, n) == 0) {
            m_p += n;
            return true;
        }
        return fail("bad JSON: unknown value");
    }
    bool skipValue(int depth)
    {
        if (depth > kMaxJsonDepth)
            return fail("bad JSON: nested too deeply");
        if (m_p >= m_end)
            return fail("bad JSON: value expected");
        switch (*m_p) {
        case '"':
            return string(nullptr);
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = close == '}';
            ++m_p;
            ws();
            if (take(close))
                return true;
            for (;;) {
                ws();
                if (object) {
                    if (!string(nullptr))
                        return false;
                    ws();
                    if (!take(':'))
                        return fail("bad JSON: ':' expected after a member name");
                    ws();
                }
                if (!skipValue(depth + 1))
                    return false;
                ws();
                if (take(','))
                    continue;
                if (take(close))
                    return true;
                return fail("bad JSON: ',' or a closing bracket expected");
            }
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number() ? true : fail("bad JSON: unknown value");
        }
    }
};

struct LineRef
{
    qint32 offset = 0;
    qint32 length = 0;
    bool tooLong = false;
};

struct Block
{
    QByteArray data;
    qint64 firstLine = 0; // number of the first line (1-based)
    std::vector<LineRef> lines;
};

struct BlockResult
{
    QByteArray out;
    BulkCheckSummary counts;
};

} // namespace

// The "word" and "categories" members of a pattern's hits, rendered once per pattern on first use.
struct BulkCheck::Fragments
{
    std::vector<std::atomic<int>> state; // 0 not rendered, 1 being rendered, 2 ready
    std::vector<QByteArray> json;

    explicit Fragments(int n) : state(size_t(n)), json(size_t(n)) {}
};

BulkCheck::BulkCheck(const text::LexiconMatcher& compliance)
    : m_snapshot(compliance.snapshotForBulk()), m_fragments(std::make_unique<Fragments>(m_snapshot.patternCount()))
{
}

BulkCheck::~BulkCheck() = default;

void BulkCheck::checkLine(QByteArrayView line, qint64 lineNumber, bool json, BulkCheckSummary& counts,
                          QByteArray& out) const
{
    thread_local text::Utf8Normalized norm;
    thread_local std::vector<text::PatternHit> hits;
    thread_local std::vector<text::PatternHit> scratch;

    ++counts.lines;
    out.append("{\"line\":", 8);
    appendNumber(out, lineNumber);

    auto error = [&](const QString& why) {
        ++counts.bad;
        out.append(",\"verdict\":\"error\",\"hits\":[],\"error\":");
        appendJsonString(out, why.toUtf8());
        out.append("}\n", 2);
    };

    if (line.endsWith('\r'))
        line.chop(1);
    QByteArray parsedText;
    QByteArrayView textView = line;
    if (json) {
        LineObject obj(line.data(), line.data() + line.size());
        const bool parsed = obj.parse();
        if (!obj.idJson.isEmpty()) {
            out.append(",\"id\":");
            out.append(obj.idJson);
        }
        if (line.trimmed().isEmpty())
            return error(tr("empty line"));
        if (!parsed)
            return error(tr("line %1: %2").arg(lineNumber).arg(QString::fromLatin1(obj.error)));
        if (!obj.hasText)
            return error(tr("line %1: the object has no \"text\" string").arg(lineNumber));
        parsedText = std::move(obj.text);
        textView = parsedText;
    }

    text::TextNormalizer::normalizeUtf8(textView.data(), textView.size(), norm);
    m_snapshot.denyHits(norm.utf8.constData(), norm.utf8.size(), hits, scratch);
    out.append(hits.empty() ? ",\"verdict\":\"pass\",\"hits\":[" : ",\"verdict\":\"blocked\",\"hits\":[");
    bool first = true;
    for (const text::PatternHit& h : hits) {
        const int a = std::max(0, norm.indexAtByte(h.byteStart));
        const int b = std::max(a, norm.indexAtByte(h.byteEnd - 1));
        const text::Utf8Normalized::Origin& from = norm.origin[size_t(a)];
        const text::Utf8Normalized::Origin& to = norm.origin[size_t(b)];
        if (!first)
            out.append(',');
        first = false;
        out.append("{\"start\":", 9);
        appendNumber(out, from.index);
        out.append(",\"end\":", 7);
        appendNumber(out, to.index + 1);
        out.append(",\"matched_text\":", 16);
        appendJsonString(out, textView.sliced(from.byteStart, to.byteEnd - from.byteStart));
        out.append(',');
        const size_t p = size_t(h.pattern);
        std::atomic<int>& state = m_fragments->state[p];
        if (state.load(std::memory_order_acquire) == 2) {
            out.append(m_fragments->json[p]);
        } else {
            QByteArray frag;
            const QStringList words = m_snapshot.words(h.pattern);
            frag.append("\"word\":");
            appendJsonString(frag, words.value(0).toUtf8());
            frag.append(",\"categories\":[");
            const QStringList cats = m_snapshot.categories(h.pattern);
            for (int i = 0; i < cats.size(); ++i) {
                if (i)
                    frag.append(',');
                appendJsonString(frag, cats.at(i).toUtf8());
            }
            frag.append(']');
            out.append(frag);
            int expected = 0;
            if (state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) {
                m_fragments->json[p] = std::move(frag);
                state.store(2, std::memory_order_release);
            }
        }
        out.append('}');
        ++counts.hits;
    }
    if (!hits.empty())
        ++counts.blocked;
    out.append("]}\n", 3);
}

Result<BulkCheckSummary> BulkCheck::run(QIODevice& in, QIODevice& out, const std::atomic<bool>* cancel)
{
    BulkCheckSummary total;
    int mode = -1; // -1 undecided, 0 text, 1 JSON objects
    QThreadPool* pool = QThreadPool::globalInstance();
    const int inFlightMax = std::max(2, pool->maxThreadCount() * 2);
    std::deque<QFuture<BlockResult>> inFlight;

    auto writeFront = [&]() -> Status {
        BlockResult r = inFlight.front().result();
        inFlight.pop_front();
        if (out.write(r.out) != r.out.size())
            return Status::failure(tr("cannot write the results: %1").arg(out.errorString()));
        total.lines += r.counts.lines;
        total.blocked += r.counts.blocked;
        total.bad += r.counts.bad;
        total.hits += r.counts.hits;
        total.bytesOut += r.out.size();
        return Status::success();
    };
    auto dispatch = [&](Block&& block) -> Status {
        if (block.lines.empty())
            return Status::success();
        if (mode < 0) {
            mode = 0;
            for (const LineRef& l : block.lines) {
                const QByteArrayView v = QByteArrayView(block.data).sliced(l.offset, l.length).trimmed();
                if (l.tooLong || v.isEmpty())
                    continue;
                mode = v.startsWith('{') ? 1 : 0;
                break;
            }
            total.jsonInput = mode == 1;
        }
        const bool json = mode == 1;
        while (int(inFlight.size()) >= inFlightMax) {
            if (auto st = writeFront(); !st)
                return st;
        }
        inFlight.push_back(QtConcurrent::run(pool, [this, json, b = std::move(block)]() {
            BlockResult r;
            r.out.reserve(b.data.size() * 2 + 96 * qsizetype(b.lines.size()));
            qint64 number = b.firstLine;
            for (const LineRef& l : b.lines) {
                if (l.tooLong) {
                    ++r.counts.lines;
                    ++r.counts.bad;
                    r.out.append("{\"line\":");
                    appendNumber(r.out, number);
                    r.out.append(",\"verdict\":\"error\",\"hits\":[],\"error\":");
                    appendJsonString(r.out, tr("line %1 is longer than %2 bytes").arg(number).arg(kMaxLineBytes).toUtf8());
                    r.out.append("}\n");
                } else {
                    checkLine(QByteArrayView(b.data).sliced(l.offset, l.length), number, json, r.counts, r.out);
                }
                ++number;
            }
            return r;
        }));
        return Status::success();
    };

    QByteArray pending; // bytes of lines not yet handed out
    bool skipping = false;
    qint64 nextLine = 1;
    Block block;
    block.firstLine = 1;
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    bool eof = false;
    while (!eof) {
        if (cancel && cancel->load())
            return Result<BulkCheckSummary>::failure(tr("the check was cancelled"));
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return Result<BulkCheckSummary>::failure(tr("cannot read the texts: %1").arg(in.errorString()));
        if (n == 0 && (in.atEnd() || !in.waitForReadyRead(-1)))
            eof = true;
        total.bytesIn += n;
        QByteArrayView data(chunk.constData(), n);
        // Split what was read into complete lines; a line still open stays in `pending`.
        while (!data.isEmpty()) {
            const qsizetype nl = data.indexOf('\n');
            if (skipping) {
                if (nl < 0)
                    break;
                skipping = false;
                data = data.sliced(nl + 1);
                continue;
            }
            const QByteArrayView part = nl < 0 ? data : data.first(nl);
            if (pending.size() + part.size() > kMaxLineBytes) {
                block.lines.push_back(LineRef{0, 0, true});
                ++nextLine;
                pending.clear();
                if (nl < 0) {
                    skipping = true;
                    break;
                }
                data = data.sliced(nl + 1);
                continue;
            }
            if (nl < 0) {
                pending.append(part);
                break;
            }
            // A complete line: appended to the block's data.
            const qint32 offset = qint32(block.data.size());
            block.data.append(pending);
            block.data.append(part);
            block.lines.push_back(LineRef{offset, qint32(pending.size() + part.size()), false});
            pending.clear();
            ++nextLine;
            data = data.sliced(nl + 1);
            if (block.data.size() >= kBlockBytes) {
                Block full = std::move(block);
                block = Block{};
                block.firstLine = nextLine;
                if (auto st = dispatch(std::move(full)); !st)
                    return Result<BulkCheckSummary>(st);
            }
        }
    }
    if (!pending.isEmpty() && !skipping) {
        const qint32 offset = qint32(block.data.size());
        block.data.append(pending);
        block.lines.push_back(LineRef{offset, qint32(pending.size()), false});
    }
    if (auto st = dispatch(std::move(block)); !st)
        return Result<BulkCheckSummary>(st);
    while (!inFlight.empty()) {
        if (auto st = writeFront(); !st)
            return Result<BulkCheckSummary>(st);
    }
    return total;
}

} // namespace lx::content
