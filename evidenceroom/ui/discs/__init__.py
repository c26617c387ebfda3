"""The discs page: evidence disc sets, their copies, verification, burning and the printed papers."""
