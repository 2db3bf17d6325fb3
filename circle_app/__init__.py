"""circle-app: keep restorative circles on the classroom smartboard."""

__version__ = "0.1.0"  # the one place the version is written (pyproject reads it)

APP_NAME = "circle-app"
ORG_NAME = "circle-app"
