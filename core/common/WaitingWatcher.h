#pragma once

#include <QFutureWatcher>

namespace lx {

// A future watcher that, when destroyed, waits for its work to finish. Work started off the GUI
// thread borrows services by reference; this keeps the work from outliving the object that
// started it (and so the services that object's owner destroys next).
template<typename T>
class WaitingWatcher final : public QFutureWatcher<T>
{
public:
    using QFutureWatcher<T>::QFutureWatcher;
    ~WaitingWatcher() override { this->waitForFinished(); }
};

// Waits for every future watched by a descendant of owner. An owner that holds services as its
// own members calls this first in its destructor: members die before child objects do.
inline void waitForPendingWork(const QObject* owner)
{
    const auto watchers = owner->findChildren<QFutureWatcherBase*>();
    for (QFutureWatcherBase* w : watchers)
        w->waitForFinished();
}

} // namespace lx
