"""Backup in the desktop application: the Settings section, the reminder and the idle-time check."""
