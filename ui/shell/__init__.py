"""The application and its one window: starting Qt, the unlock/journal switch, locking, and the
tabs of an open journal.
"""
