#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace lx {

// Errors are values at the edges: every fallible core call returns a Status or a Result<T>
// carrying a one-line, user-presentable reason instead of throwing or crashing.
class Status
{
public:
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(QString reason)
    {
        Status s;
        s.m_ok = false;
        s.m_error = std::move(reason);
        return s;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(const Status& failed) : m_error(failed.error()) {}
    static Result failure(QString reason) { return Result(Status::failure(std::move(reason))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace lx
