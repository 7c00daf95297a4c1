"""Encrypted backups: making, verifying, listing and pruning them, and restoring one."""
