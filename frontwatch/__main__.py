"""``python -m frontwatch`` runs the command line."""

import sys

from frontwatch.cli import main

sys.exit(main())
