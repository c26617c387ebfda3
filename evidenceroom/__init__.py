"""EvidenceRoom: the evidence room for enforcement recordings."""

__version__ = "0.1.0"
