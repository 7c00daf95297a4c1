"""My data: share a summary, save a full copy, bring entries in, and backups."""
