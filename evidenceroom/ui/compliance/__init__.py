"""The Compliance page (合规): dashboard, hand-in deadlines, recording duty, spot checks, yearly review."""
