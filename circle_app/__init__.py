"""circle-app: keep restorative circles on the classroom smartboard."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("circle-app")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+source"

APP_NAME = "circle-app"
ORG_NAME = "circle-app"
