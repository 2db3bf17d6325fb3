"""`python -m circle_app` does what the `circle-app` command does."""

import sys

from circle_app.cli import main

sys.exit(main())
