"""Which of VLC's plugins the frozen build ships: those playback of local files needs.

Used by evidenceroom.spec; kept apart so a test can check the choice against a real plugin tree.
"""
from __future__ import annotations

import re
from pathlib import Path

FAMILIES = ("access", "audio_filter", "audio_mixer", "audio_output", "codec", "demux", "misc",
            "packetizer", "spu", "stream_filter", "text_renderer", "video_chroma", "video_filter",
            "video_output")
# Within those families: no network, capture hardware, optical drives, encoders or hardware
# decoders with large dependencies. The archive plays local files only; VLC's own demuxers read
# MP4/MOV, AVI, MKV, TS/PS, WAV and the like, so FFmpeg's (with its network stack) stays out.
SKIP = re.compile(
    r"(alsa|mms|mtp|realrtsp|cdda|dc1394|dtv|dv1394|dvb|dvdnav|dvdread|ftp|https?|bluray|linsys|nfs|"
    r"pulsesrc|rist|rtp|satip|sdp|sftp|shm|smb|tcp|timecode|udp|v4l2|vcd|vdr|avio|"
    r"x26|aribsub|kate|zvbi|vaapi|vdpau|sdl_image|shine|twolame|svgdec|"
    r"chromecast|adaptive|sid|mod_|dmxmus|avformat|"
    r"addons|audioscrobbler|fingerprinter|vod_rtsp|gnutls|"
    r"mosaic|remoteosd|rss|aa_|caca|fb_|flaschen|glconv)", re.IGNORECASE)


def shipped(plugins: Path, suffix: str) -> list[tuple[Path, str]]:
    """(plugin file, its family) for every plugin under `plugins` that the build takes."""
    chosen = []
    for family in FAMILIES:
        for plugin in sorted((plugins / family).glob(f"*{suffix}")):
            if not SKIP.search(plugin.name):
                chosen.append((plugin, family))
    return chosen
