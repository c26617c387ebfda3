"""The domain: archive, vault, import, audit. No Qt and no reportlab here."""
