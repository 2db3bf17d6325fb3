"""Memory the app gives back during a school day: freed screen-sized buffers go to the system.

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
"""

from __future__ import annotations

import ctypes
import logging
import os

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
