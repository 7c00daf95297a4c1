"""What a caregiver keeps: entries, people, strengths, drafts and settings (the Journal store),
with validation, the shared vocabulary, counts and full-text search.
"""
