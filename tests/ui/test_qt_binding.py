"""The Qt binding itself must hold up under the signal traffic an import or a playback makes."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    bare = Signal()


def test_emitting_signals_does_not_leak_or_drop_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.value.connect(received.append)
    emitter.bare.connect(lambda: received.append(None))
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.value.emit(i)
        emitter.bare.emit()
    # A binding that loses a reference per emit would be 4000 short here, and the interpreter
    # aborts once True's count reaches zero.
    assert abs(sys.getrefcount(True) - before) < 50
    assert len(received) == 4000
