#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace lx {

// What kind of failure an error is. Code branches on this, never on the message, which is
// translated and reworded freely.
enum class ErrorCode {
    None,         // success
    Failed,       // anything not named below
    Denied,       // the operator's role does not allow it
    NotFound,     // the thing named does not exist
    Conflict,     // it exists already, or someone else changed it first (a unique key, a claim)
    OverCapacity, // an agent is at their limit (a supervisor may still force it)
    Invalid,      // the input breaks a rule (a check, a reference, a bad value or option)
    Io,           // a file or the disk failed
    Busy,         // the workspace is locked by another process for now
    Blocked,      // the quality gate blocks this content (a supervisor may override it, with a reason)
};

// Errors are values at the edges: every fallible core call returns a Status or a Result<T>
// carrying a one-line, user-presentable reason and its code instead of throwing or crashing.
class Status
{
public:
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(QString reason, ErrorCode code = ErrorCode::Failed)
    {
        Status s;
        s.m_ok = false;
        s.m_error = std::move(reason);
        s.m_code = code == ErrorCode::None ? ErrorCode::Failed : code;
        return s;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }
    ErrorCode code() const { return m_code; }

private:
    bool m_ok = true;
    QString m_error;
    ErrorCode m_code = ErrorCode::None;
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(const Status& failed) : m_error(failed.error()), m_code(failed.ok() ? ErrorCode::Failed : failed.code()) {}
    static Result failure(QString reason, ErrorCode code = ErrorCode::Failed)
    {
        return Result(Status::failure(std::move(reason), code));
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::None : m_code; }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error, m_code); }

private:
    std::optional<T> m_value;
    QString m_error;
    ErrorCode m_code = ErrorCode::Failed;
};

} // namespace lx
