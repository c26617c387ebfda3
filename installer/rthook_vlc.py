"""PyInstaller runtime hook: python-vlc uses the libvlc and plugins shipped in the bundle.

Runs before the application's code. A PYTHON_VLC_LIB_PATH already set by the user is kept, so a
different libvlc can still be tried without rebuilding.
"""
import os
import sys
from pathlib import Path

# The program folder may be read-only (Program Files); Alembic's migrations would try to cache
# bytecode beside their sources.
sys.dont_write_bytecode = True

_base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
_lib = _base / ("libvlc.dll" if sys.platform == "win32" else "libvlc.so.5")
_plugins = _base / "vlc" / "plugins"
if _lib.is_file() and "PYTHON_VLC_LIB_PATH" not in os.environ:
    os.environ["PYTHON_VLC_LIB_PATH"] = str(_lib)
    if _plugins.is_dir():
        os.environ["PYTHON_VLC_MODULE_PATH"] = str(_plugins)
        os.environ["VLC_PLUGIN_PATH"] = str(_plugins)
    if sys.platform == "win32":
        os.add_dll_directory(str(_base))  # libvlccore.dll beside libvlc.dll
