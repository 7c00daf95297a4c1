"""The summary wizard: dates, items, notes, preview, and saving the file."""
