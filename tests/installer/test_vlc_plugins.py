"""The plugins the frozen build takes from VLC: what local playback needs, no network or encoders."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEBIAN_PLUGINS = Path("/usr/lib/x86_64-linux-gnu/vlc/plugins")


def vlc_plugins():
    spec = importlib.util.spec_from_file_location("vlc_plugins", REPO / "installer" / "vlc_plugins.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def names(chosen) -> set[str]:
    return {plugin.name.split("_plugin")[0].removeprefix("lib") for plugin, _family in chosen}


@pytest.mark.skipif(not DEBIAN_PLUGINS.is_dir(), reason="Debian's VLC plugins (vlc-plugin-base)")
def test_debian_plugins_for_local_playback_are_taken_and_network_ones_left():
    taken = names(vlc_plugins().shipped(DEBIAN_PLUGINS, ".so"))
    # file access, MP4/AVI/MKV/WAV demuxers, H.264 + AAC decoding, outputs, snapshot PNG, watermark
    for needed in ("filesystem", "mp4", "avi", "mkv", "wav", "es", "h26x", "packetizer_h264", "avcodec",
                   "faad", "xcb_x11", "gl", "vdummy", "vmem", "adummy", "pulse", "png", "swscale",
                   "freetype", "marq", "logo", "prefetch", "float_mixer", "samplerate"):
        assert needed in taken, needed
    for left_out in ("http", "https", "ftp", "udp", "rtp", "smb", "sftp", "dvdnav", "v4l2", "avformat",
                     "x264", "x265", "vaapi_drm", "chromecast", "gnutls", "audioscrobbler", "adaptive"):
        assert left_out not in taken, left_out


def test_windows_plugin_names_are_chosen_by_the_same_rules(tmp_path):
    plugins = tmp_path / "plugins"
    for family, name in [("access", "libfilesystem_plugin.dll"), ("access", "libhttps_plugin.dll"),
                         ("demux", "libmp4_plugin.dll"), ("codec", "libavcodec_plugin.dll"),
                         ("codec", "libx264_plugin.dll"), ("gui", "libqt_plugin.dll"),
                         ("video_output", "libdirect3d11_plugin.dll")]:
        (plugins / family).mkdir(parents=True, exist_ok=True)
        (plugins / family / name).write_bytes(b"")
    chosen = vlc_plugins().shipped(plugins, ".dll")
    assert {(p.name, family) for p, family in chosen} == {
        ("libfilesystem_plugin.dll", "access"), ("libmp4_plugin.dll", "demux"),
        ("libavcodec_plugin.dll", "codec"), ("libdirect3d11_plugin.dll", "video_output")}
