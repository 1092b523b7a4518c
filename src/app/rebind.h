#pragma once
// rebind: points a QPointer at another source object, moving the receiver's connection with it —
// the body of every `setControl(ControlModel*)` in the app.
#include <QObject>
#include <QPointer>

namespace sitrep::app {

// Does nothing and returns false when `current` already is `next`. Otherwise drops every
// connection from the old source to `receiver`, stores `next`, connects `signal` of it to
// `slot` of `receiver` (when not null) and returns true.
template <class Source, class Receiver, class Signal, class Slot>
bool rebind(QPointer<Source>& current, Source* next, Receiver* receiver, Signal signal, Slot slot)
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, receiver, nullptr);
    current = next;
    if (current)
        QObject::connect(current.data(), signal, receiver, slot);
    return true;
}

} // namespace sitrep::app
