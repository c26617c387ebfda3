"""EvidenceRoom: the evidence room for enforcement recordings."""


def _version() -> str:
    """The version in pyproject.toml: read from it in a checkout, from the installed metadata otherwise."""
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        lines = pyproject.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    # A plain scan of the [project] table; tomllib would add 10 ms to every start.
    table, name, found = None, None, None
    for line in lines:
        line = line.strip()
        if line.startswith("["):
            table = line
        elif table == "[project]" and "=" in line:
            key, _, value = line.partition("=")
            if key.strip() in ("name", "version"):
                value = value.strip().strip('"').strip("'")
                name, found = (value, found) if key.strip() == "name" else (name, value)
    if name == "evidenceroom" and found:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("evidenceroom")
    except PackageNotFoundError:
        return "0.0.0"


__version__ = _version()
