"""Memory the app gives back: freed screen-sized buffers go to the system during a school day,
and the source text of imported modules is not kept.

The circle screen, its summary and the other screens paint into pixmaps the size of the board
(1920 x 1080 x 4 bytes = 8 MB); each is freed when the round, the screen or the window size
changes. glibc's malloc (Linux) starts by giving such a buffer its own mapping and returning
it on free, but the first time one is freed it raises its threshold to that buffer's size:
from then on every buffer of the board's size is cut from the heap, and the holes they leave,
split by the small allocations made meanwhile, stay resident. Measured in
tests/perf/bench_soak.py: 23 MB freed but resident after the first circle, 7 MB more
after the third, every circle's data long gone.

`give_back_freed_buffers()` fixes the threshold (glibc then keeps it): a buffer of 256 kB
or more is mapped and unmapped on its own, and a free top of the heap over 256 kB goes back.
Other systems' allocators already return large buffers (Windows' heap and macOS's malloc map
them on their own), and there the call does nothing.

`keep_no_module_sources()`: PySide6 reads the source of every module imported after it, to
see whether the module names PySide6 (its `__feature__` switches apply only to those), with
`inspect.getsource`, and linecache keeps every line it read: 22 MB of the 141 MB peak with a
circle open (tests/perf/bench_memory.py). The same question is asked of the file's bytes,
which are then dropped, and the lines already kept are let go (a traceback reads them again).

`pause_collection()` / `resume_collection()`: a plain `circle-app` start pauses Python's
cycle collector until its first frame. Importing PySide6 and building home make many
objects and no garbage cycles worth collecting, and the collector walked them about 60
times before the first frame (11 ms of the class's wait; tests/ui/test_first_frame_loads.py).
"""

from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
from types import ModuleType

log = logging.getLogger(__name__)

BUFFER_THRESHOLD = 256 * 1024  # bytes: an icon's image stays on the heap, a screen's does not
_M_TRIM_THRESHOLD = -1  # glibc's mallopt() parameters (malloc.h)
_M_MMAP_THRESHOLD = -3


def glibc() -> bool:
    """The process runs on GNU libc (Linux), whose malloc this module tunes."""
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError, AttributeError):
        return False


def give_back_freed_buffers() -> bool:
    """Freed buffers of `BUFFER_THRESHOLD` or more go back to the system at once, all day.
    True when the allocator was told (glibc); False elsewhere, where nothing is needed."""
    if not glibc():
        return False
    import ctypes  # here: the first frame does not wait for it

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    told = bool(mallopt(_M_MMAP_THRESHOLD, BUFFER_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, BUFFER_THRESHOLD)
    )
    if not told:
        log.warning("the allocator refused its thresholds")
    return told


_FEATURE_MODULE = "shibokensupport.feature"  # PySide6's import hook asks it of each module


def keep_no_module_sources() -> bool:
    """From now on PySide6 looks for its name in a module's file without keeping its lines,
    and the lines kept so far are dropped. True when PySide6's check was replaced; False
    when PySide6 is not imported yet or has no such check (it is PySide6's internal
    `shibokensupport.feature._mod_uses_pyside`, 6.x: a PySide6 without it keeps the lines
    again, and tests/ui/test_module_sources.py says so)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if not getattr(upstream, "keeps_no_source", False):

        def uses_pyside(module: ModuleType) -> bool:
            """PySide6's own test ("PySide6" in the source), on the file's bytes."""
            path = getattr(module, "__file__", None)
            if not isinstance(path, str) or not path.endswith(".py"):
                return bool(upstream(module))  # no source file: PySide6's own answer
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                return bool(upstream(module))  # unreadable here: PySide6's own answer

        uses_pyside.keeps_no_source = True  # type: ignore[attr-defined]
        feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    forget_read_sources()
    return True


def forget_read_sources() -> None:
    """Drop the lines linecache read from files (it reads them again when a traceback needs
    them); lines registered for code that has no file stay."""
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, path): from a file
            linecache.cache.pop(name, None)


_paused = False


def pause_collection() -> None:
    """Pause the cycle collector for a start (`resume_collection` ends the pause)."""
    global _paused  # noqa: PLW0603 - one pause for one process's start
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """The collector on again, if `pause_collection` paused it (nothing otherwise)."""
    global _paused  # noqa: PLW0603
    if _paused:
        _paused = False
        gc.enable()
