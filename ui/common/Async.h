#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace lx::ui {

// Runs work on the thread pool and hands its result to done() on the GUI thread, unless the
// context widget is gone by then. The watcher belongs to the context, so nothing outlives it.
template<typename T>
void runAsync(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace lx::ui
