"""Qt plumbing with no screen of its own: the app context, dialogs seam, background operations,
translations, theme, idle lock, preferences, paths, the single-instance lock.
"""
