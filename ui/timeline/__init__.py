"""Moments: the timeline of every entry, with filters, search and the trash."""
