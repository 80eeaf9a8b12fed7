"""The per-file time budget: a file whose stages run longer is given up.

`time_budget(seconds)` raises TimeBudgetExceeded inside the code it guards
once the time is up.  In a process's main thread (the local process pool's
workers, a serial run) it counts the process's CPU time (a SIGPROF timer,
which interrupts Python code and the regex engines alike): a file is given
up for the work it takes, never because a loaded machine ran other work
meanwhile (a wall-clock timer dropped whole documents from runs on a busy
machine, so the same input gave other output).  In another thread (a
Dask worker runs tasks in threads) a watchdog thread raises the exception
in the guarded thread (PyThreadState_SetAsyncExc) once the wall-clock time
is up (a thread's own CPU time has no timer); that takes effect at the
next Python instruction, so a single long call into C finishes first.  The stages catch
the exception and keep the file as `failed` with the reason; the worker
goes on with the next file.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeBudgetExceeded(BaseException):
    """The file's time budget ran out (raised by the alarm or the watchdog
    below); a BaseException, so no `except Exception` in a parser swallows
    it.  Defined here, not with the stages, so that a run's driver, which
    hands files to workers, need not import the parsers to know it."""

DEFAULT_SECONDS = 60.0  # the budget of a file, plus PER_MB for each megabyte of it
PER_MB = 1.0


def budget_for(seconds: float | None, size: int) -> float | None:
    """The budget of a file of `size` bytes (None or 0: no budget)."""
    if not seconds:
        return None
    return seconds + PER_MB * size / 1e6


def _message(seconds: float) -> str:
    return (f"time budget of {seconds:.3g} s exceeded: the file was given up "
            "(raise --file-timeout to read it)")


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    if not seconds:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "ITIMER_PROF"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def on_alarm(signum, frame):
        raise TimeBudgetExceeded(_message(seconds))

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)  # the process's CPU time, user and system
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


class _ThreadBudgetExceeded(TimeBudgetExceeded):
    """Raised by the watchdog (an exception class, without arguments)."""

    def __str__(self) -> str:
        return _message(_LAST.seconds) if hasattr(_LAST, "seconds") else "time budget exceeded"


_LAST = threading.local()
_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}
    _LAST.seconds = seconds

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _set_async_exc(ctypes.c_ulong(target), ctypes.py_object(_ThreadBudgetExceeded))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    delivered = False
    try:
        yield
    except _ThreadBudgetExceeded:
        delivered = True
        raise
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            fired = state["fired"]
        if fired and not delivered:
            _drain()


def _drain() -> None:
    """Take a fired exception that has not been raised yet (the guarded code
    ended first, or caught it) by letting it be raised here.  Clearing it
    with PyThreadState_SetAsyncExc(id, NULL) would leave the interpreter's
    async-exception signal on for good (CPython 3.11 clears the signal only
    when a thread raises its own pending exception): every thread would
    then stop at each eval-breaker check, and a trace function would never
    run again (a traced call spins on its first instruction)."""
    try:
        for _ in range(100_000):  # each loop is a backward jump, where the pending exception is raised
            pass
    except _ThreadBudgetExceeded:
        pass
