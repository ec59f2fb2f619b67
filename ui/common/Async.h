#pragma once

#include "common/WaitingWatcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace lx::ui {

// Runs work on the thread pool and hands its result to done() on the GUI thread, unless the
// context widget is gone by then. The watcher belongs to the context and waits for the work when
// the context is destroyed, so the work never outlives the services it borrows.
template<typename T>
void runAsync(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
{
    auto* watcher = new WaitingWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace lx::ui
