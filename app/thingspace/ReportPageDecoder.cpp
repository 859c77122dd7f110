// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ReportPageDecoder.h"

#include <QCoreApplication>

#include "common/DeviceIdKey.h"
#include "thingspace/FieldRules.h"
#include "thingspace/JsonText.h"
#include "thingspace/PageStringTable.h"
#include "thingspace/TimeReader.h"

#include <simdjson.h>

#include <array>
#include <cmath>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

constexpr int kMaxDepth = 1000; // below simdjson's own limit, so ours is the one that speaks

// One scalar as sent, pointing into the page's padded buffer.
struct Scalar
{
    enum Kind : quint8
    {
        Missing,
        Null,
        False,
        True,
        Number,
        String,
        Container // an object or an array: reads as the empty text, never as a time
    };
    Kind kind = Missing;
    std::string_view token;   // the whole token, a string's quotes included
    std::string_view content; // a string's bytes between the quotes, still escaped
    double number = 0;
};

bool isPlainAscii(std::string_view s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\\')
            return false;
    }
    return true;
}

// FieldRules, applied to a scalar read from the bytes.
QString textOf(const Scalar &s)
{
    switch (s.kind) {
    case Scalar::String: {
        QString text;
        JsonText::unescape(s.content, &text); // escapes were checked when the scalar was read
        return text;
    }
    case Scalar::Number:
        return FieldRules::textOfNumber(s.number);
    case Scalar::True:
    case Scalar::False:
        return FieldRules::textOfBoolean(s.kind == Scalar::True);
    default:
        return {};
    }
}

std::optional<qint64> integerOf(const Scalar &s)
{
    if (s.kind == Scalar::Number)
        return FieldRules::integerOfNumber(s.number);
    if (s.kind == Scalar::String)
        return FieldRules::integerOfText(textOf(s));
    return std::nullopt;
}

std::optional<bool> booleanOf(const Scalar &s)
{
    switch (s.kind) {
    case Scalar::True:
        return true;
    case Scalar::False:
        return false;
    case Scalar::Number:
        return FieldRules::booleanOfNumber(s.number);
    case Scalar::String:
        return FieldRules::booleanOfText(textOf(s));
    default:
        return std::nullopt;
    }
}

bool present(const Scalar &s)
{
    return s.kind != Scalar::Missing && s.kind != Scalar::Null;
}

// kNoTime when absent, false when present but unreadable (ReportParser::time's answer).
bool timeOf(const Scalar &s, qint64 *ms)
{
    *ms = kNoTime;
    TimeParser::Result result = TimeParser::Result::Invalid;
    qint64 parsed = 0;
    switch (s.kind) {
    case Scalar::Missing:
    case Scalar::Null:
        return true;
    case Scalar::Number:
        return TimeReader::fromEpochNumber(s.number, ms);
    case Scalar::String:
        if (TimeReader::readCommonForm(s.content, ms))
            return true;
        result = isPlainAscii(s.content) ? TimeReader::read(s.content, &parsed)
                                         : TimeReader::read(QStringView(textOf(s)), &parsed);
        if (result == TimeParser::Result::Invalid)
            return false;
        if (result == TimeParser::Result::Parsed)
            *ms = parsed;
        return true;
    default:
        return false;
    }
}

// A key's raw bytes between its quotes. The key ends where its value's token starts, less the
// colon and whitespace between them: walking back from the value costs a byte or two, where
// scanning the key forward for its closing quote measured a third of a page decode.
std::string_view keyOf(od::field &field)
{
    const char *start = field.key().raw();
    const char *p = field.value().raw_json_token().data();
    while (p > start && p[-1] != ':')
        --p;
    --p; // the colon
    while (p > start && p[-1] != '"')
        --p;
    return {start, size_t(p - 1 - start)};
}

// Index of the key among names, or names.size(); an escaped key ("device\u0049d") is unescaped
// first, since Qt compares keys after unescaping.
template <size_t N>
size_t keyIndex(std::string_view key, const std::array<std::string_view, N> &names)
{
    if (key.find('\\') == std::string_view::npos) {
        for (size_t i = 0; i < N; ++i) {
            if (key == names[i])
                return i;
        }
        return N;
    }
    QString text;
    if (!JsonText::unescape(key, &text))
        return N;
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1StringView(names[i].data(), qsizetype(names[i].size())))
            return i;
    }
    return N;
}

error_code readScalar(od::value &v, Scalar *s, int depth);

// Reads a value only to check it is JSON that Qt would accept.
error_code consume(od::value &v, int depth)
{
    Scalar ignored;
    return readScalar(v, &ignored, depth);
}

error_code consumeObject(od::value &v, int depth)
{
    od::object object;
    if (const error_code e = v.get_object().get(object))
        return e;
    for (auto result : object) {
        od::field field;
        if (const error_code e = std::move(result).get(field))
            return e;
        if (!JsonText::validEscapes(keyOf(field)))
            return simdjson::STRING_ERROR;
        if (const error_code e = consume(field.value(), depth + 1))
            return e;
    }
    return simdjson::SUCCESS;
}

error_code consumeArray(od::value &v, int depth)
{
    od::array array;
    if (const error_code e = v.get_array().get(array))
        return e;
    for (auto result : array) {
        od::value element;
        if (const error_code e = std::move(result).get(element))
            return e;
        if (const error_code e = consume(element, depth + 1))
            return e;
    }
    return simdjson::SUCCESS;
}

error_code readScalar(od::value &v, Scalar *s, int depth)
{
    if (depth > kMaxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type{};
    const error_code typeError = v.type().get(type);
    const std::string_view token = JsonText::trimTrailingSpace(v.raw_json_token());
    s->token = token;
    if (typeError || type == od::json_type::number) {
        // Qt also reads ".5" and "1." as numbers, which simdjson refuses.
        s->kind = Scalar::Number;
        return JsonText::number(token, &s->number) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    }
    switch (type) {
    case od::json_type::string:
        s->kind = Scalar::String;
        s->content = JsonText::stringContent(token);
        return JsonText::validEscapes(s->content) ? simdjson::SUCCESS : simdjson::STRING_ERROR;
    case od::json_type::boolean:
        s->kind = token == "true" ? Scalar::True : Scalar::False;
        return token == "true" || token == "false" ? simdjson::SUCCESS : simdjson::T_ATOM_ERROR;
    case od::json_type::null:
        s->kind = Scalar::Null;
        return token == "null" ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    case od::json_type::object:
        s->kind = Scalar::Container;
        return consumeObject(v, depth);
    case od::json_type::array:
        s->kind = Scalar::Container;
        return consumeArray(v, depth);
    default:
        return simdjson::INCORRECT_TYPE;
    }
}

enum DeviceKey : size_t
{
    KeyDeviceId,
    KeyStatus,
    KeyReason,
    KeyUpdated,
    KeyStatusTime,
    KeyRecent,
    KeyNext,
    DeviceKeyCount
};
constexpr std::array<std::string_view, DeviceKeyCount> kDeviceKeys{
    "deviceId",          "status",         "resultReason", "updatedTime", "statusTime",
    "recentAttemptTime", "nextAttemptTime"};

// The device keys, told apart by their lengths (all different) and one comparison of a size
// known when compiling, which is inlined: the general keyIndex (a scan for a backslash, then up
// to seven comparisons) measured 18 % of a page decode, the escape check on each key 8 %.
template <size_t N> bool spelled(std::string_view key, const char (&name)[N])
{
    return std::memcmp(key.data(), name, N - 1) == 0; // the caller checked the length
}

size_t deviceKeyIndex(std::string_view key)
{
    switch (key.size()) {
    case 8:
        return spelled(key, "deviceId") ? KeyDeviceId : DeviceKeyCount;
    case 6:
        return spelled(key, "status") ? KeyStatus : DeviceKeyCount;
    case 12:
        return spelled(key, "resultReason") ? KeyReason : DeviceKeyCount;
    case 11:
        return spelled(key, "updatedTime") ? KeyUpdated : DeviceKeyCount;
    case 10:
        return spelled(key, "statusTime") ? KeyStatusTime : DeviceKeyCount;
    case 17:
        return spelled(key, "recentAttemptTime") ? KeyRecent : DeviceKeyCount;
    case 15:
        return spelled(key, "nextAttemptTime") ? KeyNext : DeviceKeyCount;
    default:
        return DeviceKeyCount;
    }
}

enum RootKey : size_t
{
    KeyTotal,
    KeyMore,
    KeyLastSeen,
    KeyMaxPage,
    KeyList,
    KeyErrorCode,
    KeyErrorMessage,
    RootKeyCount
};
constexpr std::array<std::string_view, RootKeyCount> kRootKeys{
    "totalDevice", "hasMoreData", "lastSeenDeviceId", "maxPageSize",
    "deviceList",  "errorCode",   "errorMessage"};

// Everything one decode builds; lives for one call.
class PageBuilder
{
public:
    explicit PageBuilder(DecodedPage *page)
        : m_page(page)
    {}

    error_code readRoot(od::object &root);
    bool finish(QString *error);

private:
    error_code readList(od::value &v);
    error_code readEntries(od::value &v);
    error_code readDevice(od::value &v, qint32 entry);
    void addDevice(const std::array<Scalar, DeviceKeyCount> &f, qint32 entry);
    bool packId(const Scalar &s, quint64 *key, QString *text);
    void readPageFields();
    void unreadableField(PageDiagnostics::PageField field, const Scalar &s,
                         QVector<PageDiagnostics::Issue> *issues);
    quint32 intern(PageStringTable &table, const Scalar &s);
    void addIssue(PageDiagnostics::Problem problem, qint32 entry, PageDiagnostics::TimeField field,
                  const QString &deviceId, const QString &value);

    enum class List
    {
        Missing,
        Array,
        Null,
        Wrong
    };

    DecodedPage *m_page;
    std::array<Scalar, RootKeyCount> m_root{};
    List m_list = List::Missing;
    PageStringTable m_statuses;
    PageStringTable m_reasons;
    PageStringTable m_textIds;
};

error_code PageBuilder::readRoot(od::object &root)
{
    for (auto result : root) {
        od::field field;
        if (const error_code e = std::move(result).get(field))
            return e;
        const std::string_view key = keyOf(field);
        if (!JsonText::validEscapes(key))
            return simdjson::STRING_ERROR;
        const size_t k = keyIndex(key, kRootKeys);
        od::value &value = field.value();
        const error_code e = k == KeyList       ? readList(value)
                             : k < RootKeyCount ? readScalar(value, &m_root[k], 1)
                                                : consume(value, 1);
        if (e)
            return e;
    }
    return simdjson::SUCCESS;
}

error_code PageBuilder::readList(od::value &v)
{
    // A repeated key counts once, the last time (as in QJsonObject).
    m_page->devices.clear();
    m_page->devices.reserve(1000); // the API's page size: one allocation a page
    m_page->diagnostics = {};
    m_statuses.clear();
    m_reasons.clear();
    m_textIds.clear();
    od::json_type type{};
    if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::array) {
        m_list = List::Array;
        return readEntries(v);
    }
    Scalar s;
    const error_code e = readScalar(v, &s, 1);
    m_list = s.kind == Scalar::Null ? List::Null : List::Wrong;
    return e;
}

error_code PageBuilder::readEntries(od::value &v)
{
    od::array array;
    if (const error_code e = v.get_array().get(array))
        return e;
    qint32 entry = 0;
    for (auto result : array) {
        od::value element;
        if (const error_code e = std::move(result).get(element))
            return e;
        od::json_type type{};
        const bool object =
            element.type().get(type) == simdjson::SUCCESS && type == od::json_type::object;
        if (const error_code e = object ? readDevice(element, entry) : consume(element, 2))
            return e;
        if (!object) {
            ++m_page->diagnostics.notObjects;
            addIssue(PageDiagnostics::Problem::NotAnObject, entry, {}, {}, {});
        }
        ++entry;
    }
    return simdjson::SUCCESS;
}

error_code PageBuilder::readDevice(od::value &v, qint32 entry)
{
    od::object object;
    if (const error_code e = v.get_object().get(object))
        return e;
    std::array<Scalar, DeviceKeyCount> f{};
    for (auto result : object) {
        od::field field;
        if (const error_code e = std::move(result).get(field))
            return e;
        const std::string_view key = keyOf(field);
        // A key spelled exactly as one of ours has no escapes to check.
        size_t k = deviceKeyIndex(key);
        if (k == DeviceKeyCount) {
            if (!JsonText::validEscapes(key))
                return simdjson::STRING_ERROR;
            k = keyIndex(key, kDeviceKeys);
        }
        od::value &value = field.value();
        if (const error_code e =
                k < DeviceKeyCount ? readScalar(value, &f[k], 3) : consume(value, 3))
            return e;
    }
    addDevice(f, entry);
    return simdjson::SUCCESS;
}

void PageBuilder::addDevice(const std::array<Scalar, DeviceKeyCount> &f, qint32 entry)
{
    using TimeField = PageDiagnostics::TimeField;
    DecodedDevice d;
    QString idText;
    if (!packId(f[KeyDeviceId], &d.id, &idText)) {
        ++m_page->diagnostics.noDeviceId;
        addIssue(PageDiagnostics::Problem::NoDeviceId, entry, {}, {}, {});
        return;
    }
    d.status = intern(m_statuses, f[KeyStatus]);
    d.reason = intern(m_reasons, f[KeyReason]);
    // updatedTime wins whenever the key is there, even as null (QJsonObject::contains).
    const Scalar &updated =
        f[KeyUpdated].kind != Scalar::Missing ? f[KeyUpdated] : f[KeyStatusTime];
    const std::array<std::pair<const Scalar *, qint64 *>, 3> times{
        {{&updated, &d.updatedTime},
         {&f[KeyRecent], &d.recentAttemptTime},
         {&f[KeyNext], &d.nextAttemptTime}}};
    for (size_t t = 0; t < times.size(); ++t) {
        if (timeOf(*times[t].first, times[t].second))
            continue;
        ++m_page->diagnostics.unreadableTimes[t];
        if (m_page->diagnostics.issues.size() < PageDiagnostics::kMaxIssues) {
            if (idText.isEmpty())
                idText = textOf(f[KeyDeviceId]).trimmed();
            addIssue(PageDiagnostics::Problem::UnreadableTime, entry, TimeField(t), idText,
                     textOf(*times[t].first));
        }
    }
    m_page->devices.push_back(d);
}

bool PageBuilder::packId(const Scalar &s, quint64 *key, QString *text)
{
    // The common case, a quoted IMEI, packs from the bytes without any text.
    if (s.kind == Scalar::String &&
        DeviceIdKey::pack(s.content.data(), qsizetype(s.content.size()), key))
        return true;
    *text = textOf(s).trimmed();
    if (text->isEmpty())
        return false;
    if (DeviceIdKey::pack(text->utf16(), text->size(), key))
        return true;
    // Text IDs are never empty, so they never take the reserved entry 0: shift them down.
    *key = DeviceIdKey::kTextFlag | (m_textIds.internText(*text) - 1);
    return true;
}

quint32 PageBuilder::intern(PageStringTable &table, const Scalar &s)
{
    switch (s.kind) {
    case Scalar::String:
    case Scalar::Number:
    case Scalar::True:
    case Scalar::False:
        return table.intern(s.token, [&s] { return textOf(s); });
    default:
        return 0;
    }
}

void PageBuilder::addIssue(PageDiagnostics::Problem problem, qint32 entry,
                           PageDiagnostics::TimeField field, const QString &deviceId,
                           const QString &value)
{
    if (m_page->diagnostics.issues.size() >= PageDiagnostics::kMaxIssues)
        return;
    PageDiagnostics::Issue issue;
    issue.problem = problem;
    issue.field = field;
    issue.entry = entry;
    issue.deviceId = deviceId;
    issue.value = value;
    m_page->diagnostics.issues.append(issue);
}

void PageBuilder::unreadableField(PageDiagnostics::PageField field, const Scalar &s,
                                  QVector<PageDiagnostics::Issue> *issues)
{
    ++m_page->diagnostics.unreadableFields;
    PageDiagnostics::Issue issue;
    issue.problem = PageDiagnostics::Problem::UnreadableField;
    issue.pageField = field;
    issue.value = textOf(s);
    issues->append(issue);
}

// The page fields are judged once the whole object is read (a repeated key counts the last
// time), and their issues go before the devices', as ReportParser reads them first.
void PageBuilder::readPageFields()
{
    using Field = PageDiagnostics::PageField;
    QVector<PageDiagnostics::Issue> issues;
    const Scalar &total = m_root[KeyTotal];
    m_page->totalDevice = FieldRules::count(integerOf(total));
    if (present(total) && !m_page->totalDevice)
        unreadableField(Field::TotalDevice, total, &issues);
    const Scalar &more = m_root[KeyMore];
    if (const std::optional<bool> b = booleanOf(more))
        m_page->hasMoreData = *b ? DecodedPage::MoreData::Yes : DecodedPage::MoreData::No;
    else if (present(more))
        unreadableField(Field::HasMoreData, more, &issues);
    m_page->lastSeenDeviceId = textOf(m_root[KeyLastSeen]).trimmed();
    if (m_page->lastSeenDeviceId == "0"_L1)
        m_page->lastSeenDeviceId.clear();
    const Scalar &size = m_root[KeyMaxPage];
    if (const std::optional<int> pageSize = FieldRules::pageSize(integerOf(size)))
        m_page->maxPageSize = *pageSize;
    else if (present(size))
        unreadableField(Field::MaxPageSize, size, &issues);
    if (issues.isEmpty())
        return;
    QVector<PageDiagnostics::Issue> &all = m_page->diagnostics.issues;
    all = issues + all;
    all.resize(std::min<qsizetype>(all.size(), PageDiagnostics::kMaxIssues));
}

bool PageBuilder::finish(QString *error)
{
    // The same checks, in the same order, as ReportParser::parse.
    if (m_root[KeyErrorCode].kind != Scalar::Missing && m_list == List::Missing) {
        *error = textOf(m_root[KeyErrorMessage]);
        if (error->isEmpty())
            *error = textOf(m_root[KeyErrorCode]);
        return false;
    }
    if (m_list == List::Wrong) {
        *error = QCoreApplication::translate("ReportParser",
                                             "the report page's deviceList is not an array");
        return false;
    }
    if (m_list == List::Missing && m_root[KeyMore].kind == Scalar::Missing) {
        *error = QCoreApplication::translate(
            "ReportParser",
            "the response is not a campaign report (no deviceList, no hasMoreData)");
        return false;
    }
    readPageFields();
    m_page->statuses = m_statuses.take();
    m_page->reasons = m_reasons.take();
    m_page->textIds = m_textIds.take();
    m_page->textIds.removeFirst(); // text IDs are never empty: no reserved entry 0
    return true;
}

// One parser and one padded buffer per thread: simdjson parsers are not shareable, and reusing
// both keeps a page decode free of allocations once the first page has sized them.
struct ThreadState
{
    od::parser parser;
    std::vector<char> buffer;
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

QString jsonError(error_code e)
{
    return QCoreApplication::translate("ReportParser",
                                       "ThingSpace answered with malformed JSON (%1)")
        .arg(QString::fromLatin1(simdjson::error_message(e)));
}

bool looksLikeHtml(QByteArrayView body)
{
    const QByteArrayView head = body.first(std::min<qsizetype>(body.size(), 64)).trimmed();
    return head.startsWith('<');
}

// How one attempt at a buffer went.
struct Outcome
{
    error_code json = simdjson::SUCCESS; // the JSON itself is bad
    bool notObject = false;
    bool notReport = false; // valid JSON that is not a report page: the error says why
};

Outcome decodeBuffer(od::parser &parser, const std::vector<char> &buffer, size_t length,
                     DecodedPage *page, QString *error)
{
    Outcome out;
    od::document doc;
    od::json_type type{};
    od::object root;
    if ((out.json =
             parser.iterate(simdjson::padded_string_view(buffer.data(), length, buffer.size()))
                 .get(doc)) ||
        (out.json = doc.type().get(type)))
        return out;
    if (type == od::json_type::array) {
        out.notObject = true;
        return out;
    }
    if (type != od::json_type::object) {
        // Qt refuses a bare value as a document, so it is malformed here too, not "not a page".
        out.json = simdjson::TAPE_ERROR;
        return out;
    }
    PageBuilder builder(page);
    if ((out.json = doc.get_object().get(root)) || (out.json = builder.readRoot(root)))
        return out;
    const char *trailing = nullptr;
    if (doc.current_location().get(trailing) == simdjson::SUCCESS) {
        out.json = simdjson::TRAILING_CONTENT;
        return out;
    }
    out.notReport = !builder.finish(error);
    return out;
}

} // namespace

ReportPageDecoder::Result ReportPageDecoder::read(QByteArrayView body, DecodedPage *page,
                                                  QString *error)
{
    *page = {};
    error->clear();
    if (looksLikeHtml(body)) {
        *error = QCoreApplication::translate(
            "ReportParser", "ThingSpace answered with an HTML page instead of JSON");
        return Result::Malformed;
    }
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3); // Qt skips a UTF-8 byte order mark; simdjson leaves it to us
    ThreadState &state = threadState();
    QByteArray escaped;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArrayView input = attempt == 0 ? body : QByteArrayView(escaped);
        state.buffer.resize(size_t(input.size()) + simdjson::SIMDJSON_PADDING);
        if (!input.isEmpty())
            std::memcpy(state.buffer.data(), input.data(), size_t(input.size()));
        std::memset(state.buffer.data() + input.size(), 0, simdjson::SIMDJSON_PADDING);
        const Outcome out =
            decodeBuffer(state.parser, state.buffer, size_t(input.size()), page, error);
        if (out.json == simdjson::UNESCAPED_CHARS && attempt == 0) {
            // Raw control characters in strings: Qt reads them, so read them too.
            escaped = JsonText::escapeControlsInStrings(body);
            continue;
        }
        if (out.json) {
            *page = {};
            *error = jsonError(out.json);
            return Result::Malformed;
        }
        if (out.notObject || out.notReport) {
            *page = {};
            if (out.notObject)
                *error = QCoreApplication::translate("ReportParser",
                                                     "the report page is not a JSON object");
            return Result::NotReport;
        }
        return Result::Page;
    }
    return Result::Malformed;
}

} // namespace fota
