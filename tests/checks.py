# SPDX-License-Identifier: GPL-3.0-or-later
"""What the check-*.py scripts share: one way to end."""
import sys


def finish(failures, success):
    """Prints every failure and exits 1, or prints @success."""
    for failure in failures:
        print(failure)
    if failures:
        sys.exit(1)
    print(success)
