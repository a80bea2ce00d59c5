"""``python -m geo`` runs the ``corridors`` command line."""

import sys

from geo.cli import main

sys.exit(main())
