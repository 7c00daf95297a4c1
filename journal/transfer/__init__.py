"""Full copies of the journal for the caregiver's own use (JSON, Markdown), and bringing
entries in from them or from jrnl.
"""
