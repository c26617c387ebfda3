"""Entry point of the frozen build: the same command line as the `evidenceroom` script."""
import sys

from evidenceroom.cli import main

if __name__ == "__main__":
    sys.exit(main())
