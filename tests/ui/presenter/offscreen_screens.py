"""Screens for Qt's offscreen platform: a config file with several screens, and plugging
and unplugging them while the app runs (issue 18's tests).

Qt's offscreen plugin reads its screens from `QT_QPA_PLATFORM=offscreen:configfile=PATH`
(`{"screens": [{"name", "x", "y", "width", "height", "logicalDpi", "dpr"}]}`), and takes
a new configuration at run time through its native interface's "setConfiguration"
resource: the screens it no longer lists are removed (QGuiApplication.screenRemoved, as
when a cable is pulled), new ones added. Qt has no Python binding for that resource, so
`set_screens` reaches it with ctypes: QGuiApplication::platformNativeInterface(), the
virtual nativeResourceForIntegration() (its slot found in QPlatformNativeInterface's
vtable), and a QJsonObject made by QJsonDocument::fromJson().
"""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path
from typing import Any

LAPTOP = {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "dpr": 1}  # fmt: skip
# A 4K board at twice the laptop's scale: Qt scales a screen by logicalDpi / 96 (the
# plugin's "dpr" changes QScreen.devicePixelRatio() only, not its windows').
BOARD = {"name": "Smartboard", "x": 1366, "y": 0, "width": 3840, "height": 2160,
         "logicalDpi": 192, "dpr": 1}  # fmt: skip


def write_config(path: Path, screens: list[dict[str, Any]]) -> str:
    """The QT_QPA_PLATFORM value for these screens (the file written at `path`)."""
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def _libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    import PySide6

    base = Path(PySide6.__file__).parent / "Qt" / "lib"
    return ctypes.CDLL(str(base / "libQt6Gui.so.6")), ctypes.CDLL(str(base / "libQt6Core.so.6"))


def set_screens(screens: list[dict[str, Any]]) -> None:
    """Give the running offscreen platform these screens (Linux, the wheel's Qt)."""
    import shiboken6
    from PySide6.QtCore import QByteArray

    gui, core = _libraries()
    native = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    native.restype = ctypes.c_void_p
    iface = native()
    if not iface:
        raise RuntimeError("no platform native interface")
    # The slot of nativeResourceForIntegration in the vtable (past offset and typeinfo).
    base_method = ctypes.cast(
        gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
        ctypes.c_void_p,
    ).value
    table = ctypes.addressof(ctypes.c_void_p.in_dll(gui, "_ZTV24QPlatformNativeInterface")) + 16
    slots = (ctypes.c_void_p * 64).from_address(table)
    slot = next(i for i, entry in enumerate(slots) if entry == base_method)
    vtable = ctypes.c_void_p.from_address(iface).value
    assert vtable is not None
    method = ctypes.c_void_p.from_address(vtable + slot * ctypes.sizeof(ctypes.c_void_p)).value
    assert method is not None
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(method)
    name = QByteArray(b"setConfiguration")
    function = resource(iface, shiboken6.getCppPointer(name)[0])
    if not function:
        raise RuntimeError("the platform is not offscreen: no setConfiguration")

    data = QByteArray(json.dumps({"screens": screens}).encode())
    document = ctypes.create_string_buffer(64)
    config = ctypes.create_string_buffer(64)
    from_json = core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
    from_json.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    from_json.restype = None
    from_json(document, shiboken6.getCppPointer(data)[0], None)
    as_object = core._ZNK13QJsonDocument6objectEv
    as_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    as_object.restype = None
    as_object(config, document)
    set_configuration = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(function)
    set_configuration(ctypes.addressof(config), iface)
    for destructor, value in (
        (core._ZN11QJsonObjectD1Ev, config),
        (core._ZN13QJsonDocumentD1Ev, document),
    ):
        destructor.argtypes = [ctypes.c_void_p]
        destructor(value)


def environment(platform: str, home: Path) -> dict[str, str]:
    """The environment of a scenario's process: these screens, its own data folder."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=platform,
        CIRCLE_APP_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "xdg"),
        LANGUAGE="en",
    )
    return env
